import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import { customer, LIMITED, payInSandbox, stockOf } from '../support/ordering-calls';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

const ordersWithKey = (idempotencyKey: string) => shop.cloud.database.find('orders', { idempotencyKey });

test('a retried placement returns the same order and payment sheet, and holds stock once', async () => {
  const alice = customer(shop, 'o-alice');
  dataOf(await alice.add(LIMITED.cinnamonRoll.productId, 2));
  const before = stockOf(shop, LIMITED.cinnamonRoll.skuId) ?? 0;
  const idempotencyKey = 'checkout-screen-0001';

  const first = dataOf(await alice.place({ idempotencyKey }));
  const retry = dataOf(await alice.place({ idempotencyKey })); // the cart is already empty: the key still finds the order

  expect(retry.order.id).toBe(first.order.id);
  expect(retry.payment.package).toBe(first.payment.package);
  expect(ordersWithKey(idempotencyKey)).toHaveLength(1);
  expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(before - 2);
});

test('a double tap (five placements at once with one key) makes one order and holds stock once', async () => {
  const bob = customer(shop, 'o-bob');
  dataOf(await bob.add(LIMITED.cinnamonRoll.productId, 1));
  dataOf(await bob.add('prod-latte'));
  const before = stockOf(shop, LIMITED.cinnamonRoll.skuId) ?? 0;
  const idempotencyKey = 'checkout-screen-0002';

  const results = await Promise.all(Array.from({ length: 5 }, () => bob.place({ idempotencyKey })));

  const placed = results.map(dataOf);
  expect(new Set(placed.map((result) => result.order.id)).size).toBe(1);
  expect(new Set(placed.map((result) => result.payment.package)).size).toBe(1);
  expect(ordersWithKey(idempotencyKey)).toHaveLength(1);
  expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(before - 1);
  expect(shop.cloud.payments.trades().filter((trade) => trade.payerOpenid === 'o-bob')).toHaveLength(1);
});

test('the same key after the order was paid answers ORDER_STATE_CONFLICT with that order, and places nothing', async () => {
  const carol = customer(shop, 'o-carol');
  dataOf(await carol.add('prod-americano'));
  const idempotencyKey = 'checkout-screen-0003';
  const placed = dataOf(await carol.place({ idempotencyKey }));
  await payInSandbox(shop, placed.payment);
  dataOf(await carol.add('prod-americano'));

  const again = await carol.place({ idempotencyKey });
  expect(again).toMatchObject({
    ok: false,
    error: { code: 'ORDER_STATE_CONFLICT', details: { order: { id: placed.order.id, status: 'PAID' } } },
  });
  expect(ordersWithKey(idempotencyKey)).toHaveLength(1);
  expect(dataOf(await carol.cart()).lines).toHaveLength(1);
});

test('different keys are different orders', async () => {
  const dave = customer(shop, 'o-dave');
  dataOf(await dave.add('prod-americano'));
  const first = dataOf(await dave.place({ idempotencyKey: 'checkout-screen-0004' }));
  dataOf(await dave.add('prod-americano'));
  const second = dataOf(await dave.place({ idempotencyKey: 'checkout-screen-0005' }));
  expect(second.order.id).not.toBe(first.order.id);
});

test('one cart placed twice at once with two different keys becomes one order, holding stock once', async () => {
  const erin = customer(shop, 'o-erin');
  dataOf(await erin.add(LIMITED.cinnamonRoll.productId, 1));
  const before = stockOf(shop, LIMITED.cinnamonRoll.skuId) ?? 0;

  const [first, second] = await Promise.all([
    erin.place({ idempotencyKey: 'checkout-screen-0006' }),
    erin.place({ idempotencyKey: 'checkout-screen-0007' }),
  ]);

  const answered = [first, second].filter((result) => result.ok);
  expect(answered.length).toBeGreaterThanOrEqual(1);
  expect(new Set(answered.map((result) => dataOf(result).order.id)).size).toBe(1);
  for (const result of [first, second]) {
    if (!result.ok) expect(result.error.code).toBe('BUSY');
  }
  expect(shop.cloud.database.find('orders', { _openid: 'o-erin' })).toHaveLength(1);
  expect(stockOf(shop, LIMITED.cinnamonRoll.skuId)).toBe(before - 1);
});
