import {
  type DatabaseFixture,
  rejectionOf,
  runTransaction,
  settled,
  startDatabase,
  startTransaction,
} from './db-harness';

let fixture: DatabaseFixture;
beforeAll(async () => {
  fixture = await startDatabase([], { lifetimeMs: 60_000, maxOpen: 5 });
});
beforeEach(() => {
  fixture.reset(['products', 'orders']);
  fixture.engine.insert('products', [{ _id: 'sku-1', stock: 5 }]);
});
afterAll(() => fixture.close());

const stock = () => fixture.engine.find('products', { _id: 'sku-1' })[0]?.stock;
const _ = () => fixture.db.command;

test('a transaction reads its own writes; others see them only after commit', async () => {
  const tx = await startTransaction(fixture.db);
  await tx
    .collection('products')
    .doc('sku-1')
    .update({ data: { stock: _().inc(-2) } });
  expect((await tx.collection('products').doc('sku-1').get()).data).toEqual({ _id: 'sku-1', stock: 3 });
  expect((await settled(fixture.db.collection('products').doc('sku-1').get())).data.stock).toBe(5);
  await tx.commit();
  expect(stock()).toBe(3);
});

test('reads inside a transaction repeat: a later outside write is not seen', async () => {
  const tx = await startTransaction(fixture.db);
  expect((await tx.collection('products').doc('sku-1').get()).data?.stock).toBe(5);
  fixture.engine.update('products', { _id: 'sku-1' }, { stock: 1 });
  expect((await tx.collection('products').doc('sku-1').get()).data?.stock).toBe(5);
  await tx.commit(); // read only: nothing to conflict with
  expect(stock()).toBe(1);
});

test('the version is taken at first READ: a write after a concurrent commit conflicts', async () => {
  fixture.engine.update('products', { _id: 'sku-1' }, { stock: 1 });
  const first = await startTransaction(fixture.db);
  const second = await startTransaction(fixture.db);
  expect((await first.collection('products').doc('sku-1').get()).data?.stock).toBe(1);
  expect((await second.collection('products').doc('sku-1').get()).data?.stock).toBe(1);
  await second
    .collection('products')
    .doc('sku-1')
    .update({ data: { stock: _().inc(-1) } });
  await second.commit();
  // `first` decided on a stale read; recording the version only now would let stock reach -1.
  await first
    .collection('products')
    .doc('sku-1')
    .update({ data: { stock: _().inc(-1) } });
  await expect(first.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
  expect(stock()).toBe(0);
});

test('runTransaction retries a conflict and runs the callback again', async () => {
  let runs = 0;
  const result = await runTransaction(fixture.db, async (tx) => {
    runs += 1;
    const { data } = await tx.collection('products').doc('sku-1').get();
    if (runs === 1) fixture.engine.update('products', { _id: 'sku-1' }, { $inc: { stock: -1 } }); // someone else buys
    await tx
      .collection('products')
      .doc('sku-1')
      .update({ data: { stock: (data?.stock as number) - 1 } });
    return data?.stock;
  });
  expect(runs).toBe(2);
  expect(result).toBe(4);
  expect(stock()).toBe(3);
});

test('after 3 retries the conflict reaches the caller as the raw platform error', async () => {
  let runs = 0;
  const failure = await rejectionOf(
    runTransaction(fixture.db, async (tx) => {
      runs += 1;
      await tx.collection('products').doc('sku-1').get();
      fixture.engine.update('products', { _id: 'sku-1' }, { $inc: { stock: -1 } });
      await tx
        .collection('products')
        .doc('sku-1')
        .update({ data: { touched: runs } });
    }),
  );
  expect(runs).toBe(4);
  expect(failure).toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
  expect(failure.errCode).toBeUndefined();
  expect(fixture.engine.find('products', { _id: 'sku-1' })[0]).toEqual({ _id: 'sku-1', stock: 1 });
});

test('rollback(reason) rejects runTransaction with the raw reason and discards the writes', async () => {
  const reason = { code: 'OUT_OF_STOCK', skuId: 'sku-1', left: 5 };
  const failure = await rejectionOf(
    runTransaction(fixture.db, async (tx) => {
      await tx
        .collection('products')
        .doc('sku-1')
        .update({ data: { stock: 0 } });
      await tx.collection('orders').add({ data: { _id: 'o1', skuId: 'sku-1' } });
      return tx.rollback(reason);
    }),
  );
  expect(failure).toEqual(reason);
  expect(stock()).toBe(5);
  expect(fixture.engine.count('orders')).toBe(0);
  expect(fixture.engine.openTransactionCount()).toBe(0);
});

test('an error thrown in the callback aborts the transaction and reaches the caller', async () => {
  const failure = await rejectionOf(
    runTransaction(fixture.db, async (tx) => {
      await tx
        .collection('products')
        .doc('sku-1')
        .update({ data: { stock: 0 } });
      throw new Error('payment gateway down');
    }),
  );
  expect(failure.message).toBe('payment gateway down');
  expect(stock()).toBe(5);
  expect(fixture.engine.openTransactionCount()).toBe(0);
});

test('add, set and remove inside a transaction commit together', async () => {
  await runTransaction(fixture.db, async (tx) => {
    const added = await tx
      .collection('orders')
      .add({ data: { skuId: 'sku-1', at: fixture.db.serverDate() } });
    expect(added._id).toMatch(/^[0-9a-f]{32}$/);
    expect((await tx.collection('orders').doc(added._id).get()).data?.skuId).toBe('sku-1');
    // In a transaction the SDK reads `upserted`, not `upsertedId`, so `created` always says 0.
    const created = await tx
      .collection('orders')
      .doc('o2')
      .set({ data: { skuId: 'sku-1' } });
    expect(created.stats.updated).toBe(0);
    expect((await tx.collection('orders').doc('o2').get()).data).toEqual({ _id: 'o2', skuId: 'sku-1' });
    expect((await tx.collection('products').doc('sku-1').remove()).stats.removed).toBe(1);
    expect(fixture.engine.count('orders')).toBe(0);
  });
  expect(fixture.engine.count('orders')).toBe(2);
  expect(fixture.engine.find('orders', { _id: { $ne: 'o2' } })[0]?.at).toEqual(new Date(fixture.clock.now()));
  expect(fixture.engine.count('products')).toBe(0);
});

test('change events for a transaction fire once each, after the commit', async () => {
  const seen: string[] = [];
  const stop = fixture.engine.onChange((change) => seen.push(`${change.collection}/${change.id}`));
  const tx = await startTransaction(fixture.db);
  await tx
    .collection('products')
    .doc('sku-1')
    .update({ data: { stock: 4 } });
  await tx
    .collection('products')
    .doc('sku-1')
    .update({ data: { stock: 3 } });
  await tx.collection('orders').add({ data: { _id: 'o1' } });
  expect(seen).toEqual([]);
  await tx.commit();
  stop();
  expect(seen.sort()).toEqual(['orders/o1', 'products/sku-1']);
});

test('transactions allow single-document operations only', async () => {
  const tx = await startTransaction(fixture.db);
  const failure = await rejectionOf(tx.collection('products').where({ stock: 5 }).get());
  expect(failure.errCode).toBe(-502002);
  expect(failure.errMsg).toContain('single-document');
  await tx.rollback();
});

test('a unique key taken meanwhile fails the commit', async () => {
  fixture.engine.defineIndexes('orders', [
    { name: 'outTradeNo_1', keys: [{ name: 'outTradeNo', direction: 1 }], unique: true },
  ]);
  const tx = await startTransaction(fixture.db);
  await tx.collection('orders').add({ data: { _id: 'o1', outTradeNo: 'T1' } });
  fixture.engine.insert('orders', [{ _id: 'o2', outTradeNo: 'T1' }]);
  await expect(tx.commit()).rejects.toMatchObject({
    code: 'DATABASE_REQUEST_FAILED',
    message: expect.stringContaining('duplicate key'),
  });
  expect(fixture.engine.find('orders')).toEqual([{ _id: 'o2', outTradeNo: 'T1' }]);
});

test('an uncommitted transaction expires after its lifetime on the clock', async () => {
  const tx = await startTransaction(fixture.db);
  await tx
    .collection('products')
    .doc('sku-1')
    .update({ data: { stock: 0 } });
  expect(fixture.engine.openTransactionCount()).toBe(1);
  await fixture.clock.advance(60_001);
  expect(fixture.engine.openTransactionCount()).toBe(0);
  await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
  expect(stock()).toBe(5);
});

test('abandoned transactions are capped: the oldest is dropped first', async () => {
  const transactions = [];
  for (let i = 0; i < 6; i++) transactions.push(await startTransaction(fixture.db));
  expect(fixture.engine.openTransactionCount()).toBe(5);
  await expect(transactions[0]?.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' });
  for (const tx of transactions.slice(1)) await tx.rollback();
  expect(fixture.engine.openTransactionCount()).toBe(0);
});
