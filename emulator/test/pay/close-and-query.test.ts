import { formatChinaCompact } from '../../src/timers/china-time';
import { MINUTE, orderFields, type PayHarness, startPayHarness, SUB_MCH_ID } from './pay-harness';

let h: PayHarness;
beforeEach(async () => {
  h = await startPayHarness();
});
afterEach(() => h.close());

const closeOrder = (outTradeNo: string) =>
  h.cloudPay.closeOrder({ sub_mch_id: SUB_MCH_ID, out_trade_no: outTradeNo, nonce_str: 'c1' });
const queryOrder = (fields: Record<string, unknown>) =>
  h.cloudPay.queryOrder({ subMchId: SUB_MCH_ID, nonceStr: 'q1', ...fields });

test('closeOrder is refused within five minutes of creation, then closes the trade', async () => {
  await h.checkout(orderFields('T2001'));
  await h.clock.advance(5 * MINUTE - 1000);
  expect(await closeOrder('T2001')).toMatchObject({
    resultCode: 'FAIL',
    errCodeDes: '订单生成后需间隔5分钟才能关单',
  });
  await h.clock.advance(1000);
  expect(await closeOrder('T2001')).toMatchObject({ returnCode: 'SUCCESS', resultCode: 'SUCCESS' });
  expect(await queryOrder({ outTradeNo: 'T2001' })).toMatchObject({ tradeState: 'CLOSED' });
  expect(await closeOrder('T2001')).toMatchObject({
    resultCode: 'FAIL',
    errCodeDes: '订单已关闭，无需继续关单',
  });

  const reopened = await h.checkout(orderFields('T2001'));
  expect(reopened).toMatchObject({ resultCode: 'FAIL', errCodeDes: '该订单已关闭' });
  expect(await h.sandbox.pay('T2001')).toEqual({ outcome: 'refused', reason: 'the trade is closed' });
  await h.scheduler.idle();
  expect(h.received.payNotify).toHaveLength(0);
});

test('closeOrder on a paid trade answers ORDERPAID, and unifiedOrder too', async () => {
  await h.paidTrade('T2002');
  await h.clock.advance(10 * MINUTE);
  expect(await closeOrder('T2002')).toMatchObject({
    resultCode: 'FAIL',
    errCodeDes: '订单已支付，不能发起关单',
  });
  expect(h.sandbox.apiCalls().at(-1)?.reply).toMatchObject({ err_code: 'ORDERPAID' });
  expect(await h.checkout(orderFields('T2002'))).toMatchObject({
    resultCode: 'FAIL',
    errCodeDes: '该订单已支付',
  });
});

test('paid after close: refused unless the control says the customer paid anyway', async () => {
  h.sandbox.control('T2003', { payAfterClose: true });
  await h.checkout(orderFields('T2003'));
  await h.clock.advance(6 * MINUTE);
  await closeOrder('T2003');
  const paid = await h.sandbox.pay('T2003');
  expect(paid.outcome).toBe('paid');
  await h.scheduler.idle();
  expect(h.received.payNotify.map((n) => n.event.outTradeNo)).toEqual(['T2003']);
  expect(await queryOrder({ outTradeNo: 'T2003' })).toMatchObject({
    tradeState: 'SUCCESS',
    transactionId: paid.transactionId,
  });
});

test('queryOrder by transaction_id, unknown trades, and another merchant', async () => {
  const transactionId = await h.paidTrade('T2004');
  expect(await queryOrder({ transactionId })).toMatchObject({ outTradeNo: 'T2004', tradeState: 'SUCCESS' });
  expect(await queryOrder({ outTradeNo: 'T-none' })).toMatchObject({
    resultCode: 'FAIL',
    errCodeDes: '订单不存在',
  });
  expect(await queryOrder({ outTradeNo: 'T2004', subMchId: '1900000999' })).toMatchObject({
    resultCode: 'FAIL',
  });
  expect(await queryOrder({ outTradeNo: 'T2004', nonceStr: undefined })).toMatchObject({
    resultCode: 'FAIL',
    errCodeDes: '缺少参数nonce_str',
  });
});

test('an unpaid trade reads NOTPAY with no payment details', async () => {
  await h.checkout(orderFields('T2005'));
  const query = await queryOrder({ outTradeNo: 'T2005' });
  expect(query).toMatchObject({ tradeState: 'NOTPAY', totalFee: 1800 });
  expect(query.transactionId).toBeUndefined();
});

test('after time_expire the customer can no longer pay', async () => {
  const expireAt = formatChinaCompact(h.clock.now() + 15 * MINUTE);
  await h.checkout(orderFields('T2006', { timeExpire: expireAt }));
  await h.clock.advance(15 * MINUTE + 1000);
  expect(await h.sandbox.pay('T2006')).toEqual({
    outcome: 'refused',
    reason: 'the trade expired (time_expire)',
  });
  expect(await h.checkout(orderFields('T2007', { timeExpire: '2026-01-05' }))).toMatchObject({
    returnCode: 'FAIL',
    returnMsg: 'time_expire参数格式错误',
  });
});
