// A cart's id is what a client could use to reach it: random and stored, never computed from who and where.
import { createHash } from 'node:crypto';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import { cartCalls, pick } from './cart-calls';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

const cartsOf = (openid: string) =>
  shop.cloud.database.find('carts', { storeId: DEMO_STORE, _openid: openid });

test("a cart's id is random: not derived from store and customer, and new each time a cart is made", async () => {
  const cart = cartCalls(shop, 'o-id-owner');
  dataOf(await cart.add(pick('prod-latte'), 1));
  const [first] = cartsOf('o-id-owner');
  const derived = createHash('sha256').update(`${DEMO_STORE}\no-id-owner`).digest('base64url');
  expect(first?._id).toMatch(/^cart-[A-Za-z0-9_-]{22,}$/);
  expect(String(first?._id)).not.toContain(derived.slice(0, 16));

  shop.cloud.database.remove('carts', { _id: first?._id });
  dataOf(await cart.add(pick('prod-latte'), 1));
  const [second] = cartsOf('o-id-owner');
  expect(second?._id).toMatch(/^cart-[A-Za-z0-9_-]{22,}$/);
  expect(second?._id).not.toBe(first?._id);
  expect(dataOf(await cart.get()).lines).toHaveLength(1);
});

test('first adds at once still make exactly one cart per customer per store (the unique index decides)', async () => {
  const cart = cartCalls(shop, 'o-id-race');
  const drinks = ['prod-americano', 'prod-latte', 'prod-mocha', 'prod-espresso', 'prod-cappuccino'];
  const results = await Promise.all(drinks.map((productId) => cart.add(pick(productId), 1)));
  expect(results.map((result) => result.ok)).toEqual(drinks.map(() => true));
  expect(cartsOf('o-id-race')).toHaveLength(1);
  expect(dataOf(await cart.get()).lines).toHaveLength(drinks.length);
});

test("another customer's cart is not found by who asks, and each customer has one", async () => {
  const cart = cartCalls(shop, 'o-id-two-stores');
  dataOf(await cart.add(pick('prod-latte'), 1));
  expect(dataOf(await cartCalls(shop, 'o-id-stranger').get()).lines).toEqual([]);
  expect(shop.cloud.database.find('carts', { _openid: 'o-id-two-stores' })).toHaveLength(1);
});
