// 300 customers at once through the client gateway over real HTTP, two rounds: no error of any kind, stock exact.
import { CROWD_ITEM, runCrowd } from '../../scripts/bench/crowd';
import { setStock, stockOf } from '../support/ordering-calls';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

const CUSTOMERS = 300;
const ROUNDS = 2;

test('a lunch rush over HTTP: every customer opens the shop, adds, places and pays; nothing fails; stock is exact', async () => {
  const units = CUSTOMERS * ROUNDS;
  setStock(shop, CROWD_ITEM.skuId, units);
  const failedInvocations: string[] = [];
  shop.cloud.runner.onInvocation((record) => {
    if (!record.ok) failedInvocations.push(`${record.functionName}: ${record.outcome}`);
  });
  const logged = jest.spyOn(console, 'error');

  const report = await runCrowd(shop.cloud, {
    storeId: DEMO_STORE,
    ...CROWD_ITEM,
    customers: CUSTOMERS,
    rounds: ROUNDS,
  });

  expect(report.failures).toEqual([]);
  expect(failedInvocations).toEqual([]);
  expect(logged).not.toHaveBeenCalled();
  logged.mockRestore();
  expect(report.ordersPaid).toBe(units);
  expect(stockOf(shop, CROWD_ITEM.skuId)).toBe(0);
  const orders = shop.cloud.database.find('orders', { _id: { $in: report.orderIds } }, { limit: units });
  expect(orders).toHaveLength(units);
  expect(orders.every((order) => order.status === 'PAID')).toBe(true);
  const pickupNumbers = orders.map((order) => order.pickupNumber);
  expect(pickupNumbers.every((number) => typeof number === 'string' && number !== '')).toBe(true);
  expect(new Set(pickupNumbers).size).toBe(units);
}, 300_000);
