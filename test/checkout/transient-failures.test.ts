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

test('a stock update that fails transiently is not repeated (it may have applied): BUSY, and no order', async () => {
  const buyer = customer(shop, 'o-reset-on-stock');
  dataOf(await buyer.add(LIMITED.tiramisu.productId, 1));
  const before = stockOf(shop, LIMITED.tiramisu.skuId);
  const refused = await withFailures(1, stockTake, () => buyer.place());
  expect(refused).toMatchObject({ ok: false, error: { code: 'BUSY' } });
  expect(shop.cloud.database.find('orders', { _openid: 'o-reset-on-stock' })).toEqual([]);
  expect(stockOf(shop, LIMITED.tiramisu.skuId)).toBe(before);
});
