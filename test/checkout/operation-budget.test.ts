import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import { customer, LIMITED, payInSandbox } from '../support/ordering-calls';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

/** Database operations from placing a full cart through the payment callback, and the order it made. */
async function measureOrder(openid: string, products: string[]) {
  const buyer = customer(shop, openid);
  for (const productId of products) dataOf(await buyer.add(productId, 1));
  shop.cloud.database.resetStats();
  const placed = dataOf(await buyer.place());
  await payInSandbox(shop, placed.payment);
  const stats = shop.cloud.database.stats();
  const order = dataOf(await buyer.detail(placed.order.id));
  return { stats, order };
}

test('a 3-line order costs at most 10 database operations from checkout.place through the callback', async () => {
  // Worst case: every line's SKU has counted stock, so each needs its own guarded update.
  const { stats, order } = await measureOrder('o-budget-limited', [
    LIMITED.croissant.productId,
    LIMITED.almondCroissant.productId,
    LIMITED.tiramisu.productId,
  ]);
  expect(order).toMatchObject({ status: 'PAID', pickupNumber: expect.stringMatching(/^A\d{3}$/) });
  expect(order.breakdown.lines).toHaveLength(3);
  expect(stats.total).toBeLessThanOrEqual(10);
});

test('with unlimited SKUs the same order costs three operations less (no stock to hold)', async () => {
  const { stats, order } = await measureOrder('o-budget-unlimited', [
    'prod-americano',
    'prod-latte',
    'prod-flat-white',
  ]);
  expect(order.status).toBe('PAID');
  expect(stats.total).toBeLessThanOrEqual(7);
});
