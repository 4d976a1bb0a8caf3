import { type DatabaseFixture, expr, startDatabase, subPipeline } from './db-harness';

// Aggregation through the SDK's builder: db.collection(…).aggregate()…end().

let fixture: DatabaseFixture;
beforeAll(async () => {
  fixture = await startDatabase(['orders', 'products']);
  fixture.engine.insert('products', [
    { _id: 'p1', name: 'Tea', priceFen: 1200 },
    { _id: 'p2', name: 'Cake', priceFen: 2500 },
  ]);
  fixture.engine.insert('orders', [
    {
      _id: 'o1',
      user: 'u1',
      status: 'PAID',
      totalFen: 1200,
      items: [{ productId: 'p1', qty: 1 }],
      tags: ['hot'],
    },
    {
      _id: 'o2',
      user: 'u2',
      status: 'PAID',
      totalFen: 4900,
      items: [
        { productId: 'p1', qty: 2 },
        { productId: 'p2', qty: 1 },
      ],
      tags: ['hot', 'big'],
    },
    { _id: 'o3', user: 'u1', status: 'PAID', totalFen: 2500, items: [{ productId: 'p2', qty: 1 }], tags: [] },
    {
      _id: 'o4',
      user: 'u3',
      status: 'CANCELLED',
      totalFen: 1200,
      items: [{ productId: 'p1', qty: 1 }],
      tags: ['hot'],
    },
  ]);
});
afterAll(() => fixture.close());

const orders = () => fixture.db.collection('orders').aggregate();
const $ = () => fixture.db.command.aggregate;

async function run(pipeline: { end(): unknown }): Promise<Array<Record<string, unknown>>> {
  return ((await pipeline.end()) as { list: Array<Record<string, unknown>> }).list;
}

test('match, group with sum and avg, sort, skip, limit', async () => {
  const list = await run(
    orders()
      .match({ status: 'PAID' })
      .group({
        _id: '$user',
        spentFen: $().sum('$totalFen'),
        orders: $().sum(1),
        averageFen: $().avg('$totalFen'),
      })
      .sort({ spentFen: -1 })
      .skip(0)
      .limit(5),
  );
  expect(list).toEqual([
    { _id: 'u2', spentFen: 4900, orders: 1, averageFen: 4900 },
    { _id: 'u1', spentFen: 3700, orders: 2, averageFen: 1850 },
  ]);
});

test('project and addFields compute new fields', async () => {
  const list = await run(
    orders()
      .match({ _id: 'o2' })
      .addFields({ lineCount: $().size('$items') })
      .project({ _id: 0, lineCount: 1, label: $().concat(['$user', '-', '$status']) }),
  );
  expect(list).toEqual([{ lineCount: 2, label: 'u2-PAID' }]);
});

test('unwind then group counts units per product', async () => {
  const list = await run(
    orders()
      .match({ status: 'PAID' })
      .unwind('$items')
      .group({ _id: '$items.productId', units: $().sum('$items.qty') })
      .sort({ _id: 1 }),
  );
  expect(list).toEqual([
    { _id: 'p1', units: 3 },
    { _id: 'p2', units: 2 },
  ]);
});

test('sortByCount and count', async () => {
  expect(await run(orders().unwind('$tags').sortByCount('$tags'))).toEqual([
    { _id: 'hot', count: 3 },
    { _id: 'big', count: 1 },
  ]);
  expect(await run(orders().match({ status: 'PAID' }).count('paidOrders'))).toEqual([{ paidOrders: 3 }]);
});

test('lookup joins another collection by field', async () => {
  const list = await run(
    orders()
      .match({ _id: 'o1' })
      .unwind('$items')
      .lookup({ from: 'products', localField: 'items.productId', foreignField: '_id', as: 'product' })
      .project({ _id: 0, name: $().arrayElemAt(['$product.name', 0]) }),
  );
  expect(list).toEqual([{ name: 'Tea' }]);
});

test('lookup with let and a pipeline', async () => {
  const list = await run(
    fixture.db
      .collection('products')
      .aggregate()
      .lookup({
        from: 'orders',
        let: { productId: '$_id' },
        pipeline: subPipeline(fixture.db)
          .match(expr(fixture.db, $().in(['$$productId', '$items.productId'])))
          .match({ status: 'PAID' })
          .project({ _id: 1 })
          .done(),
        as: 'paidOrders',
      })
      .sort({ _id: 1 }),
  );
  expect(list.map((product) => [product._id, product.paidOrders])).toEqual([
    ['p1', [{ _id: 'o1' }, { _id: 'o2' }]],
    ['p2', [{ _id: 'o2' }, { _id: 'o3' }]],
  ]);
});

test('aggregation never changes the stored documents', async () => {
  await run(orders().addFields({ status: 'CHANGED' }).unwind('$items'));
  expect(fixture.engine.find('orders', { status: 'CHANGED' })).toEqual([]);
  expect(fixture.engine.find('orders', { _id: 'o2' })[0]?.items).toHaveLength(2);
});
