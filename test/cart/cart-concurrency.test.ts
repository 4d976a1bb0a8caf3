// Concurrent taps on one cart: every add lands, because each write is conditional on the version it read.
import { loadCart, saveCartIfUnchanged } from '../../server/repositories/cart-repository';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import { cartCalls, pick } from './cart-calls';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

const DRINKS = [
  'prod-americano',
  'prod-latte',
  'prod-cappuccino',
  'prod-flat-white',
  'prod-mocha',
  'prod-caramel-macchiato',
  'prod-coconut-latte',
  'prod-espresso',
];

function storedVersion(openid: string): unknown {
  return shop.cloud.database.find('carts', { storeId: DEMO_STORE, _openid: openid })[0]?.version;
}

test('eight different items added at once to a new cart all arrive', async () => {
  const cart = cartCalls(shop, 'o-busy-fingers');
  const results = await Promise.all(DRINKS.map((productId) => cart.add(pick(productId), 1)));
  expect(results.map((result) => result.ok)).toEqual(DRINKS.map(() => true));
  const view = dataOf(await cart.get());
  expect(view.lines.map((line) => line.productId).sort()).toEqual([...DRINKS].sort());
  expect(storedVersion('o-busy-fingers')).toBe(DRINKS.length); // one successful write per add, none lost
});

test('an item added six more times at once ends as one line of seven', async () => {
  const cart = cartCalls(shop, 'o-same-item');
  await cart.add(pick('prod-latte'), 1);
  await Promise.all(Array.from({ length: 6 }, () => cart.add(pick('prod-latte'), 1)));
  const view = dataOf(await cart.get());
  expect(view.lines).toHaveLength(1);
  expect(view.lines[0]?.quantity).toBe(7);
  expect(storedVersion('o-same-item')).toBe(7);
});

test('adds and quantity changes racing on one cart keep every line', async () => {
  const cart = cartCalls(shop, 'o-mixed-race');
  const first = dataOf(await cart.add(pick('prod-espresso'), 1));
  const lineId = first.lines[0]?.lineId ?? '';
  await Promise.all([
    cart.add(pick('prod-mocha'), 1),
    cart.setQuantity(lineId, 5),
    cart.add(pick('prod-latte'), 2),
    cart.add(pick('prod-mocha'), 1),
  ]);
  const view = dataOf(await cart.get());
  const quantities = Object.fromEntries(view.lines.map((line) => [line.productId, line.quantity]));
  expect(quantities).toEqual({ 'prod-espresso': 5, 'prod-mocha': 2, 'prod-latte': 2 });
});

test('a write based on a stale read is refused, through the real SDK', async () => {
  const openid = 'o-stale-writer';
  expect(await saveCartIfUnchanged(DEMO_STORE, openid, [], undefined)).toBe(1);
  expect(await saveCartIfUnchanged(DEMO_STORE, openid, [], undefined)).toBeUndefined(); // it exists now
  const read = await loadCart(DEMO_STORE, openid);
  expect(read?.version).toBe(1);
  const line = {
    lineId: 'lnstale',
    productId: 'prod-latte',
    skuId: 'sku-latte-medium',
    specs: {},
    addons: [],
    quantity: 1,
  };
  expect(await saveCartIfUnchanged(DEMO_STORE, openid, [line], 1)).toBe(2);
  expect(await saveCartIfUnchanged(DEMO_STORE, openid, [], 1)).toBeUndefined();
  expect((await loadCart(DEMO_STORE, openid))?.lines).toEqual([line]);
});
