import { CloudError, WireCode } from '../../emulator/src/errors';
import { customer, LIMITED, payInSandbox, setStock, stockOf, storedOrder } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { startTestCloud, type TestCloud } from '../support/test-cloud';

let shop: TestCloud;
/** Commits of database transactions still to be refused, and with which wire code. */
let commitFaults: { left: number; code: string } = { left: 0, code: WireCode.REQUEST_FAILED };
beforeAll(async () => {
  shop = await startTestCloud();
  shop.cloud.dispatcher.observe((request) => {
    if (request.action !== 'database.commitTransaction' || commitFaults.left <= 0) return;
    commitFaults.left--;
    throw new CloudError(commitFaults.code, 'the function stopped before its transaction committed');
  });
});
afterAll(() => shop.close());
afterEach(() => {
  commitFaults = { left: 0, code: WireCode.REQUEST_FAILED };
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

/** Runs `action` with the next `count` transaction commits refused, expecting the failure to be logged. */
async function withCommitsFailing<T>(count: number, code: string, action: () => Promise<T>): Promise<T> {
  commitFaults = { left: count, code };
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
    commitFaults.left = 0;
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

  const cancelled = await withCommitsFailing(1, WireCode.REQUEST_FAILED, () => buyer.cancel(placed.order.id));
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
  await shop.clock.advance(30 * 60_000); // six timer sweeps later
  expect(stockOf(shop, skuId)).toBe(10);
  expect(storedOrder(shop, placed.order.id)).toEqual(returned);
});

test('an expiry whose transaction keeps conflicting past the retries leaves the stock to the sweep', async () => {
  setStock(shop, skuId, 10);
  const { placed } = await placedOrder('o-contended', 2);
  makeDue(placed.order.id);

  // The SDK tries the transaction 4 times (the first run and 3 retries); every commit conflicts.
  const expiring = await withCommitsFailing(4, WireCode.TRANSACTION_CONFLICT, () =>
    sweep({ orderId: placed.order.id }),
  );
  expect(expiring).toMatchObject({ examined: 1 });
  expect(commitFaults.left).toBe(0);
  expect(storedOrder(shop, placed.order.id)).toMatchObject({
    status: 'EXPIRED',
    stockReturnDueAt: expect.any(Date),
  });
  expect(stockOf(shop, skuId)).toBe(8);

  // Meanwhile another customer buys some: the owed units come back on top of what is left now.
  const { placed: other } = await placedOrder('o-meanwhile', 5);
  expect(stockOf(shop, skuId)).toBe(3);
  expect(await sweep()).toMatchObject({ stockReturned: 1, failed: 0 });
  expect(stockOf(shop, skuId)).toBe(5);
  expect(await sweep()).toMatchObject({ stockReturned: 0 });
  expect(stockOf(shop, skuId)).toBe(5);
  dataOf(await customer(shop, 'o-meanwhile').cancel(other.order.id));
  expect(stockOf(shop, skuId)).toBe(10);
});

test('concurrent sweeps and a late cancel never give owed stock back twice', async () => {
  setStock(shop, skuId, 10);
  const { buyer, placed } = await placedOrder('o-crowded', 4);
  await payInSandbox(shop, placed.payment);
  const refunding = await withCommitsFailing(1, WireCode.REQUEST_FAILED, () => buyer.cancel(placed.order.id));
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
  await withCommitsFailing(1, WireCode.REQUEST_FAILED, () => buyer.cancel(placed.order.id));
  setStock(shop, skuId, null);

  expect(await sweep()).toMatchObject({ stockReturned: 1, failed: 0 });
  expect(stockOf(shop, skuId)).toBeNull();
  expect(storedOrder(shop, placed.order.id)).toMatchObject({ stockReturnedAt: expect.any(Date) });
  expect(await sweep()).toMatchObject({ examined: 0 });
});
