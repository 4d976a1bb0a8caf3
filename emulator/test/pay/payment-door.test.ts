import { PAYMENT_CONFIRM_ROUTE, PAYMENT_SHEET_ROUTE, type RequestPaymentParams } from '../../src/pay';
import { orderFields, type PayHarness, startPayHarness, SUB_MCH_ID } from './pay-harness';

// The customer's door: what wx.requestPayment takes goes in, the sandbox pays as the calling user.
let h: PayHarness;
beforeEach(async () => {
  h = await startPayHarness();
});
afterEach(() => h.close());

async function sheetFor(outTradeNo: string, openid = 'oBuyer1'): Promise<RequestPaymentParams> {
  const order = await h.checkout(orderFields(outTradeNo), openid);
  return order.payment as RequestPaymentParams;
}

async function post(route: string, body: unknown, openid: string | null = 'oBuyer1') {
  const response = await fetch(`${h.baseUrl}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid !== null && { 'x-wx-openid': openid }) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

test('the sheet shows the amount, goods and merchant; paying settles the trade and calls the function back', async () => {
  const params = await sheetFor('D1001');
  expect(await post(PAYMENT_SHEET_ROUTE, params)).toEqual({
    status: 200,
    body: {
      errMsg: 'requestPayment:ok',
      sheet: { totalFee: 1800, body: '点单-奶茶两杯', subMchId: SUB_MCH_ID },
    },
  });
  expect(h.sandbox.trade('D1001')?.state).toBe('NOTPAY');

  expect(await post(PAYMENT_CONFIRM_ROUTE, { ...params, action: 'success' })).toEqual({
    status: 200,
    body: { errMsg: 'requestPayment:ok' },
  });
  await h.scheduler.idle();
  expect(h.sandbox.trade('D1001')).toMatchObject({ state: 'SUCCESS', payerOpenid: 'oBuyer1' });
  expect(h.received.payNotify).toHaveLength(1);
  expect(h.received.payNotify[0]?.context.SOURCE).toBe('wx_paycallback');
  expect(h.received.payNotify[0]?.event).toMatchObject({ outTradeNo: 'D1001', totalFee: 1800 });

  // The same sheet cannot be paid twice.
  const again = await post(PAYMENT_CONFIRM_ROUTE, { ...params, action: 'success' });
  expect(again.body).toEqual({ errMsg: 'requestPayment:fail the trade is already paid' });
  await h.scheduler.idle();
  expect(h.received.payNotify).toHaveLength(1);
});

test('cancel and fail answer as requestPayment does and send no notice', async () => {
  const params = await sheetFor('D1002');
  expect((await post(PAYMENT_CONFIRM_ROUTE, { ...params, action: 'cancel' })).body).toEqual({
    errMsg: 'requestPayment:fail cancel',
  });
  expect(h.sandbox.trade('D1002')?.state).toBe('NOTPAY');
  expect((await post(PAYMENT_CONFIRM_ROUTE, { ...params, action: 'fail' })).body).toEqual({
    errMsg: 'requestPayment:fail payment failed',
  });
  expect(h.sandbox.trade('D1002')?.state).toBe('PAYERROR');
  await h.scheduler.idle();
  expect(h.received.payNotify).toEqual([]);
});

test('a forged signature, another user, a missing parameter or no caller cannot pay', async () => {
  const params = await sheetFor('D1003');
  const forged = await post(PAYMENT_CONFIRM_ROUTE, { ...params, paySign: 'F'.repeat(32), action: 'success' });
  expect(forged.body).toEqual({ errMsg: 'requestPayment:fail 支付验证签名失败' });
  const otherUser = await post(PAYMENT_CONFIRM_ROUTE, { ...params, action: 'success' }, 'oSomeoneElse');
  expect(otherUser.body).toEqual({ errMsg: 'requestPayment:fail 当前用户不是下单用户' });
  const { package: _omitted, ...withoutPackage } = params;
  expect((await post(PAYMENT_SHEET_ROUTE, withoutPackage)).body).toEqual({
    errMsg: 'requestPayment:fail parameter error: parameter.package should be String instead of Undefined;',
  });
  const anonymous = await post(PAYMENT_CONFIRM_ROUTE, { ...params, action: 'success' }, null);
  expect(anonymous.status).toBe(400);
  const badAction = await post(PAYMENT_CONFIRM_ROUTE, { ...params, action: 'steal' });
  expect(badAction.status).toBe(400);
  await h.scheduler.idle();
  expect(h.sandbox.trade('D1003')?.state).toBe('NOTPAY');
  expect(h.received.payNotify).toEqual([]);
});
