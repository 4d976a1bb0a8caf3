// Shipping information on fulfilment, through the local cloud's open API: a completed order of a store that
// requires it is filed once (用户自提 for pickup), a refused upload is recorded and filed by the sweeper after
// its backoff until accepted, an accepted one is never filed again, and a store that does not require it files
// nothing. (`fulfil` stands for staff.complete: READY → COMPLETED, then reportShippingOnFulfil.)
import { storedOrder } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { schemaProblems } from '../support/schema-check';
import { DEMO_STORE, type TestCloud } from '../support/test-cloud';
import { fulfilOrder, startProbeCloud } from './probe-functions';
import { addStaff, paidOrder, STAFF, staffCall } from './staff-fixtures';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startProbeCloud();
  addStaff(shop);
});
afterAll(() => shop.close());

const sweep = () => shop.cloud.runner.invoke('sweeper', {}, { source: 'wx_trigger', openid: '' });
const paymentOf = (orderId: string) =>
  storedOrder(shop, orderId).payment as { paidOutTradeNo: string; transactionId: string };
const uploadsOf = (orderId: string) => shop.cloud.openapi.shipping.uploads(paymentOf(orderId).paidOutTradeNo);

/** A paid pickup order, accepted and marked ready by the clerk; its id. */
async function readyOrder(openid: string): Promise<string> {
  const orderId = await paidOrder(shop, openid);
  dataOf(await staffCall(shop, STAFF.clerk, 'accept', orderId));
  dataOf(await staffCall(shop, STAFF.clerk, 'markReady', orderId));
  return orderId;
}

/** Moves the clock (the sweeper's timer runs on it), waits for what it started, then sweeps once more. */
async function passMinutes(minutes: number): Promise<void> {
  await shop.clock.advance(minutes * 60_000);
  await shop.cloud.scheduler.idle();
  await sweep(); // whatever fell due after the timer's last run
}

test('a completed pickup order is filed once: 用户自提, its trade, its payer, its items', async () => {
  const orderId = await readyOrder('o-ship-first');
  expect(await fulfilOrder(shop, orderId)).toMatchObject({
    status: 'accepted',
    attempts: 1,
    logisticsType: 4,
  });
  const order = storedOrder(shop, orderId);
  expect(order).toMatchObject({ status: 'COMPLETED', shipping: { status: 'accepted', attempts: 1 } });
  expect(order.shippingRetryDueAt).toBeUndefined();
  expect(schemaProblems('orders', order)).toEqual([]);
  const [upload, ...more] = uploadsOf(orderId);
  expect(more).toEqual([]);
  expect(upload).toMatchObject({
    orderKey: { orderNumberType: 2, transactionId: paymentOf(orderId).transactionId },
    logisticsType: 4,
    deliveryMode: 1,
    payerOpenid: 'o-ship-first',
    sentBy: 'staff',
  });
  expect(upload?.shippingList[0]?.itemDesc).toMatch(/×1$/);
});

test('refused twice: failed with the errcode, then filed by the sweeper after each backoff, once', async () => {
  const orderId = await readyOrder('o-ship-retry');
  shop.cloud.openapi.shipping.failNext(2);
  expect(await fulfilOrder(shop, orderId)).toMatchObject({ status: 'failed', attempts: 1 });
  const failed = storedOrder(shop, orderId);
  expect(failed.status).toBe('COMPLETED');
  expect(failed.shipping).toMatchObject({ status: 'failed', lastError: expect.stringMatching(/^-1 /) });
  expect(failed.shippingRetryDueAt).toEqual(expect.any(Date));
  expect(schemaProblems('orders', failed)).toEqual([]);

  // Not due before its backoff: a sweep now files nothing.
  expect(await sweep()).not.toHaveProperty('shippingFiled');
  expect(storedOrder(shop, orderId).shipping).toMatchObject({ attempts: 1 });

  await passMinutes(5); // the second attempt, refused
  expect(storedOrder(shop, orderId).shipping).toMatchObject({ status: 'failed', attempts: 2 });
  await passMinutes(10); // after the doubled backoff, the third attempt: accepted
  expect(storedOrder(shop, orderId).shipping).toMatchObject({ status: 'accepted', attempts: 3 });
  expect(storedOrder(shop, orderId).shippingRetryDueAt).toBeUndefined();
  expect(uploadsOf(orderId)).toHaveLength(1);
});

test('once accepted, never filed again: neither by a repeated completion nor by later sweeps', async () => {
  const orderId = await readyOrder('o-ship-once');
  await fulfilOrder(shop, orderId);
  expect(await fulfilOrder(shop, orderId)).toMatchObject({ status: 'accepted', attempts: 1 });
  await passMinutes(60);
  expect(await sweep()).not.toHaveProperty('shippingFiled');
  expect(uploadsOf(orderId)).toHaveLength(1);
  expect(storedOrder(shop, orderId).shipping).toMatchObject({ status: 'accepted', attempts: 1 });
});

test('a store whose payment does not require it: completed, nothing filed, nothing recorded', async () => {
  shop.cloud.database.update(
    'stores',
    { _id: DEMO_STORE },
    { $set: { 'payment.shippingInfoRequired': false } },
  );
  try {
    const orderId = await readyOrder('o-ship-not-required');
    expect(await fulfilOrder(shop, orderId)).toBeNull();
    const order = storedOrder(shop, orderId);
    expect(order.status).toBe('COMPLETED');
    expect(order.shipping).toBeUndefined();
    expect(order.shippingRetryDueAt).toBeUndefined();
    expect(uploadsOf(orderId)).toEqual([]);
  } finally {
    shop.cloud.database.update(
      'stores',
      { _id: DEMO_STORE },
      { $set: { 'payment.shippingInfoRequired': true } },
    );
  }
});
