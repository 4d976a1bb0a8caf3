import { orderFields, type PayHarness, startPayHarness, SUB_MCH_ID } from './pay-harness';

let h: PayHarness;
beforeAll(async () => {
  h = await startPayHarness({ subMchIds: [SUB_MCH_ID] });
});
afterAll(() => h.close());

let sequence = 0;
const newTradeNo = () => `T2026010500${String(++sequence).padStart(4, '0')}`;

test('a valid order answers the payment parameters wx.requestPayment takes', async () => {
  const outTradeNo = newTradeNo();
  const result = await h.checkout(orderFields(outTradeNo));
  expect(result).toMatchObject({
    returnCode: 'SUCCESS',
    resultCode: 'SUCCESS',
    subMchId: SUB_MCH_ID,
    tradeType: 'JSAPI',
    errCode: 0,
    errMsg: 'cloudPay.unifiedOrder:ok',
  });
  const payment = result.payment as Record<string, string>;
  expect(Object.keys(payment).sort()).toEqual([
    'appId',
    'nonceStr',
    'package',
    'paySign',
    'signType',
    'timeStamp',
  ]);
  expect(payment.package).toBe(`prepay_id=${String(result.prepayId)}`);
  expect(payment.timeStamp).toBe(String(Math.floor(h.clock.now() / 1000)));
  expect(payment.signType).toBe('MD5');
  expect(payment.paySign).toMatch(/^[0-9A-F]{32}$/);
  // The sandbox saw snake_case fields, as the SDK converts them.
  const call = h.sandbox.apiCalls().at(-1);
  expect(call?.fields).toMatchObject({ out_trade_no: outTradeNo, total_fee: 1800, sub_mch_id: SUB_MCH_ID });
  expect(h.sandbox.trade(outTradeNo)).toMatchObject({
    state: 'NOTPAY',
    payerOpenid: 'oBuyer1',
    totalFee: 1800,
  });
});

describe('refusals have the payment API shape; the SDK overwrites err_code with errCode 0', () => {
  test.each([
    [
      'out_trade_no over 32',
      { outTradeNo: 'T'.repeat(33) },
      { returnCode: 'FAIL', returnMsg: 'out_trade_no参数长度有误' },
    ],
    [
      'out_trade_no with #',
      { outTradeNo: 'ORDER#1' },
      { returnCode: 'FAIL', returnMsg: 'out_trade_no参数格式错误' },
    ],
    ['a zero amount', { totalFee: 0 }, { returnCode: 'FAIL', returnMsg: 'invalid total_fee' }],
    ['an amount in yuan', { totalFee: 18.5 }, { returnCode: 'FAIL', returnMsg: 'invalid total_fee' }],
    ['an amount as a string', { totalFee: '1800' }, { returnCode: 'FAIL', returnMsg: 'invalid total_fee' }],
    [
      'a body of 43 Chinese characters (129 bytes)',
      { body: '茶'.repeat(43) },
      { returnCode: 'FAIL', returnMsg: 'body参数长度有误' },
    ],
    [
      'nonce_str over 32',
      { nonceStr: 'n'.repeat(33) },
      { returnCode: 'FAIL', returnMsg: 'nonce_str参数长度有误' },
    ],
    [
      'a host name for the IP',
      { spbillCreateIp: 'localhost' },
      { returnCode: 'FAIL', returnMsg: 'invalid spbill_create_ip' },
    ],
    ['a non-JSAPI trade type', { tradeType: 'NATIVE' }, { returnCode: 'FAIL' }],
    ['an unbound merchant', { subMchId: '1900000999' }, { returnCode: 'FAIL', returnMsg: '受理关系不存在' }],
    [
      'no body',
      { body: undefined },
      { returnCode: 'SUCCESS', resultCode: 'FAIL', errCodeDes: '缺少参数body' },
    ],
    [
      'no callback function',
      { functionName: undefined },
      { resultCode: 'FAIL', errCodeDes: '缺少参数function_name' },
    ],
    ['no IP', { spbillCreateIp: undefined }, { resultCode: 'FAIL', errCodeDes: '缺少参数spbill_create_ip' }],
    [
      'another environment',
      { envId: 'prod-123' },
      { resultCode: 'FAIL', errCodeDes: 'env_id prod-123 不是当前云开发环境' },
    ],
  ])('%s', async (_, overrides, expected) => {
    const outTradeNo = newTradeNo();
    const result = await h.checkout(orderFields(outTradeNo, overrides));
    expect(result).toMatchObject({ ...expected, errCode: 0 });
    expect(result.prepayId).toBeUndefined();
    expect(h.sandbox.trade(outTradeNo)).toBeUndefined();
  });

  test('the sandbox still answered err_code on the wire', () => {
    const refused = h.sandbox.apiCalls().find((call) => call.reply.err_code === 'LACK_PARAMS');
    expect(refused?.reply).toMatchObject({
      return_code: 'SUCCESS',
      result_code: 'FAIL',
      err_code: 'LACK_PARAMS',
    });
  });
});

test('a body of 42 Chinese characters (126 bytes) fits', async () => {
  const result = await h.checkout(orderFields(newTradeNo(), { body: '茶'.repeat(42) }));
  expect(result.resultCode).toBe('SUCCESS');
});

test('JSAPI needs a payer: a call with no user and no sub_openid is refused', async () => {
  const result = await h.cloudPay.unifiedOrder(orderFields(newTradeNo()));
  expect(result).toMatchObject({ resultCode: 'FAIL', errCodeDes: 'JSAPI支付必须传openid' });
  const withPayer = await h.cloudPay.unifiedOrder(orderFields(newTradeNo(), { subOpenid: 'oBuyer9' }));
  expect(withPayer.resultCode).toBe('SUCCESS');
});

test('the same order again returns the same prepay; a new amount is refused', async () => {
  const outTradeNo = newTradeNo();
  const first = await h.checkout(orderFields(outTradeNo));
  const again = await h.checkout(orderFields(outTradeNo, { nonceStr: 'another' }));
  expect(again.prepayId).toBe(first.prepayId);

  const changed = await h.checkout(orderFields(outTradeNo, { totalFee: 1700 }));
  expect(changed).toMatchObject({ resultCode: 'FAIL', errCodeDes: '201 商户订单号重复' });
  expect(h.sandbox.trade(outTradeNo)?.totalFee).toBe(1800);
});

test('after two hours the same order gets a new prepay_id', async () => {
  const outTradeNo = newTradeNo();
  const first = await h.checkout(orderFields(outTradeNo));
  await h.clock.advance(2 * 60 * 60 * 1000);
  const later = await h.checkout(orderFields(outTradeNo));
  expect(later.resultCode).toBe('SUCCESS');
  expect(later.prepayId).not.toBe(first.prepayId);
});

test('an API the sandbox does not serve is an SDK error, not a silent success', async () => {
  await expect(h.cloudPay.downloadBill({ subMchId: SUB_MCH_ID, billDate: '20260104' })).rejects.toMatchObject(
    {
      errMsg: expect.stringContaining('cloudPay.downloadBill is not supported'),
    },
  );
});
