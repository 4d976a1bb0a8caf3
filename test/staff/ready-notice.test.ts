import { createWxCloud } from '../../emulator/src/client/wx-cloud';
import { appConfig } from '../../miniprogram/config';
import { subscriptionId } from '../../server/repositories/subscription-repository';
import { until } from '../support/customer-phone';
import { storedOrder } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { addStaff, auditOf, paidOrder, STAFF, staffCall } from './staff-fixtures';

const ORDER_READY = appConfig.subscribeTemplates.orderReady;

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
  addStaff(shop);
});
afterAll(() => shop.close());

/** The customer accepts the prompt (the platform's credit) and the mini program records it (ours). */
async function consents(openid: string): Promise<void> {
  shop.cloud.openapi.grantConsent(openid, [ORDER_READY]);
  dataOf(await shop.call('account', 'recordConsent', { decisions: { [ORDER_READY]: 'accept' } }, openid));
}

async function acceptedOrder(openid: string): Promise<string> {
  const orderId = await paidOrder(shop, openid);
  dataOf(await staffCall(shop, STAFF.clerk, 'accept', orderId));
  return orderId;
}

const sentTo = (openid: string) => shop.cloud.openapi.outbox().filter((message) => message.touser === openid);
const recordedCredits = (openid: string) =>
  shop.cloud.database.find('subscriptions', { _id: subscriptionId(openid, ORDER_READY) })[0]?.credits;
const noticeOutcome = (orderId: string) =>
  auditOf(shop, orderId).find((entry) => entry.action === 'notice.orderReady')?.after;

test('READY sends the customer exactly one "order ready" message, spending one credit, however often marked', async () => {
  const openid = 'o-buyer-told';
  await consents(openid);
  const orderId = await acceptedOrder(openid);
  const results = await Promise.all([
    staffCall(shop, STAFF.kitchen, 'markReady', orderId),
    staffCall(shop, STAFF.clerk, 'markReady', orderId),
  ]);
  for (const result of results) expect(dataOf(result).status).toBe('READY');
  dataOf(await staffCall(shop, STAFF.kitchen, 'markReady', orderId));

  const order = storedOrder(shop, orderId);
  expect(sentTo(openid)).toEqual([
    expect.objectContaining({
      templateId: ORDER_READY,
      page: `pages/order/index?id=${orderId}`,
      sentBy: 'staff',
      data: {
        character_string1: { value: order.pickupNumber },
        thing2: { value: [...String(order.storeName)].slice(0, 20).join('') },
        time3: { value: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/) },
      },
    }),
  ]);
  expect(recordedCredits(openid)).toBe(0);
  expect(shop.cloud.openapi.consentCredits(openid, ORDER_READY)).toBe(0);
  expect(noticeOutcome(orderId)).toEqual({ templateId: ORDER_READY, outcome: 'sent' });
});

test('each accepted prompt pays for one message: two credits, two orders, two messages', async () => {
  const openid = 'o-buyer-regular';
  await consents(openid);
  await consents(openid);
  for (const orderId of [await acceptedOrder(openid), await acceptedOrder(openid)]) {
    dataOf(await staffCall(shop, STAFF.kitchen, 'markReady', orderId));
  }
  expect(sentTo(openid)).toHaveLength(2);
  expect(recordedCredits(openid)).toBe(0);
});

test('without recorded consent nothing is sent, and the order is READY all the same', async () => {
  const silent = 'o-buyer-silent';
  const orderId = await acceptedOrder(silent);
  expect(dataOf(await staffCall(shop, STAFF.kitchen, 'markReady', orderId)).status).toBe('READY');
  expect(sentTo(silent)).toEqual([]);
  expect(noticeOutcome(orderId)).toEqual({ templateId: ORDER_READY, outcome: 'no_consent' });

  // The platform's credit alone (the answer never recorded) is not spent either.
  const unrecorded = 'o-buyer-unrecorded';
  shop.cloud.openapi.grantConsent(unrecorded, [ORDER_READY]);
  dataOf(await staffCall(shop, STAFF.kitchen, 'markReady', await acceptedOrder(unrecorded)));
  expect(sentTo(unrecorded)).toEqual([]);
  expect(shop.cloud.openapi.consentCredits(unrecorded, ORDER_READY)).toBe(1);
});

test('a send the platform refuses leaves the order READY and the staff member answered', async () => {
  const openid = 'o-buyer-refused';
  // Recorded, but the platform holds no consent (errcode 43101): the credit was not real and stays spent.
  dataOf(await shop.call('account', 'recordConsent', { decisions: { [ORDER_READY]: 'accept' } }, openid));
  const orderId = await acceptedOrder(openid);
  expect(dataOf(await staffCall(shop, STAFF.kitchen, 'markReady', orderId)).status).toBe('READY');
  expect(storedOrder(shop, orderId).status).toBe('READY');
  expect(sentTo(openid)).toEqual([]);
  expect(noticeOutcome(orderId)).toEqual({ templateId: ORDER_READY, outcome: 'failed', errCode: 43101 });
  expect(recordedCredits(openid)).toBe(0);
});

test("the customer's watch() on the order sees it become READY", async () => {
  const openid = 'o-buyer-watching';
  const orderId = await acceptedOrder(openid);
  const phone = createWxCloud({ baseUrl: shop.cloud.baseUrl, openid });
  phone.init();
  const seen: string[] = [];
  const listener = phone
    .database()
    .collection('orders')
    .where({ _id: orderId, _openid: '{openid}' })
    .watch({
      onChange: (snapshot) => seen.push(String(snapshot.docs[0]?.status)),
      onError: (error) => seen.push(`error: ${error.message}`),
    });
  await until(() => seen.length > 0);
  expect(seen).toEqual(['ACCEPTED']);
  dataOf(await staffCall(shop, STAFF.kitchen, 'markReady', orderId));
  await until(() => seen.includes('READY'));
  await listener.close();
  expect(seen.filter((status) => status.startsWith('error'))).toEqual([]);
});

test.each([
  [3, 1],
  [4, 1],
  [5, 0],
  [6, 1],
])(
  'a markReady stopped after %i database operations: READY, %i message and never more',
  async (operations, messages) => {
    const openid = `o-buyer-interrupted-${operations}`;
    await consents(openid);
    const orderId = await acceptedOrder(openid);
    shop.cloud.faults.crashAfter({ functionName: 'staff', operations });
    expect(await staffCall(shop, STAFF.kitchen, 'markReady', orderId).catch(() => 'crashed')).toBe('crashed');
    shop.cloud.faults.clear();
    expect(storedOrder(shop, orderId).status).toBe('READY');
    dataOf(await staffCall(shop, STAFF.kitchen, 'markReady', orderId));
    dataOf(await staffCall(shop, STAFF.kitchen, 'markReady', orderId));
    // Stopped before the claim (3: READY stored, 4: its audit entry) the repeat sends it; stopped after the claim
    // and before the credit was spent (5) it is lost, at most once; after the spend (6) it went before the stop.
    expect(sentTo(openid)).toHaveLength(messages);
    expect(storedOrder(shop, orderId).readyNoticeDueAt).toBeUndefined();
  },
);

test('database operations: recordConsent 2 (3 the first time), accept 4 + its kitchen ticket 3, markReady with its message 7', async () => {
  const openid = 'o-buyer-counted';
  const operations = async (run: () => Promise<unknown>) => {
    shop.cloud.database.resetStats();
    await run();
    return shop.cloud.database.stats().total;
  };
  const record = () =>
    shop.call('account', 'recordConsent', { decisions: { [ORDER_READY]: 'accept' } }, openid);
  shop.cloud.openapi.grantConsent(openid, [ORDER_READY]);
  expect(await operations(record)).toBe(3);
  expect(await operations(record)).toBe(2);
  const orderId = await paidOrder(shop, openid);
  // The ticket: the store's printer config read, the print marked pending, then printed.
  expect(await operations(() => staffCall(shop, STAFF.clerk, 'accept', orderId))).toBe(7);
  expect(await operations(() => staffCall(shop, STAFF.kitchen, 'markReady', orderId))).toBe(7);
  expect(await operations(() => staffCall(shop, STAFF.kitchen, 'markReady', orderId))).toBe(2);
  expect(sentTo(openid)).toHaveLength(1);
});
