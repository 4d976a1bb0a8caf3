import { type DatabaseFixture, rejectionOf, sendAction, settled, startDatabase } from './db-harness';

// Failures the platform reports, with the errCodes the SDK gives them; and loud refusals of what is unsupported.

let fixture: DatabaseFixture;
beforeAll(async () => {
  fixture = await startDatabase();
});
beforeEach(() => {
  fixture.reset(['items', 'payments']);
  fixture.engine.insert('items', [{ _id: 'a', n: 1, name: 'Tea' }]);
});
afterAll(() => fixture.close());

const COLLECTION_NOT_EXIST = -502005;
const INVALID_OPERATOR = -502002;
const REQUEST_FAILED = -502001;
const INVALID_PARAM = -501007;

test('every operation on a missing collection fails with -502005', async () => {
  const missing = fixture.db.collection('nope');
  const calls = [
    missing.get(),
    missing.where({ n: 1 }).count(),
    missing.add({ data: { n: 1 } }),
    missing.doc('x').get(),
    missing.doc('x').update({ data: { n: 2 } }),
    missing.doc('x').set({ data: { n: 2 } }),
    missing.doc('x').remove(),
    missing.where({ n: 1 }).update({ data: { n: 2 } }),
    missing.where({ n: 1 }).remove(),
  ];
  for (const call of calls) expect((await rejectionOf(call)).errCode).toBe(COLLECTION_NOT_EXIST);
  const aggregate = await rejectionOf(missing.aggregate().match({ n: 1 }).end());
  expect(aggregate).toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
});

test('a lookup from a missing collection fails instead of joining nothing', async () => {
  const failure = await rejectionOf(
    fixture.db
      .collection('items')
      .aggregate()
      .lookup({ from: 'nope', localField: 'n', foreignField: 'n', as: 'x' })
      .end(),
  );
  expect(failure).toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
});

test('geo queries are refused loudly, never answered with nothing', async () => {
  const _ = fixture.db.command;
  const point = fixture.db.Geo.Point(113.3, 23.1);
  const near = await rejectionOf(
    fixture.db
      .collection('items')
      .where({ at: _.geoNear({ geometry: point, maxDistance: 500 }) })
      .get(),
  );
  expect(near.errCode).toBe(INVALID_OPERATOR);
  expect(near.errMsg).toContain('geo operator $nearSphere is not supported');
  const area = fixture.db.Geo.Polygon([
    fixture.db.Geo.LineString([point, fixture.db.Geo.Point(114, 23.1), fixture.db.Geo.Point(114, 24), point]),
  ]);
  const within = await rejectionOf(
    fixture.db
      .collection('items')
      .where({ at: _.geoWithin({ geometry: area }) })
      .get(),
  );
  expect(within.errMsg).toContain('$geoWithin');
  const stage = await rejectionOf(
    fixture.db
      .collection('items')
      .aggregate()
      .geoNear({ near: point, distanceField: 'd', spherical: true })
      .end(),
  );
  expect(stage).toMatchObject({ code: 'DATABASE_INVALID_OPERRATOR' });
});

test('unknown $ operators are refused in queries and in updates', async () => {
  const inQuery = await rejectionOf(
    fixture.db
      .collection('items')
      .where({ n: { $near1: 1 } })
      .get(),
  );
  expect(inQuery.errCode).toBe(INVALID_OPERATOR);
  expect(inQuery.errMsg).toContain('$near1');
  const inUpdate = await rejectionOf(
    fixture.db
      .collection('items')
      .doc('a')
      .update({ data: { n: { $bump: 1 } } }),
  );
  expect(inUpdate.errCode).toBe(INVALID_OPERATOR);
  expect(fixture.engine.find('items', { _id: 'a' })[0]?.n).toBe(1);
});

test('stages the SDK builder cannot send are refused at the wire too', async () => {
  const reply = sendAction(fixture.dispatcher, 'database.aggregateDocuments', {
    collectionName: 'items',
    stages: [{ stageKey: '$out', stageValue: '"copy"' }],
  });
  await expect(reply).rejects.toMatchObject({
    code: 'DATABASE_INVALID_OPERRATOR',
    message: expect.stringContaining('$out'),
  });
});

test('a JavaScript-only regular expression flag is refused as an invalid parameter', async () => {
  const failure = await rejectionOf(fixture.db.collection('items').where({ name: /tea/g }).get());
  expect(failure.errCode).toBe(INVALID_PARAM);
});

test('a duplicate _id is refused, and a batch with one inserts nothing', async () => {
  const single = await rejectionOf(fixture.db.collection('items').add({ data: { _id: 'a', n: 2 } }));
  expect(single.errCode).toBe(REQUEST_FAILED);
  expect(single.errMsg).toContain('duplicate key');
  const batch = await rejectionOf(
    fixture.db.collection('items').add({ data: [{ _id: 'b' }, { _id: 'b' }] as never }),
  );
  expect(batch.errCode).toBe(REQUEST_FAILED);
  expect(fixture.engine.count('items')).toBe(1);
});

test('unique indexes are enforced on insert, update, set and upsert', async () => {
  fixture.engine.defineIndexes('payments', [
    { name: 'outTradeNo_1', keys: [{ name: 'outTradeNo', direction: 1 }], unique: true },
    { name: 'orderId_1', keys: [{ name: 'orderId', direction: 1 }] },
  ]);
  const payments = fixture.db.collection('payments');
  await settled(payments.add({ data: { _id: 'p1', outTradeNo: 'T1', orderId: 'o1' } }));
  await settled(payments.add({ data: { _id: 'p2', outTradeNo: 'T2', orderId: 'o1' } })); // not unique: fine
  const attempts = [
    payments.add({ data: { outTradeNo: 'T1' } }),
    payments.doc('p2').update({ data: { outTradeNo: 'T1' } }),
    payments.doc('p2').set({ data: { outTradeNo: 'T1' } }),
    payments.doc('p3').set({ data: { outTradeNo: 'T1' } }),
    payments.where({ orderId: 'o1' }).update({ data: { outTradeNo: 'T9' } }),
  ];
  for (const attempt of attempts) {
    const failure = await rejectionOf(attempt);
    expect(failure.errCode).toBe(REQUEST_FAILED);
    expect(failure.errMsg).toContain('outTradeNo_1');
  }
  expect(fixture.engine.find('payments', {}, { sort: { _id: 1 } }).map((doc) => doc.outTradeNo)).toEqual([
    'T1',
    'T2',
  ]);
  // Swapping keys within one write is fine; the final state is what must be unique.
  await settled(payments.doc('p1').update({ data: { outTradeNo: 'T3' } }));
  await settled(payments.doc('p2').update({ data: { outTradeNo: 'T1' } }));
});

test('declaring a unique index over existing duplicates fails', () => {
  fixture.engine.insert('items', [{ _id: 'b', name: 'Tea' }]);
  expect(() =>
    fixture.engine.defineIndexes('items', [
      { name: 'name_1', keys: [{ name: 'name', direction: 1 }], unique: true },
    ]),
  ).toThrow(/duplicate key/);
});

test('an _id cannot be changed by an update', async () => {
  const failure = await rejectionOf(
    fixture.db
      .collection('items')
      .where({ _id: 'a' })
      .update({ data: { $set: { _id: 'z' } } }),
  );
  expect(failure.errCode).toBe(REQUEST_FAILED);
  expect(failure.errMsg).toContain('_id');
  expect(fixture.engine.find('items', { _id: 'a' })).toHaveLength(1);
});
