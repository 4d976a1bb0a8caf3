// Ordering again: a paid order's items go back into the customer's cart under the cart's own rules; what cannot
// be ordered now is named, nothing is half-written, and only the customer's own orders of that store can be used.
import type { CartView } from '../../typings/contracts/cart';
import { customer, payInSandbox, setStock } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { cartCalls } from './cart-calls';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());
// Every test orders counted-stock items: each starts with plenty of them.
beforeEach(() => {
  setStock(shop, 'sku-tiramisu', 20);
  setStock(shop, 'sku-butter-croissant', 20);
});

const LATTE = { size: 'large', temperature: 'iced', sugar: 'light' };

/** A customer places and pays an order of a large iced latte with two extra shots (×2), a croissant and a tiramisu ×2. */
async function paidOrder(openid: string): Promise<string> {
  const buyer = customer(shop, openid);
  dataOf(await buyer.add('prod-latte', 2, LATTE, [{ id: 'extra_shot', quantity: 2 }]));
  dataOf(await buyer.add('prod-butter-croissant', 1, { heating: 'warm' }));
  dataOf(await buyer.add('prod-tiramisu', 2));
  const placed = dataOf(await buyer.place());
  await payInSandbox(shop, placed.payment);
  return placed.order.id;
}

const reorder = (openid: string, orderId: string, storeId = DEMO_STORE) =>
  shop.call('cart', 'reorder', { storeId, orderId }, openid);

/** What a cart holds, line by line: the choice and the units. */
const choicesOf = (cart: CartView) =>
  cart.lines.map((line) => [
    line.productId,
    line.specs,
    line.addons.map((a) => [a.id, a.quantity]),
    line.quantity,
  ]);

test('a paid order goes back into the cart whole: same products, specs, add-ons and quantities', async () => {
  const orderId = await paidOrder('o-reorder-again');
  const cart = cartCalls(shop, 'o-reorder-again');
  dataOf(await cart.clear());
  const answer = dataOf(await reorder('o-reorder-again', orderId));
  expect(answer.missing).toEqual([]);
  expect(choicesOf(answer.cart)).toEqual([
    ['prod-latte', LATTE, [['extra_shot', 2]], 2],
    ['prod-butter-croissant', { heating: 'warm' }, [], 1],
    ['prod-tiramisu', { serving: 'chilled' }, [], 2],
  ]);
  expect(answer.cart.itemCount).toBe(5);
  expect(dataOf(await cart.get())).toEqual(answer.cart); // stored, not only answered
});

test('reordering merges into lines already in the cart, as adding does', async () => {
  const orderId = await paidOrder('o-reorder-merge');
  const buyer = customer(shop, 'o-reorder-merge');
  dataOf(await buyer.add('prod-butter-croissant', 2, { heating: 'warm' }));
  dataOf(await buyer.add('prod-americano'));
  const answer = dataOf(await reorder('o-reorder-merge', orderId));
  const units = Object.fromEntries(answer.cart.lines.map((line) => [line.productId, line.quantity]));
  expect(units).toEqual({
    'prod-butter-croissant': 3,
    'prod-americano': 1,
    'prod-latte': 2,
    'prod-tiramisu': 2,
  });
});

test('items removed, sold out, short of stock or changed are named in missing and not added', async () => {
  const orderId = await paidOrder('o-reorder-missing');
  const buyer = customer(shop, 'o-reorder-missing');
  dataOf(await buyer.add('prod-espresso'));
  const database = shop.cloud.database;
  const [latte] = database.find('products', { _id: 'prod-latte' });
  database.update('skus', { _id: 'sku-butter-croissant' }, { $set: { isSoldOut: true } });
  setStock(shop, 'sku-tiramisu', 1); // two ordered
  database.update('products', { _id: 'prod-latte' }, { $set: { addons: [] } }); // extra shots no longer sold
  try {
    const answer = dataOf(await reorder('o-reorder-missing', orderId));
    expect(answer.missing).toEqual([
      {
        name: '拿铁',
        nameEn: 'Latte',
        specText: '大杯 / 冰 / 少糖',
        specTextEn: 'Large / Iced / Less sweet',
        reason: 'CHANGED',
      },
      expect.objectContaining({ nameEn: 'Butter Croissant', reason: 'SOLD_OUT' }),
      expect.objectContaining({ nameEn: 'Tiramisu', reason: 'NOT_ENOUGH_STOCK' }),
    ]);
    expect(answer.cart.lines.map((line) => line.productId)).toEqual(['prod-espresso']);
    expect(dataOf(await buyer.cart()).lines).toHaveLength(1);

    database.update('products', { _id: 'prod-tiramisu' }, { $set: { isListed: false } });
    const removed = dataOf(await reorder('o-reorder-missing', orderId));
    expect(removed.missing.find((item) => item.nameEn === 'Tiramisu')?.reason).toBe('REMOVED');
  } finally {
    database.update('products', { _id: 'prod-latte' }, { $set: { addons: latte?.addons } });
    database.update('products', { _id: 'prod-tiramisu' }, { $set: { isListed: true } });
  }
});

test("another customer's order, an unknown one and one of another store are NOT_FOUND, and write nothing", async () => {
  const orderId = await paidOrder('o-reorder-owner');
  for (const answer of [
    await reorder('o-reorder-stranger', orderId),
    await reorder('o-reorder-owner', 'ORD0000000000000000000'),
    await reorder('o-reorder-owner', orderId, 'store-other'),
  ]) {
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  }
  expect(shop.cloud.database.find('carts', { _openid: 'o-reorder-stranger' })).toEqual([]);
  expect(dataOf(await cartCalls(shop, 'o-reorder-owner').get()).lines).toEqual([]);
});

test('a reorder that would pass the cart limit is refused whole: the cart stays as it was', async () => {
  const orderId = await paidOrder('o-reorder-full');
  const buyer = customer(shop, 'o-reorder-full');
  const choices = ['medium', 'large'].flatMap((size) =>
    ['hot', 'iced', 'less_ice'].flatMap((temperature) =>
      ['none', 'light', 'regular'].map((sugar) => ({ size, temperature, sugar })),
    ),
  );
  // 28 lines: the order's 3 new lines would make 31.
  const lines = ['prod-americano', 'prod-flat-white'].flatMap((productId) =>
    choices.map((specs) => ({ productId, specs })),
  );
  for (const { productId, specs } of lines.slice(0, 28)) dataOf(await buyer.add(productId, 1, specs));
  const before = dataOf(await buyer.cart());
  expect(before.lines).toHaveLength(28);
  expect(await reorder('o-reorder-full', orderId)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', details: { problem: 'TOO_MANY_LINES' } },
  });
  expect(dataOf(await buyer.cart())).toEqual(before);
});

test("a reorder racing the same customer's taps loses nothing: every add and every order line lands", async () => {
  const orderId = await paidOrder('o-reorder-race');
  const buyer = customer(shop, 'o-reorder-race');
  dataOf(await cartCalls(shop, 'o-reorder-race').clear());
  const results = await Promise.all([
    reorder('o-reorder-race', orderId),
    buyer.add('prod-americano'),
    buyer.add('prod-espresso'),
    buyer.add('prod-butter-croissant', 1, { heating: 'warm' }),
  ]);
  for (const result of results) expect(result.ok).toBe(true);
  const units = Object.fromEntries(
    dataOf(await buyer.cart()).lines.map((line) => [line.productId, line.quantity]),
  );
  expect(units).toEqual({
    'prod-latte': 2,
    'prod-butter-croissant': 2,
    'prod-tiramisu': 2,
    'prod-americano': 1,
    'prod-espresso': 1,
  });
});

test('a reorder costs a fixed handful of operations: the order, the cart, the catalog and one write', async () => {
  const orderId = await paidOrder('o-reorder-cost');
  dataOf(await cartCalls(shop, 'o-reorder-cost').clear());
  shop.cloud.database.resetStats();
  dataOf(await reorder('o-reorder-cost', orderId));
  expect(shop.cloud.database.stats().total).toBeLessThanOrEqual(5);
});

test.each([
  ['no order', { storeId: DEMO_STORE }],
  ['a malformed order id', { storeId: DEMO_STORE, orderId: '../x' }],
  ['a query for an order id', { storeId: DEMO_STORE, orderId: { $ne: null } }],
  ['an owner field', { storeId: DEMO_STORE, orderId: 'ORD1', openid: 'o-someone' }],
])('reorder refuses %s with INVALID_INPUT', async (_label, input) => {
  expect(await cartCalls(shop, 'o-reorder-bad').raw('reorder', input)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  });
});
