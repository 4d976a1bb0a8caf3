// The model's invariants catch what they promise to: each broken on purpose is named.
import { customer, payInSandbox } from '../support/ordering-calls';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { dataOf } from '../support/results';
import { invariantProblems } from './model-invariants';
import { type ModelRun, startModelRun } from './model-run';

let shop: TestCloud;
let run: ModelRun;
let orderId = '';
beforeAll(async () => {
  shop = await startTestCloud();
  run = startModelRun(shop, 0);
  const [first, second] = run.customers;
  for (const openid of [first, second]) {
    const buyer = customer(shop, openid ?? '');
    dataOf(await buyer.add(run.scarce[1]?.productId ?? ''));
    const placed = dataOf(await buyer.place());
    const outTradeNo = await payInSandbox(shop, placed.payment);
    run.orders.push({ orderId: placed.order.id, owner: openid ?? '', outTradeNos: [outTradeNo] });
  }
  orderId = run.orders[0]?.orderId ?? '';
});
afterAll(async () => {
  run.stopWatching();
  await shop.close();
});

test('two paid orders hold every invariant', () => {
  expect(invariantProblems(shop, run, false)).toEqual([]);
});

test('a unit appearing on the shelf breaks stock + held + sold', () => {
  const skuId = run.scarce[1]?.skuId ?? '';
  shop.cloud.database.update('skus', { _id: skuId }, { $inc: { stock: 1 } });
  expect(invariantProblems(shop, run, false)).toEqual([`${skuId}: 2 on the shelf + 2 in orders ≠ 3`]);
  shop.cloud.database.update('skus', { _id: skuId }, { $inc: { stock: -1 } });
});

test('a status change the table does not allow is named, and so is a shared pickup number', () => {
  const [other] = shop.cloud.database.find('orders', { _id: run.orders[1]?.orderId ?? '' });
  shop.cloud.database.update('orders', { _id: orderId }, { $set: { pickupNumber: other?.pickupNumber } });
  shop.cloud.database.update('orders', { _id: orderId }, { $set: { status: 'PENDING_PAYMENT' } });
  const problems = invariantProblems(shop, run, false);
  expect(problems).toContain(`${orderId}: PAID → PENDING_PAYMENT`);
  expect(problems).toContainEqual(expect.stringMatching(/share pickup number A\d{3}$/));
});

test('a pickup number taken in the day but never written on its order is a gap, once everything has run', () => {
  const paid = run.orders[1]?.orderId ?? '';
  const [stored] = shop.cloud.database.find('orders', { _id: paid });
  shop.cloud.database.update('orders', { _id: paid }, { $unset: { pickupNumber: '' } });
  expect(invariantProblems(shop, run, true)).toContain(
    `${paid}: took pickup number ${String(stored?.pickupNumber)} and never got it`,
  );
});
