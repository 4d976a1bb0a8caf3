import type { AdminRequest } from '../../emulator/src/http/protocol';
import { CloudError, WireCode } from '../../emulator/src/errors';
import { customer, LIMITED, payInSandbox, setStock, stockOf, storedOrder } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { startTestCloud, type TestCloud } from '../support/test-cloud';

/** Which database write a fault cuts: a SKU getting its units back, or the order recording that they are back. */
type FaultPoint = 'sku_increment' | 'order_finish';

const isFaultPoint = (point: FaultPoint, request: AdminRequest): boolean => {
  if (request.action !== 'database.modifyDocument') return false;
  const data = String(request.params.data ?? '');
  if (point === 'sku_increment') return request.params.collectionName === 'skus' && data.includes('$push');
  return request.params.collectionName === 'orders' && data.includes('stockReturnedAt');
};

let shop: TestCloud;
/** Writes still to be refused at a point, as if the function stopped there. */
let faults: { left: number; point: FaultPoint } = { left: 0, point: 'order_finish' };
beforeAll(async () => {
  shop = await startTestCloud();
  shop.cloud.dispatcher.observe((request) => {
    if (faults.left <= 0 || !isFaultPoint(faults.point, request)) return;
    faults.left--;
    throw new CloudError(WireCode.REQUEST_FAILED, 'the function stopped before this write');
  });
});
afterAll(() => shop.close());
afterEach(() => {
  faults = { left: 0, point: 'order_finish' };
});

const { skuId, productId } = LIMITED.cinnamonRoll;

interface SweepResult {
  examined: number;
  stockReturned: number;
  failed: number;
}

const sweep = async (event: unknown = {}) =>
  (await shop.cloud.runner.invoke('sweeper', event, { source: 'wx_trigger', openid: '' })) as SweepResult;

async function placedOrder(openid: string, quantity: number) {
  const buyer = customer(shop, openid);
  dataOf(await buyer.add(productId, quantity));
  return { buyer, placed: dataOf(await buyer.place()) };
}

/** Runs `action` with the next `count` writes at `point` refused, expecting the failure to be logged. */
async function withWritesFailing<T>(count: number, point: FaultPoint, action: () => Promise<T>): Promise<T> {
  faults = { left: count, point };
  const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const result = await action();
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining('the sweeper will give it back'),
      expect.anything(),
    );
    return result;
  } finally {
    logged.mockRestore();
    faults.left = 0;
  }
}

/** Makes an unpaid order due for expiry now. */
function makeDue(orderId: string): void {
  shop.cloud.database.update('orders', { _id: orderId }, { $set: { expiresAt: new Date(Date.now() - 1) } });
}

test('a cancel that stops before its stock is back leaves it owed, and the next sweep gives it back once', async () => {
  setStock(shop, skuId, 10);
  const { buyer, placed } = await placedOrder('o-cut-off', 3);
  expect(stockOf(shop, skuId)).toBe(7);

  const cancelled = await withWritesFailing(1, 'sku_increment', () => buyer.cancel(placed.order.id));
  expect(dataOf(cancelled).status).toBe('CANCELLED');
  expect(stockOf(shop, skuId)).toBe(7);
  const owed = storedOrder(shop, placed.order.id);
  expect(owed).toMatchObject({ status: 'CANCELLED', stockReturnDueAt: expect.any(Date) });
  expect(owed).not.toHaveProperty('stockReturnedAt');

  const repaired = await sweep();
  expect(repaired).toMatchObject({ examined: 1, stockReturned: 1, failed: 0 });
  expect(stockOf(shop, skuId)).toBe(10);
  const returned = storedOrder(shop, placed.order.id);
  expect(returned).toMatchObject({ status: 'CANCELLED', stockReturnedAt: expect.any(Date) });
  expect(returned).not.toHaveProperty('stockReturnDueAt');

  expect(await sweep()).toMatchObject({ examined: 0, stockReturned: 0 });
  await shop.clock.advance(30 * 60_000); // six timer sweeps later (one closes the payment left open)
  expect(stockOf(shop, skuId)).toBe(10);
  const later = storedOrder(shop, placed.order.id);
  expect(later).toMatchObject({ status: 'CANCELLED', stockReturnedAt: returned.stockReturnedAt });
  expect(later).not.toHaveProperty('stockReturnDueAt');
  expect(later).not.toHaveProperty('paymentCloseDueAt');
});

test('an expiry that stops after the units are back but before the order says so never gives them twice', async () => {
  setStock(shop, skuId, 10);
  const { placed } = await placedOrder('o-contended', 2);
  makeDue(placed.order.id);

  const expiring = await withWritesFailing(1, 'order_finish', () => sweep({ orderId: placed.order.id }));
  expect(expiring).toMatchObject({ examined: 1 });
  expect(faults.left).toBe(0);
  expect(storedOrder(shop, placed.order.id)).toMatchObject({
    status: 'EXPIRED',
    stockReturnDueAt: expect.any(Date),
  });
  expect(stockOf(shop, skuId)).toBe(10); // the SKU got its units (and this order's mark) before the stop

  // Meanwhile another customer buys some: the sweep finishes the return without adding the units again.
  const { placed: other } = await placedOrder('o-meanwhile', 5);
  expect(stockOf(shop, skuId)).toBe(5);
  expect(await sweep()).toMatchObject({ stockReturned: 1, failed: 0 });
  expect(stockOf(shop, skuId)).toBe(5);
  expect(storedOrder(shop, placed.order.id)).not.toHaveProperty('stockReturnDueAt');
  expect(shop.cloud.database.find('skus', { _id: skuId })[0]?.stockReturnsPending).toEqual([]);
  expect(await sweep()).toMatchObject({ stockReturned: 0 });
  expect(stockOf(shop, skuId)).toBe(5);
  dataOf(await customer(shop, 'o-meanwhile').cancel(other.order.id));
  expect(stockOf(shop, skuId)).toBe(10);
});

test('concurrent sweeps and a late cancel never give owed stock back twice', async () => {
  setStock(shop, skuId, 10);
  const { buyer, placed } = await placedOrder('o-crowded', 4);
  await payInSandbox(shop, placed.payment);
  const refunding = await withWritesFailing(1, 'sku_increment', () => buyer.cancel(placed.order.id));
  expect(dataOf(refunding).status).toBe('REFUNDING');
  expect(stockOf(shop, skuId)).toBe(6);
  expect(storedOrder(shop, placed.order.id)).toHaveProperty('stockReturnDueAt');

  const [first, second, third, lateCancel] = await Promise.all([
    sweep(),
    sweep(),
    sweep(),
    buyer.cancel(placed.order.id),
  ]);

  expect(lateCancel).toMatchObject({ ok: false, error: { code: 'ORDER_STATE_CONFLICT' } });
  expect(stockOf(shop, skuId)).toBe(10);
  const reports = [first, second, third];
  expect(reports.reduce((sum, report) => sum + report.stockReturned, 0)).toBe(1);
  expect(reports.every((report) => report.failed === 0)).toBe(true);
  expect(storedOrder(shop, placed.order.id)).not.toHaveProperty('stockReturnDueAt');

  await shop.clock.advance(30 * 60_000); // the refund settles; the timer keeps sweeping
  expect(dataOf(await buyer.detail(placed.order.id)).status).toBe('REFUNDED');
  expect(stockOf(shop, skuId)).toBe(10);
});

test('owed stock of a SKU since switched to unlimited is settled without touching the SKU', async () => {
  setStock(shop, skuId, 10);
  const { buyer, placed } = await placedOrder('o-unlimited-later', 1);
  await withWritesFailing(1, 'sku_increment', () => buyer.cancel(placed.order.id));
  setStock(shop, skuId, null);

  expect(await sweep()).toMatchObject({ stockReturned: 1, failed: 0 });
  expect(stockOf(shop, skuId)).toBeNull();
  expect(storedOrder(shop, placed.order.id)).toMatchObject({ stockReturnedAt: expect.any(Date) });
  expect(await sweep()).toMatchObject({ examined: 0 });
});
