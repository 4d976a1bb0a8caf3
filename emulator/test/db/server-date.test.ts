import { type DatabaseFixture, serverDate, settled, startDatabase } from './db-harness';

// db.serverDate() is the engine clock's time, wherever it appears: data, updates, queries.

let fixture: DatabaseFixture;
beforeAll(async () => {
  fixture = await startDatabase();
});
beforeEach(() => fixture.reset(['orders']));
afterAll(() => fixture.close());

const orders = () => fixture.db.collection('orders');

test('serverDate in added data is the clock now, plus an optional offset', async () => {
  const now = fixture.clock.now();
  await settled(
    orders().add({
      data: {
        _id: 'o1',
        createdAt: fixture.db.serverDate(),
        expireAt: serverDate(fixture.db, 15 * 60_000),
      },
    }),
  );
  const stored = fixture.engine.find('orders', { _id: 'o1' })[0];
  expect(stored?.createdAt).toEqual(new Date(now));
  expect(stored?.expireAt).toEqual(new Date(now + 15 * 60_000));
  const { data } = await settled(orders().doc('o1').get());
  expect(data.createdAt).toBeInstanceOf(Date);
  expect((data.createdAt as Date).getTime()).toBe(now);
});

test('serverDate in an update follows the clock', async () => {
  await settled(orders().add({ data: { _id: 'o1', updatedAt: fixture.db.serverDate() } }));
  await fixture.clock.advance(90_000);
  await settled(
    orders()
      .doc('o1')
      .update({ data: { updatedAt: fixture.db.serverDate() } }),
  );
  expect(fixture.engine.find('orders', { _id: 'o1' })[0]?.updatedAt).toEqual(new Date(fixture.clock.now()));
});

test('serverDate in a query finds what expired by the clock', async () => {
  const _ = fixture.db.command;
  await settled(
    orders().add({
      data: [
        { _id: 'soon', expireAt: serverDate(fixture.db, 60_000) },
        { _id: 'later', expireAt: serverDate(fixture.db, 3_600_000) },
      ] as never,
    }),
  );
  const expired = () =>
    settled(
      orders()
        .where({ expireAt: _.lte(fixture.db.serverDate()) })
        .get(),
    );
  expect((await expired()).data).toEqual([]);
  await fixture.clock.advance(60_000);
  expect((await expired()).data.map((doc) => doc._id)).toEqual(['soon']);
});

test('Dates written by the client come back as the same instants', async () => {
  const at = new Date('2026-03-01T08:30:00.123Z');
  await settled(orders().add({ data: { _id: 'o1', pickupAt: at, history: [{ at }] } }));
  const { data } = await settled(orders().doc('o1').get());
  expect(data.pickupAt).toEqual(at);
  expect(data.history).toEqual([{ at }]);
});
