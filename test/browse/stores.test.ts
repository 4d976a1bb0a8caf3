// The store picker: every store with its state now, next opening in China time, modes, and distance from the customer.
import { distanceMetres } from '../../server/domain/delivery';
import { BUSY_QUEUE_ORDERS } from '../../server/services/browse/store-state';
import { placePaidOrder } from '../recommend/paid-orders';
import { customer } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { browseCalls } from './browse-calls';

let shop: TestCloud;
let browse: ReturnType<typeof browseCalls>;
beforeAll(async () => {
  shop = await startTestCloud();
  browse = browseCalls(shop);
  const [demo] = shop.cloud.database.find('stores', { _id: DEMO_STORE });
  if (!demo) throw new Error('no demo store');
  const daily = { open: '09:00', close: '21:00' };
  const weekdays = {
    mon: [daily],
    tue: [daily],
    wed: [daily],
    thu: [daily],
    fri: [daily],
    sat: [daily],
    sun: [],
  };
  shop.cloud.database.insert('stores', [
    {
      ...demo,
      _id: 'store-far',
      name: '远店',
      nameEn: 'Far Shop',
      // About 11 km north of the demo café.
      address: { ...(demo.address as object), latitude: 31.288, longitude: 121.437 },
      hours: weekdays,
      modes: {
        dine_in: { enabled: false },
        pickup: { enabled: true, prepMinutes: 5 },
        delivery: { enabled: false, radiusMetres: 0, feeFen: 0, minimumFen: 0, prepMinutes: 0 },
      },
    },
    {
      ...demo,
      _id: 'store-paused',
      name: '暂停店',
      nameEn: 'Paused Shop',
      // About 1.1 km north of the demo café.
      address: { ...(demo.address as object), latitude: 31.198, longitude: 121.437 },
      isAcceptingOrders: false,
    },
  ]);
});
afterAll(() => shop.close());

const NEAR_DEMO = { latitude: 31.187, longitude: 121.437 };

test('without a location every store comes by id, with its state and modes and no distance', async () => {
  // The test clock starts on Monday 2026-01-05 at 10:00 China time.
  const { stores } = dataOf(await browse.stores({}));
  expect(stores.map((store) => store.id)).toEqual(['store-demo', 'store-far', 'store-paused']);
  expect(stores[0]).toMatchObject({
    id: DEMO_STORE,
    nameEn: 'Diandan Demo Café',
    state: 'open',
    closedReason: null,
    nextOpening: null,
    modes: { dineIn: true, pickup: true, delivery: true },
    distanceMetres: null,
    isWithinDelivery: null,
  });
  expect(stores[1]).toMatchObject({ state: 'open', modes: { dineIn: false, pickup: true, delivery: false } });
  expect(stores[2]).toMatchObject({ state: 'closed', closedReason: 'paused', nextOpening: null });
});

test('with a location the stores come nearest first, each with its distance in metres and delivery reach', async () => {
  const { stores } = dataOf(await browse.stores({ location: NEAR_DEMO }));
  expect(stores.map((store) => store.id)).toEqual(['store-demo', 'store-paused', 'store-far']);
  const [demo, paused, far] = stores;
  expect(demo?.distanceMetres).toBe(distanceMetres(NEAR_DEMO, { latitude: 31.188, longitude: 121.437 }));
  expect(demo?.distanceMetres).toBeGreaterThan(100);
  expect(demo?.distanceMetres).toBeLessThan(120); // 0.001° of latitude is about 111 m
  expect(paused?.distanceMetres).toBeGreaterThan(1200);
  expect(paused?.distanceMetres).toBeLessThan(1250);
  expect(far?.distanceMetres).toBeGreaterThan(11_100);
  expect(far?.distanceMetres).toBeLessThan(11_250);
  expect(demo?.isWithinDelivery).toBe(true); // radius 3 km
  expect(far?.isWithinDelivery).toBeNull(); // it does not deliver

  const fromFar = dataOf(await browse.stores({ location: { latitude: 31.3, longitude: 121.437 } }));
  expect(fromFar.stores.map((store) => store.id)).toEqual(['store-far', 'store-paused', 'store-demo']);
  expect(fromFar.stores[2]?.isWithinDelivery).toBe(false);
});

test('a store closed by its hours says when it next opens, in China time: later today, tomorrow, after Sunday', async () => {
  // Monday 22:00 China time: closed until Tuesday 09:00.
  await shop.clock.set(Date.parse('2026-01-05T14:00:00Z'));
  let far = dataOf(await browse.stores({})).stores.find((store) => store.id === 'store-far');
  expect(far).toMatchObject({
    state: 'closed',
    closedReason: 'hours',
    nextOpening: { at: '2026-01-06T01:00:00.000Z', localTime: '09:00', inDays: 1 },
  });
  // Tuesday 07:30 China time: opens today at 09:00.
  await shop.clock.set(Date.parse('2026-01-05T23:30:00Z'));
  far = dataOf(await browse.stores({})).stores.find((store) => store.id === 'store-far');
  expect(far?.nextOpening).toEqual({ at: '2026-01-06T01:00:00.000Z', localTime: '09:00', inDays: 0 });
  // Saturday 21:00 China time: closed on Sunday, so Monday 09:00, two days on.
  await shop.clock.set(Date.parse('2026-01-10T13:00:00Z'));
  far = dataOf(await browse.stores({})).stores.find((store) => store.id === 'store-far');
  expect(far?.nextOpening).toEqual({ at: '2026-01-12T01:00:00.000Z', localTime: '09:00', inDays: 2 });
  // The demo café is open all day every day.
  const demo = dataOf(await browse.stores({})).stores.find((store) => store.id === DEMO_STORE);
  expect(demo).toMatchObject({ state: 'open', nextOpening: null });
}, 60_000);

test(`an open store with ${BUSY_QUEUE_ORDERS} paid orders waiting in its kitchen shows as busy`, async () => {
  for (let count = 1; count < BUSY_QUEUE_ORDERS; count++) await placePaidOrder(shop, [['prod-latte', 1]]);
  // An order placed and not paid is not in the kitchen.
  const unpaid = customer(shop, 'o-not-paying');
  dataOf(await unpaid.add('prod-latte', 1));
  dataOf(await unpaid.place());
  expect(stateOfDemo(dataOf(await browse.stores({})).stores)).toBe('open');
  await placePaidOrder(shop, [['prod-americano', 1]]);
  expect(stateOfDemo(dataOf(await browse.stores({})).stores)).toBe('busy');
  // Marked ready by the kitchen, an order leaves the queue.
  const [paid] = shop.cloud.database.find('orders', { storeId: DEMO_STORE, status: 'PAID' });
  shop.cloud.database.update('orders', { _id: paid?._id }, { $set: { status: 'READY' } });
  expect(stateOfDemo(dataOf(await browse.stores({})).stores)).toBe('open');
}, 120_000);

test('a bad location is refused with INVALID_INPUT', async () => {
  expectInvalid(await browse.raw({ action: 'stores', input: { location: { latitude: 91, longitude: 0 } } }));
  expectInvalid(await browse.raw({ action: 'stores', input: { location: { latitude: 31 } } }));
  expectInvalid(await browse.raw({ action: 'stores', input: { location: null } }));
  expectInvalid(await browse.raw({ action: 'stores', input: { near: 'me' } }));
});

function expectInvalid(result: { ok: boolean; error?: { code: string } }): void {
  expect(result.ok ? 'ok' : result.error?.code).toBe('INVALID_INPUT');
}

function stateOfDemo(stores: ReadonlyArray<{ id: string; state: string }>): string | undefined {
  return stores.find((store) => store.id === DEMO_STORE)?.state;
}
