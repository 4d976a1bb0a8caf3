// Stock held by a placement is marked on its SKU with the order's id until the order's expiry task settles
// it: the marks of a stored order are cleared (its units stay with it), the units of an order that was
// never stored are given back. When that task was never scheduled, a sweep every 3 hours does the same.
import { CloudError } from '../../emulator/src/errors';
import { customer, LIMITED, payInSandbox, setStock, stockOf } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { startTestCloud, type TestCloud } from '../support/test-cloud';

let shop: TestCloud;
/** While true, the local cloud refuses open-API calls (delayed tasks are not scheduled). */
let isOpenApiDown = false;
beforeAll(async () => {
  shop = await startTestCloud();
  shop.cloud.dispatcher.observe((request) => {
    if (isOpenApiDown && request.action === 'wx.openApi') throw new CloudError('SYS_ERR', 'open API down');
  });
});
afterAll(() => shop.close());
afterEach(() => {
  isOpenApiDown = false;
  shop.cloud.faults.clear();
});

const { skuId, productId } = LIMITED.cinnamonRoll;
const HOUR_MS = 60 * 60_000;

/** The hold marks on the SKU now. */
function holdsOn(id: string): Array<{ orderId: string; quantity: number }> {
  const [sku] = shop.cloud.database.find('skus', { _id: id });
  return (sku?.holds ?? []) as Array<{ orderId: string; quantity: number }>;
}

test("a stored order's hold marks are cleared by its expiry task, and its units stay sold", async () => {
  setStock(shop, skuId, 10);
  const buyer = customer(shop, 'o-hold-paid');
  dataOf(await buyer.add(productId, 3));
  const placed = dataOf(await buyer.place());
  expect(holdsOn(skuId)).toEqual([expect.objectContaining({ orderId: placed.order.id, quantity: 3 })]);
  await payInSandbox(shop, placed.payment);

  await shop.clock.advance(20 * 60_000); // past its expiry task (15 minutes + 5 s)
  expect(holdsOn(skuId)).toEqual([]);
  expect(stockOf(shop, skuId)).toBe(7);
  expect(dataOf(await buyer.detail(placed.order.id)).status).toBe('PAID');
});

test('a placement stopped after its stock take, with no expiry task, is released by the 3-hourly sweep, once', async () => {
  setStock(shop, skuId, 10);
  const buyer = customer(shop, 'o-hold-orphan');
  dataOf(await buyer.add(productId, 2));
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    isOpenApiDown = true;
    // Its operations: the checkout read, the stock take; it stops before the order is stored.
    shop.cloud.faults.crashAfter({ functionName: 'checkout', operations: 2 });
    await buyer.place().catch(() => undefined);
    isOpenApiDown = false;
    expect(shop.cloud.faults.lastInvocation('checkout')?.outcome).toBe('crashed');
    expect(shop.cloud.database.find('orders', { _openid: 'o-hold-orphan' })).toEqual([]);
    expect(stockOf(shop, skuId)).toBe(8);
    expect(holdsOn(skuId)).toHaveLength(1);

    await shop.clock.advance(3 * HOUR_MS);
  } finally {
    quiet.mockRestore();
  }
  expect(stockOf(shop, skuId)).toBe(10);
  expect(holdsOn(skuId)).toEqual([]);
  await shop.clock.advance(3 * HOUR_MS);
  expect(stockOf(shop, skuId)).toBe(10);
}, 60_000);
