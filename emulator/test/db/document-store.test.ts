import { type DatabaseFixture, settled, startDatabase } from './db-harness';

// The engine as the rest of the local cloud uses it (seeding, client database, watch), and its counters.

let fixture: DatabaseFixture;
beforeAll(async () => {
  fixture = await startDatabase();
});
beforeEach(() => fixture.reset(['products']));
afterAll(() => fixture.close());

test('insert seeds documents with their types; find hands out copies', () => {
  const [id] = fixture.engine.insert('products', [{ name: 'Tea', since: new Date(5), match: /^t/i }]);
  expect(id).toMatch(/^[0-9a-f]{32}$/);
  const [found] = fixture.engine.find('products', { name: /tea/i });
  expect(found).toEqual({ _id: id, name: 'Tea', since: new Date(5), match: /^t/i });
  if (found) found.name = 'changed by a caller';
  expect(fixture.engine.find('products')[0]?.name).toBe('Tea');
});

test('find sorts, skips, limits and projects', () => {
  fixture.engine.insert('products', [
    { _id: 'a', n: 2, secret: 1 },
    { _id: 'b', n: 1, secret: 1 },
    { _id: 'c', n: 3, secret: 1 },
  ]);
  expect(
    fixture.engine.find('products', {}, { sort: { n: -1 }, skip: 1, limit: 1, projection: { secret: 0 } }),
  ).toEqual([{ _id: 'a', n: 2 }]);
  expect(fixture.engine.count('products', { n: { $gte: 2 } })).toBe(2);
});

test('seeding refuses what the platform would refuse', () => {
  fixture.engine.insert('products', [{ _id: 'a' }]);
  expect(() => fixture.engine.insert('products', [{ _id: 'a' }])).toThrow(/duplicate key/);
  expect(() => fixture.engine.insert('products', [{ _id: 7 }])).toThrow(/_id must be a non-empty string/);
  expect(() => fixture.engine.insert('products', [{ $set: { a: 1 } }])).toThrow(/cannot start with \$/);
  expect(() => fixture.engine.insert('nope', [{}])).toThrow(/does not exist/);
  expect(() => fixture.engine.find('products', { at: { $near: [0, 0] } })).toThrow(/geo operator \$near/);
});

test('createCollection is idempotent for the host and checks names', () => {
  fixture.engine.createCollection('orders');
  fixture.engine.createCollection('orders');
  expect(fixture.engine.collectionNames()).toEqual(['orders', 'products']);
  expect(() => fixture.engine.createCollection('bad name')).toThrow(/invalid collection name/);
});

test('stats count each database operation by name until reset', async () => {
  fixture.engine.resetStats();
  const products = fixture.db.collection('products');
  await settled(products.add({ data: { _id: 'a', n: 1 } }));
  await settled(products.doc('a').get());
  await settled(products.where({ n: 1 }).get());
  await settled(products.count());
  await settled(products.doc('a').update({ data: { n: 2 } }));
  fixture.engine.find('products');
  expect(fixture.engine.stats()).toEqual({
    total: 6,
    byOperation: {
      'database.calculateDocument': 1,
      'database.getDocument': 2,
      'database.insertDocument': 1,
      'database.modifyDocument': 1,
      'store.find': 1,
    },
  });
  fixture.engine.resetStats();
  expect(fixture.engine.stats()).toEqual({ total: 0, byOperation: {} });
});

test('a failing change listener does not fail the write', async () => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const stop = fixture.engine.onChange(() => {
    throw new Error('listener broke');
  });
  await settled(fixture.db.collection('products').add({ data: { _id: 'a' } }));
  stop();
  expect(fixture.engine.count('products')).toBe(1);
  expect(errors).toHaveBeenCalledTimes(1);
  errors.mockRestore();
});
