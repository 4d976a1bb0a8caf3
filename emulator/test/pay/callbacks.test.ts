import { MAX_NOTIFY_ATTEMPTS, notifyRetryDelayMs } from '../../src/pay';
import { MINUTE, orderFields, type PayHarness, startPayHarness, SUB_MCH_ID } from './pay-harness';

let h: PayHarness;
beforeEach(async () => {
  h = await startPayHarness();
});
afterEach(() => h.close());

const compressedRetry = (attempt: number) => notifyRetryDelayMs(attempt, 60) ?? 0;

test('a successful payment calls the function back once, as wx_paycallback, with the notice fields', async () => {
  const order = await h.checkout(orderFields('T1001', { attach: 'store=7' }), 'oBuyer1');
  const paid = await h.sandbox.pay('T1001');
  expect(paid).toMatchObject({ outcome: 'paid', transactionId: expect.stringMatching(/^4200\d{24}$/) });
  await h.scheduler.idle();

  expect(h.received.payNotify).toHaveLength(1);
  const [notice] = h.received.payNotify;
  expect(notice?.context.SOURCE).toBe('wx_paycallback');
  expect(notice?.context.OPENID).toBeUndefined();
  expect(notice?.event).toMatchObject({
    returnCode: 'SUCCESS',
    resultCode: 'SUCCESS',
    outTradeNo: 'T1001',
    transactionId: paid.transactionId,
    totalFee: 1800,
    cashFee: 1800,
    feeType: 'CNY',
    subMchId: SUB_MCH_ID,
    subAppid: order.subAppid,
    tradeType: 'JSAPI',
    bankType: 'OTHERS',
    isSubscribe: 'N',
    subOpenid: 'oBuyer1',
    attach: 'store=7',
    // The clock reads 02:00 UTC: 10:00 in UTC+8.
    timeEnd: '20260105100000',
    userInfo: { openId: 'oBuyer1', appId: order.subAppid },
  });
  expect(h.sandbox.deliveries()).toEqual([
    expect.objectContaining({
      kind: 'payment',
      outTradeNo: 'T1001',
      attempt: 1,
      copy: 0,
      result: 'acknowledged',
    }),
  ]);
  const query = await h.cloudPay.queryOrder({ subMchId: SUB_MCH_ID, outTradeNo: 'T1001', nonceStr: 'q1' });
  expect(query).toMatchObject({
    tradeState: 'SUCCESS',
    transactionId: paid.transactionId,
    timeEnd: '20260105100000',
  });
});

test('an unacknowledged notice is re-delivered on the compressed schedule until errcode 0', async () => {
  h.answers.reply = (_, index) =>
    index < 3 ? { errcode: -1, errmsg: 'busy' } : { errcode: 0, errmsg: 'OK' };
  await h.checkout(orderFields('T1002'));
  await h.sandbox.pay('T1002');
  await h.scheduler.idle();
  expect(h.received.payNotify).toHaveLength(1);

  // 15 s, 15 s, 30 s on the platform: 250 ms, 250 ms, 500 ms here.
  await h.clock.advance(compressedRetry(1) - 1);
  expect(h.received.payNotify).toHaveLength(1);
  await h.clock.advance(1);
  expect(h.received.payNotify).toHaveLength(2);
  await h.clock.advance(compressedRetry(2));
  await h.clock.advance(compressedRetry(3));
  expect(h.received.payNotify).toHaveLength(4);

  await h.clock.advance(60 * MINUTE);
  expect(h.received.payNotify).toHaveLength(4);
  expect(h.sandbox.deliveries().map((d) => [d.attempt, d.result])).toEqual([
    [1, 'rejected'],
    [2, 'rejected'],
    [3, 'rejected'],
    [4, 'acknowledged'],
  ]);
  expect(h.sandbox.deliveries()[0]?.response).toEqual({ errcode: -1, errmsg: 'busy' });
});

test('a function that throws is retried too, and delivery stops at the platform limit', async () => {
  h.answers.reply = () => new Error('database down');
  await h.checkout(orderFields('T1003'));
  await h.sandbox.pay('T1003');
  // The whole schedule is 24h4m on the platform: about 24 minutes here.
  await h.clock.advance(30 * MINUTE);
  await h.clock.advance(24 * 60 * MINUTE);
  const deliveries = h.sandbox.deliveries();
  expect(deliveries).toHaveLength(MAX_NOTIFY_ATTEMPTS);
  expect(MAX_NOTIFY_ATTEMPTS).toBe(16);
  expect(deliveries.every((d) => d.result === 'failed')).toBe(true);
  expect(deliveries[0]?.error).toContain('database down');
});

test('cancel, fail and paying call nothing back; queryOrder reflects them', async () => {
  const query = (outTradeNo: string) =>
    h.cloudPay.queryOrder({ subMchId: SUB_MCH_ID, outTradeNo, nonceStr: 'q2' }).then((r) => r.tradeState);
  for (const no of ['T1004', 'T1005', 'T1006']) await h.checkout(orderFields(no));

  expect(await h.sandbox.pay('T1004', 'cancel')).toEqual({ outcome: 'cancelled' });
  expect(await h.sandbox.pay('T1005', 'fail')).toEqual({ outcome: 'failed' });
  expect(await h.sandbox.pay('T1006', 'paying')).toEqual({ outcome: 'paying' });
  await h.clock.advance(60 * MINUTE);
  expect(h.received.payNotify).toHaveLength(0);
  expect([await query('T1004'), await query('T1005'), await query('T1006')]).toEqual([
    'NOTPAY',
    'PAYERROR',
    'USERPAYING',
  ]);

  // The customer tries again after a failure, and pays; paying twice is refused.
  expect((await h.sandbox.pay('T1005')).outcome).toBe('paid');
  expect(await h.sandbox.pay('T1005')).toEqual({ outcome: 'refused', reason: 'the trade is already paid' });
  await h.scheduler.idle();
  expect(h.received.payNotify.map((n) => n.event.outTradeNo)).toEqual(['T1005']);
});

test('duplicate delivery sends N concurrent copies of the same notice', async () => {
  h.sandbox.control('T1007', { duplicateDeliveries: 3 });
  await h.checkout(orderFields('T1007'));
  const paid = await h.sandbox.pay('T1007');
  await h.scheduler.idle();
  expect(h.received.payNotify.map((n) => n.event.transactionId)).toEqual([
    paid.transactionId,
    paid.transactionId,
    paid.transactionId,
  ]);
  expect(h.sandbox.deliveries().map((d) => [d.attempt, d.copy])).toEqual([
    [1, 0],
    [1, 1],
    [1, 2],
  ]);
});

test('out of order: an older payment notice arrives after a newer one', async () => {
  h.sandbox.control('T1008-A', { outOfOrder: true });
  await h.checkout(orderFields('T1008-A'));
  await h.checkout(orderFields('T1008-B'));
  await h.sandbox.pay('T1008-A');
  await h.scheduler.idle();
  expect(h.received.payNotify).toHaveLength(0);
  expect(h.sandbox.heldNotices().map((n) => n.outTradeNo)).toEqual(['T1008-A']);

  await h.sandbox.pay('T1008-B');
  await h.scheduler.idle();
  expect(h.received.payNotify.map((n) => n.event.outTradeNo)).toEqual(['T1008-B', 'T1008-A']);
});

test('out of order: the refund notice arrives before the payment notice', async () => {
  h.sandbox.control('T1009', { outOfOrder: true });
  await h.checkout(orderFields('T1009'));
  await h.sandbox.pay('T1009');
  const refund = await h.cloudPay.refund({
    sub_mch_id: SUB_MCH_ID,
    nonce_str: 'r1',
    out_trade_no: 'T1009',
    out_refund_no: 'R1009',
    total_fee: 1800,
    refund_fee: 1800,
    functionName: 'refundNotify',
    envId: 'local-env',
  });
  expect(refund.resultCode).toBe('SUCCESS');
  await h.clock.advance(MINUTE);
  const order = h.sandbox.deliveries().map((d) => `${d.kind}:${d.functionName}`);
  expect(order).toEqual(['refund:refundNotify', 'payment:payNotify']);
});

test('flushHeld() releases held notices on demand', async () => {
  h.sandbox.control('T1010', { outOfOrder: true });
  await h.checkout(orderFields('T1010'));
  await h.sandbox.pay('T1010');
  expect(h.sandbox.flushHeld()).toBe(1);
  await h.scheduler.idle();
  expect(h.received.payNotify.map((n) => n.event.outTradeNo)).toEqual(['T1010']);
});
