import type { AdminRequest } from '../../emulator/src/http/protocol';
import { CloudError } from '../../emulator/src/errors';
import { customer, LIMITED, setStock, stockOf } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { startTestCloud, type TestCloud } from '../support/test-cloud';

let shop: TestCloud;
/** Requests the local cloud still fails as a reset connection would (the platform's SYS_ERR), and which. */
let failing: { left: number; matches: (request: AdminRequest) => boolean } = {
  left: 0,
  matches: () => false,
};
beforeAll(async () => {
  shop = await startTestCloud();
  shop.cloud.dispatcher.observe((request) => {
    if (failing.left <= 0 || !failing.matches(request)) return;
    failing.left--;
    throw new CloudError('SYS_ERR', 'read ECONNRESET');
  });
});
afterAll(() => shop.close());
afterEach(() => {
  failing = { left: 0, matches: () => false };
});

const checkoutRead = (request: AdminRequest) =>
  request.action === 'database.aggregateDocuments' && request.params.collectionName === 'stores';
const stockTake = (request: AdminRequest) =>
  request.action === 'database.modifyDocument' &&
  request.params.collectionName === 'skus' &&
  String(request.params.data ?? '').includes('$inc');

/** The hold marks of `orderId` on a SKU. */
function holdsOf(skuId: string, orderId: string): unknown[] {
  const [sku] = shop.cloud.database.find('skus', { _id: skuId });
  const holds = (sku?.holds ?? []) as Array<{ orderId?: unknown }>;
  return holds.filter((mark) => mark.orderId === orderId);
}

/** Runs `action` with the next `count` matching requests failing, keeping the expected log lines quiet. */
async function withFailures<T>(
  count: number,
  matches: (request: AdminRequest) => boolean,
  action: () => Promise<T>,
) {
  failing = { left: count, matches };
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    return await action();
  } finally {
    logged.mockRestore();
    failing.left = 0;
  }
}

test('a read that fails transiently is retried: the order is placed as if nothing happened', async () => {
  setStock(shop, LIMITED.tiramisu.skuId, 4);
  const buyer = customer(shop, 'o-reset-twice');
  dataOf(await buyer.add(LIMITED.tiramisu.productId, 1));
  let left = -1;
  const placed = await withFailures(2, checkoutRead, async () => {
    const result = await buyer.place();
    left = failing.left;
    return result;
  });
  expect(left).toBe(0);
  expect(dataOf(placed).order.status).toBe('PENDING_PAYMENT');
  expect(stockOf(shop, LIMITED.tiramisu.skuId)).toBe(3);
});

test('a read that keeps failing answers the retryable BUSY, never INTERNAL, and writes nothing', async () => {
  const buyer = customer(shop, 'o-reset-always');
  dataOf(await buyer.add(LIMITED.tiramisu.productId, 1));
  const before = stockOf(shop, LIMITED.tiramisu.skuId);
  const refused = await withFailures(100, checkoutRead, () => buyer.place());
  expect(refused).toMatchObject({ ok: false, error: { code: 'BUSY' } });
  expect(shop.cloud.database.find('orders', { _openid: 'o-reset-always' })).toEqual([]);
  expect(stockOf(shop, LIMITED.tiramisu.skuId)).toBe(before);
  expect(dataOf(await buyer.place()).order.status).toBe('PENDING_PAYMENT');
});

test('a stock take that fails transiently is sent again (its mark makes that safe): the order is placed', async () => {
  const before = 5;
  setStock(shop, LIMITED.tiramisu.skuId, before);
  const buyer = customer(shop, 'o-reset-on-stock');
  dataOf(await buyer.add(LIMITED.tiramisu.productId, 1));
  const placed = await withFailures(1, stockTake, () => buyer.place());
  const orderId = dataOf(placed).order.id;
  expect(shop.cloud.database.find('orders', { _openid: 'o-reset-on-stock' })).toHaveLength(1);
  expect(stockOf(shop, LIMITED.tiramisu.skuId)).toBe(before - 1);
  expect(holdsOf(LIMITED.tiramisu.skuId, orderId)).toEqual([
    expect.objectContaining({ orderId, quantity: 1 }),
  ]);
});

test('a stock take whose reply is lost after it applied is not applied twice: the mark tells it was taken', async () => {
  const before = 5;
  setStock(shop, LIMITED.tiramisu.skuId, before);
  const buyer = customer(shop, 'o-lost-reply');
  dataOf(await buyer.add(LIMITED.tiramisu.productId, 2));
  // The real request is applied by the local cloud, and the function is told the connection was reset.
  const appliedThenLost = (request: AdminRequest) => {
    if (!stockTake(request)) return false;
    failing.left = 0;
    void shop.cloud.dispatcher.dispatch(request);
    failing.left = 1;
    return true;
  };
  const placed = await withFailures(1, appliedThenLost, () => buyer.place());
  const orderId = dataOf(placed).order.id;
  expect(stockOf(shop, LIMITED.tiramisu.skuId)).toBe(before - 2);
  expect(holdsOf(LIMITED.tiramisu.skuId, orderId)).toEqual([
    expect.objectContaining({ orderId, quantity: 2 }),
  ]);
  dataOf(await buyer.cancel(orderId));
  expect(stockOf(shop, LIMITED.tiramisu.skuId)).toBe(before);
});
