import type { DocumentChange } from '../../src/db/document-store';
import { type DatabaseFixture, rejectionOf, sendAction, settled, startDatabase } from './db-harness';

let fixture: DatabaseFixture;
beforeAll(async () => {
  fixture = await startDatabase();
});
beforeEach(() => fixture.reset(['products', 'orders']));
afterAll(() => fixture.close());

const products = () => fixture.db.collection('products');

test('add stores one document under a generated 32-hex _id, types intact', async () => {
  const added = await settled(
    products().add({ data: { name: 'Tea', priceFen: 1200, onSale: true, since: new Date(0) } }),
  );
  expect(added._id).toMatch(/^[0-9a-f]{32}$/);
  const { data } = await settled(products().doc(String(added._id)).get());
  expect(data).toEqual({ _id: added._id, name: 'Tea', priceFen: 1200, onSale: true, since: new Date(0) });
  expect(data.since).toBeInstanceOf(Date);
});

test('add keeps a given _id and adds a batch in one call', async () => {
  await settled(products().add({ data: { _id: 'sku-1', name: 'Tea' } }));
  const batch = (await settled(
    products().add({ data: [{ name: 'A' }, { _id: 'sku-2', name: 'B' }] as never }),
  )) as unknown as {
    _ids: string[];
  };
  expect(batch._ids).toHaveLength(2);
  expect(batch._ids[1]).toBe('sku-2');
  expect(fixture.engine.count('products')).toBe(3);
  expect(fixture.engine.find('products', { _id: 'sku-1' })[0]).toMatchObject({ name: 'Tea' });
});

test('doc.update changes fields and counts only documents that really changed', async () => {
  await settled(products().add({ data: { _id: 'p1', name: 'Tea', stock: 5, spec: { size: 'M' } } }));
  const first = await settled(
    products()
      .doc('p1')
      .update({ data: { stock: 4, spec: { size: 'L' } } }),
  );
  expect(first.stats.updated).toBe(1);
  const again = await settled(
    products()
      .doc('p1')
      .update({ data: { stock: 4 } }),
  );
  expect(again.stats.updated).toBe(0);
  const missing = await settled(
    products()
      .doc('nope')
      .update({ data: { stock: 1 } }),
  );
  expect(missing.stats.updated).toBe(0);
  expect(fixture.engine.find('products', { _id: 'p1' })[0]).toEqual({
    _id: 'p1',
    name: 'Tea',
    stock: 4,
    spec: { size: 'L' },
  });
});

test('doc.set replaces the whole document, or creates it', async () => {
  await settled(products().add({ data: { _id: 'p1', name: 'Tea', stock: 5 } }));
  const replaced = await settled(
    products()
      .doc('p1')
      .set({ data: { name: 'Coffee' } }),
  );
  expect(replaced.stats).toEqual({ updated: 1, created: 0 });
  expect(fixture.engine.find('products', { _id: 'p1' })).toEqual([{ _id: 'p1', name: 'Coffee' }]);
  const created = await settled(
    products()
      .doc('p2')
      .set({ data: { name: 'Juice' } }),
  );
  expect(created.stats).toEqual({ updated: 0, created: 1 });
  expect(fixture.engine.find('products', { _id: 'p2' })).toEqual([{ _id: 'p2', name: 'Juice' }]);
});

test('doc.remove deletes one document; get of a missing document fails as on the platform', async () => {
  await settled(products().add({ data: { _id: 'p1', name: 'Tea' } }));
  const removed = await settled(products().doc('p1').remove());
  expect(removed.stats.removed).toBe(1);
  const again = await settled(products().doc('p1').remove());
  expect(again.stats.removed).toBe(0);
  const failure = await rejectionOf(products().doc('p1').get());
  expect(failure.errMsg).toContain('does not exist');
});

test('where().update and where().remove touch every match', async () => {
  await settled(
    products().add({
      data: [
        { shop: 'a', n: 1 },
        { shop: 'a', n: 2 },
        { shop: 'b', n: 3 },
      ] as never,
    }),
  );
  const _ = fixture.db.command;
  const updated = await settled(
    products()
      .where({ shop: 'a' })
      .update({ data: { n: _.inc(10) } }),
  );
  expect(updated.stats.updated).toBe(2);
  expect(fixture.engine.find('products', {}, { sort: { n: 1 } }).map((doc) => doc.n)).toEqual([3, 11, 12]);
  const removed = await settled(
    products()
      .where({ n: _.gt(5) })
      .remove(),
  );
  expect(removed.stats.removed).toBe(2);
  expect(fixture.engine.count('products')).toBe(1);
});

test('each committed change is announced once, with before and after', async () => {
  const changes: DocumentChange[] = [];
  const stop = fixture.engine.onChange((change) => changes.push(change));
  await settled(products().add({ data: { _id: 'p1', stock: 1 } }));
  await settled(
    products()
      .doc('p1')
      .update({ data: { stock: 2 } }),
  );
  await settled(
    products()
      .doc('p1')
      .update({ data: { stock: 2 } }),
  ); // no change, no event
  await settled(products().doc('p1').remove());
  stop();
  await settled(products().add({ data: { _id: 'p2' } }));
  expect(changes).toEqual([
    { collection: 'products', id: 'p1', before: undefined, after: { _id: 'p1', stock: 1 } },
    { collection: 'products', id: 'p1', before: { _id: 'p1', stock: 1 }, after: { _id: 'p1', stock: 2 } },
    { collection: 'products', id: 'p1', before: { _id: 'p1', stock: 2 }, after: undefined },
  ]);
});

test('createCollection makes a collection the SDK can use; a second time fails', async () => {
  await settled(fixture.db.createCollection('coupons'));
  expect(fixture.engine.hasCollection('coupons')).toBe(true);
  await settled(fixture.db.collection('coupons').add({ data: { code: 'WELCOME' } }));
  expect(fixture.engine.count('coupons')).toBe(1);
  const failure = await rejectionOf(fixture.db.createCollection('coupons'));
  expect(failure.errMsg).toContain('already exists');
});

test('local updates and removals (for the rest of the local cloud) follow the same rules', () => {
  fixture.engine.insert('orders', [{ _id: 'o1', status: 'PAID', at: new Date(5) }]);
  expect(fixture.engine.update('orders', { _id: 'o1', status: 'PAID' }, { status: 'DONE' })).toEqual({
    updated: 1,
  });
  expect(fixture.engine.update('orders', { _id: 'o1', status: 'PAID' }, { status: 'DONE' })).toEqual({
    updated: 0,
  });
  expect(
    fixture.engine.update('orders', { _id: 'o2' }, { $set: { status: 'NEW' } }, { upsert: true }),
  ).toEqual({
    updated: 0,
    upsertedId: 'o2',
  });
  expect(fixture.engine.find('orders', { at: { $lt: new Date(6) } })).toEqual([
    { _id: 'o1', status: 'DONE', at: new Date(5) },
  ]);
  expect(fixture.engine.remove('orders', {}, { multi: true })).toBe(2);
});

test("updateAndReturn (the node SDK's modifyAndReturnDoc) answers with the document as updated", async () => {
  fixture.engine.insert('orders', [{ _id: 'o1', status: 'PAID', pickupNo: 0 }]);
  const reply = (await sendAction(fixture.dispatcher, 'database.modifyAndReturnDoc', {
    collectionName: 'orders',
    query: JSON.stringify({ _id: 'o1', status: 'PAID' }),
    data: JSON.stringify({ $inc: { pickupNo: { $numberInt: '1' } }, $set: { status: 'READY' } }),
  })) as { data: { updated: number; doc: string } };
  expect(reply.data.updated).toBe(1);
  expect(JSON.parse(reply.data.doc)).toEqual({ _id: 'o1', status: 'READY', pickupNo: { $numberInt: '1' } });
});
