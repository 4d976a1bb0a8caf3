import { type DatabaseFixture, sendAction, settled, startDatabase } from './db-harness';

// orderBy / skip / limit / field / count, and the platform's page limits for server-side get().

let fixture: DatabaseFixture;
beforeAll(async () => {
  fixture = await startDatabase(['items', 'many']);
  fixture.engine.insert('items', [
    { _id: 'a', shop: 'x', n: 3, name: 'A', secret: 1 },
    { _id: 'b', shop: 'y', n: 1, name: 'B', secret: 2 },
    { _id: 'c', shop: 'x', n: 2, name: 'C', secret: 3 },
    { _id: 'd', shop: 'y', n: 2, name: 'D', secret: 4 },
    { _id: 'e', n: 0, name: 'E', secret: 5 },
  ]);
  fixture.engine.insert(
    'many',
    Array.from({ length: 1200 }, (_, i) => ({ i })),
  );
});
afterAll(() => fixture.close());

const items = () => fixture.db.collection('items');

test('orderBy sorts by each key in turn; a missing field sorts first ascending', async () => {
  const { data } = await settled(items().orderBy('shop', 'asc').orderBy('n', 'desc').get());
  expect(data.map((doc) => doc._id)).toEqual(['e', 'a', 'c', 'd', 'b']);
});

test('skip and limit page through the sorted result', async () => {
  const { data } = await settled(items().orderBy('name', 'asc').skip(1).limit(2).get());
  expect(data.map((doc) => doc._id)).toEqual(['b', 'c']);
});

test('field includes or excludes fields; _id comes along unless excluded', async () => {
  const included = await settled(items().where({ _id: 'a' }).field({ name: true }).get());
  expect(included.data).toEqual([{ _id: 'a', name: 'A' }]);
  const excluded = await settled(items().where({ _id: 'a' }).field({ secret: false, shop: false }).get());
  expect(excluded.data).toEqual([{ _id: 'a', n: 3, name: 'A' }]);
  const single = await settled(items().doc('b').field({ n: true, _id: false }).get());
  expect(single.data).toEqual({ n: 1 });
});

test('count counts what matches', async () => {
  expect((await settled(items().count())).total).toBe(5);
  expect((await settled(items().where({ shop: 'x' }).count())).total).toBe(2);
  expect((await settled(items().where({ shop: 'nowhere' }).count())).total).toBe(0);
});

test('server-side get returns 100 documents unless asked, and at most 1000', async () => {
  expect((await settled(fixture.db.collection('many').get())).data).toHaveLength(100);
  expect((await settled(fixture.db.collection('many').limit(1000).get())).data).toHaveLength(1000);
  expect((await settled(fixture.db.collection('many').limit(1200).get())).data).toHaveLength(1000);
  const lastPage = await settled(
    fixture.db.collection('many').orderBy('i', 'asc').skip(1000).limit(1000).get(),
  );
  expect(lastPage.data.map((doc) => doc.i)).toEqual(Array.from({ length: 200 }, (_, k) => 1000 + k));
});

test('the reply reports the offset and limit applied, capping what a client asks', async () => {
  const reply = await sendAction(fixture.dispatcher, 'database.getDocument', {
    collectionName: 'many',
    offset: 10,
    limit: 5000,
  });
  const data = (reply as { data: { list: string[]; offset: number; limit: number } }).data;
  expect({ offset: data.offset, limit: data.limit, size: data.list.length }).toEqual({
    offset: 10,
    limit: 1000,
    size: 1000,
  });
});
