import { DEFAULT_REFUND_SETTLE_MS, MAX_REFUNDS_PER_TRADE } from '../../src/pay';
import { orderFields, type PayHarness, startPayHarness, SUB_MCH_ID } from './pay-harness';

let h: PayHarness;
beforeEach(async () => {
  h = await startPayHarness();
});
afterEach(() => h.close());

/** Refund fields as product code writes them: snake_case (the platform documents them so). */
const refund = (outTradeNo: string, outRefundNo: string, refundFee: number, totalFee = 1800) =>
  h.cloudPay.refund({
    sub_mch_id: SUB_MCH_ID,
    nonce_str: 'r0',
    out_trade_no: outTradeNo,
    out_refund_no: outRefundNo,
    total_fee: totalFee,
    refund_fee: refundFee,
    functionName: 'refundNotify',
    envId: 'local-env',
  });
const queryRefund = (fields: Record<string, unknown>) =>
  h.cloudPay.queryRefund({ sub_mch_id: SUB_MCH_ID, nonce_str: 'qr', ...fields });

test('a refund is PROCESSING, settles on the clock, and calls the refund function back', async () => {
  const transactionId = await h.paidTrade('T3001');
  const requested = await refund('T3001', 'R3001-1', 800);
  expect(requested).toMatchObject({
    resultCode: 'SUCCESS',
    outRefundNo: 'R3001-1',
    refundFee: 800,
    totalFee: 1800,
    transactionId,
    refundId: expect.stringMatching(/^503\d{26}$/),
  });
  expect(await queryRefund({ out_trade_no: 'T3001' })).toMatchObject({
    refundCount: 1,
    outRefundNoList: ['R3001-1'],
    refundStatusList: ['PROCESSING'],
  });
  expect(h.received.refundNotify).toHaveLength(0);

  await h.clock.advance(DEFAULT_REFUND_SETTLE_MS);
  expect(await queryRefund({ out_refund_no: 'R3001-1' })).toMatchObject({
    refundStatusList: ['SUCCESS'],
    refundSuccessTimeList: ['2026-01-05 10:01:00'],
  });
  expect(h.received.refundNotify).toHaveLength(1);
  const [notice] = h.received.refundNotify;
  expect(notice?.context.SOURCE).toBe('wx_paycallback');
  expect(notice?.event).toMatchObject({
    returnCode: 'SUCCESS',
    subMchId: SUB_MCH_ID,
    reqInfo: {
      outTradeNo: 'T3001',
      outRefundNo: 'R3001-1',
      refundId: requested.refundId,
      transactionId,
      refundFee: 800,
      totalFee: 1800,
      refundStatus: 'SUCCESS',
      successTime: '2026-01-05 10:01:00',
    },
  });
  const order = await h.cloudPay.queryOrder({ subMchId: SUB_MCH_ID, outTradeNo: 'T3001', nonceStr: 'q' });
  expect(order.tradeState).toBe('REFUND');
});

test('the same out_refund_no again returns the same refund; changed amounts are refused', async () => {
  await h.paidTrade('T3002');
  const first = await refund('T3002', 'R3002-1', 500);
  const retry = await refund('T3002', 'R3002-1', 500);
  expect(retry.refundId).toBe(first.refundId);
  expect(h.sandbox.trade('T3002')?.refunds).toHaveLength(1);

  const changed = await refund('T3002', 'R3002-1', 600);
  expect(changed).toMatchObject({
    resultCode: 'FAIL',
    errCodeDes: '订单金额或退款金额与之前请求不一致，请核实后再试',
  });

  await h.clock.advance(DEFAULT_REFUND_SETTLE_MS);
  expect(h.received.refundNotify).toHaveLength(1);
});

test('refunds never add up to more than was paid', async () => {
  await h.paidTrade('T3003');
  expect((await refund('T3003', 'R3003-1', 1000)).resultCode).toBe('SUCCESS');
  expect(await refund('T3003', 'R3003-2', 801)).toMatchObject({
    resultCode: 'FAIL',
    errCodeDes: '累计退款金额超过订单金额',
  });
  expect((await refund('T3003', 'R3003-3', 800)).resultCode).toBe('SUCCESS');
  expect(await refund('T3003', 'R3003-4', 1)).toMatchObject({ resultCode: 'FAIL' });
});

test('a refund that closes frees its amount again', async () => {
  h.sandbox.control('T3004', { refundOutcome: 'REFUNDCLOSE' });
  await h.paidTrade('T3004');
  await refund('T3004', 'R3004-1', 1800);
  await h.clock.advance(DEFAULT_REFUND_SETTLE_MS);
  expect(h.received.refundNotify[0]?.event.reqInfo).toMatchObject({ refundStatus: 'REFUNDCLOSE' });
  h.sandbox.control('T3004', { refundOutcome: 'SUCCESS' });
  expect((await refund('T3004', 'R3004-2', 1800)).resultCode).toBe('SUCCESS');
});

test(`at most ${MAX_REFUNDS_PER_TRADE} partial refunds per trade`, async () => {
  await h.paidTrade('T3005');
  for (let i = 1; i <= MAX_REFUNDS_PER_TRADE; i++) {
    expect((await refund('T3005', `R3005-${i}`, 1)).resultCode).toBe('SUCCESS');
  }
  expect(await refund('T3005', 'R3005-51', 1)).toMatchObject({
    resultCode: 'FAIL',
    errCodeDes: '部分退款次数不能超过50次',
  });
});

test('unpaid trades, wrong order totals and unknown refunds are refused', async () => {
  await h.checkout(orderFields('T3006'));
  expect(await refund('T3006', 'R3006-1', 100)).toMatchObject({
    resultCode: 'FAIL',
    errCodeDes: '订单未支付，不能退款',
  });
  await h.paidTrade('T3007');
  expect(await refund('T3007', 'R3007-1', 100, 1700)).toMatchObject({ resultCode: 'FAIL' });
  expect(await refund('T-none', 'R-none', 100)).toMatchObject({
    resultCode: 'FAIL',
    errCodeDes: '订单不存在',
  });
  expect(await queryRefund({ out_refund_no: 'R-none' })).toMatchObject({
    resultCode: 'FAIL',
    errCodeDes: '退款订单查询失败',
  });
  expect(h.sandbox.apiCalls().at(-1)?.reply).toMatchObject({ err_code: 'REFUNDNOTEXIST' });
});
