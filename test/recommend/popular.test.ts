// "Popular now" on the menu: units of paid orders of the last 7 days, counted by the timer into the store's
// stats document and delivered inside browse.home; a shop without paid orders falls back to its menu.
import { browseCalls } from '../browse/browse-calls';
import { customer } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { placePaidOrder, runNextRefresh } from './paid-orders';

let shop: TestCloud;
let browse: ReturnType<typeof browseCalls>;
beforeAll(async () => {
  shop = await startTestCloud();
  browse = browseCalls(shop);
});
afterAll(() => shop.close());

const popularNow = async () => dataOf(await browse.home({ storeId: DEMO_STORE })).popular;

test('a shop with no paid orders shows its signature products first, then the menu’s first ones', async () => {
  expect(await popularNow()).toEqual({
    source: 'menu',
    productIds: [
      'prod-latte',
      'prod-coconut-latte',
      'prod-pearl-milk-tea',
      'prod-basque-cheesecake',
      'prod-americano',
      'prod-cappuccino',
    ],
  });
});

test('paid orders become "popular now" at the next refresh of the timer, most units first', async () => {
  await placePaidOrder(shop, [['prod-tuna-bagel', 3]]);
  await placePaidOrder(shop, [
    ['prod-avocado-toast', 1],
    ['prod-tuna-bagel', 1],
  ]);
  await placePaidOrder(shop, [['prod-avocado-toast', 1]]);
  // Placed and never paid: not counted.
  const unpaid = customer(shop, 'o-never-pays');
  dataOf(await unpaid.add('prod-greek-yogurt-bowl', 9));
  dataOf(await unpaid.place());
  // Paid, then cancelled and refunded: not counted either.
  const refunded = await placePaidOrder(shop, [['prod-ham-cheese-croissant', 9]]);
  dataOf(await customer(shop, refunded.openid).cancel(refunded.orderId));

  expect((await popularNow()).source).toBe('menu'); // nothing counted before the timer runs

  const sweeps = await runNextRefresh(shop);
  expect(await popularNow()).toEqual({
    source: 'orders',
    productIds: ['prod-tuna-bagel', 'prod-avocado-toast'],
  });
  const [stats] = shop.cloud.database.find('stats', { _id: DEMO_STORE });
  expect(stats).toMatchObject({
    storeId: DEMO_STORE,
    windowDays: 7,
    orderCount: 3,
    popular: [
      { productId: 'prod-tuna-bagel', units: 4 },
      { productId: 'prod-avocado-toast', units: 2 },
    ],
  });
  // The refresh's run: its sweep (1 read), the paid orders (1 read per 1,000) and one write per store.
  expect(sweeps.at(-1)).toBe(3);
}, 120_000);

test('a best seller that sold out leaves "popular now" until it is back', async () => {
  shop.cloud.database.update('skus', { productId: 'prod-tuna-bagel' }, { $set: { isSoldOut: true } });
  expect((await popularNow()).productIds).toEqual(['prod-avocado-toast']);
  shop.cloud.database.update('skus', { productId: 'prod-tuna-bagel' }, { $set: { isSoldOut: false } });
  expect((await popularNow()).productIds).toEqual(['prod-tuna-bagel', 'prod-avocado-toast']);
});

test('orders older than 7 days stop counting: the shop is back to its menu picks', async () => {
  await shop.clock.advance(7 * 24 * 60 * 60 * 1000);
  await runNextRefresh(shop);
  const popular = await popularNow();
  expect(popular.source).toBe('menu');
  expect(shop.cloud.database.find('stats', { _id: DEMO_STORE })[0]).toMatchObject({
    orderCount: 0,
    popular: [],
  });
}, 240_000);
