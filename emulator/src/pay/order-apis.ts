// unifiedOrder, queryOrder and closeOrder: creating a trade, reading its state, closing it.
import { formatChinaCompact } from '../timers/china-time';
import {
  FUNCTION_NAME,
  merchantFields,
  optionalChinaTime,
  optionalString,
  requiredFen,
  requiredIp,
  requiredString,
  TRADE_NUMBER,
} from './field-rules';
import { newPrepayId, providerOpenid, randomNonce, signFields } from './pay-ids';
import { type PayFields, type PayReply, PaymentRefusal } from './pay-wire';
import { checkMerchant, type PayContext, successReply, tradeState } from './trade-ledger';
import type { Trade, TradeState } from './trade-types';

/** A prepay_id is valid for two hours; after that the same order gets a new one. */
export const PREPAY_LIFETIME_MS = 2 * 60 * 60 * 1000;
/** closeOrder is refused until five minutes after the trade was created. */
export const CLOSE_ORDER_MIN_AGE_MS = 5 * 60 * 1000;

const TRADE_STATE_DESCRIPTIONS: Record<TradeState, string> = {
  SUCCESS: '支付成功',
  REFUND: '订单发生过退款',
  NOTPAY: '订单未支付',
  CLOSED: '订单已关闭',
  USERPAYING: '需要用户输入支付密码',
  PAYERROR: '支付失败，请重新下单支付',
};

/** Creates a trade, or returns the same prepay for a repeated identical request. */
export function unifiedOrder(context: PayContext, fields: PayFields, callerOpenid: string): PayReply {
  const { subMchId } = merchantFields(fields);
  checkMerchant(context, subMchId);
  const outTradeNo = requiredString(fields, 'out_trade_no', { maxBytes: 32, pattern: TRADE_NUMBER });
  const body = requiredString(fields, 'body', { maxBytes: 128 });
  const totalFee = requiredFen(fields, 'total_fee');
  const spbillCreateIp = requiredIp(fields, 'spbill_create_ip');
  const functionName = requiredString(fields, 'function_name', { maxBytes: 60, pattern: FUNCTION_NAME });
  const envId = requiredString(fields, 'env_id', { maxBytes: 64 });
  const tradeType = requiredString(fields, 'trade_type', { maxBytes: 16 });
  const attach = optionalString(fields, 'attach', { maxBytes: 127 });
  const feeType = optionalString(fields, 'fee_type', { maxBytes: 16 }) ?? 'CNY';
  const expiresAtMs = optionalChinaTime(fields, 'time_expire');
  if (tradeType !== 'JSAPI')
    throw PaymentRefusal.communication('trade_type参数格式错误，小程序支付请使用JSAPI');
  if (feeType !== 'CNY') throw PaymentRefusal.communication('fee_type参数格式错误');
  if (envId !== context.envId) {
    throw PaymentRefusal.business('INVALID_REQUEST', `env_id ${envId} 不是当前云开发环境`);
  }
  // JSAPI needs the payer: the cloud fills sub_openid from the calling user unless it is given.
  const payerOpenid =
    optionalString(fields, 'sub_openid', { maxBytes: 128 }) ??
    optionalString(fields, 'openid', { maxBytes: 128 }) ??
    callerOpenid;
  if (!payerOpenid) throw PaymentRefusal.business('LACK_PARAMS', 'JSAPI支付必须传openid');

  const now = context.clock.now();
  const existing = context.ledger.get(outTradeNo);
  if (existing) {
    if (existing.state === 'SUCCESS') throw PaymentRefusal.business('ORDERPAID', '该订单已支付');
    if (existing.state === 'CLOSED') throw PaymentRefusal.business('ORDERCLOSED', '该订单已关闭');
    const isSameOrder =
      existing.totalFee === totalFee &&
      existing.body === body &&
      existing.subMchId === subMchId &&
      existing.payerOpenid === payerOpenid;
    if (!isSameOrder) throw PaymentRefusal.business('INVALID_REQUEST', '201 商户订单号重复');
    if (now - existing.prepayIssuedAtMs >= PREPAY_LIFETIME_MS) {
      existing.prepayId = newPrepayId(now);
      existing.prepayIssuedAtMs = now;
    }
    return prepayReply(context, existing);
  }
  const trade: Trade = {
    outTradeNo,
    subMchId,
    body,
    ...(attach !== undefined && { attach }),
    totalFee,
    feeType,
    functionName,
    envId,
    spbillCreateIp,
    tradeType: 'JSAPI',
    payerOpenid,
    createdAtMs: now,
    ...(expiresAtMs !== undefined && { expiresAtMs }),
    prepayId: newPrepayId(now),
    prepayIssuedAtMs: now,
    state: 'NOTPAY',
    refunds: [],
  };
  context.ledger.add(trade);
  return prepayReply(context, trade);
}

/** The reply with `payment`, the parameters `wx.requestPayment` takes as they are. */
function prepayReply(context: PayContext, trade: Trade): PayReply {
  const unsigned = {
    appId: context.appid,
    timeStamp: String(Math.floor(context.clock.now() / 1000)),
    nonceStr: randomNonce(),
    package: `prepay_id=${trade.prepayId}`,
    signType: 'MD5',
  };
  return successReply(context, trade.subMchId, {
    trade_type: trade.tradeType,
    prepay_id: trade.prepayId,
    payment: { ...unsigned, paySign: signFields(unsigned) },
  });
}

/** The trade's state and, once paid, its payment details. */
export function queryOrder(context: PayContext, fields: PayFields): PayReply {
  const { subMchId } = merchantFields(fields);
  const trade = context.ledger.find(fields, subMchId);
  const state = tradeState(trade);
  const isPaid = state === 'SUCCESS' || state === 'REFUND';
  return successReply(context, subMchId, {
    out_trade_no: trade.outTradeNo,
    trade_state: state,
    trade_state_desc: TRADE_STATE_DESCRIPTIONS[state],
    trade_type: trade.tradeType,
    total_fee: trade.totalFee,
    fee_type: trade.feeType,
    ...(trade.attach !== undefined && { attach: trade.attach }),
    ...(isPaid && {
      transaction_id: trade.transactionId,
      time_end: formatChinaCompact(trade.paidAtMs ?? 0),
      bank_type: 'OTHERS',
      cash_fee: trade.totalFee,
      cash_fee_type: 'CNY',
      openid: providerOpenid(trade.payerOpenid),
      is_subscribe: 'N',
      sub_openid: trade.payerOpenid,
      sub_is_subscribe: 'N',
    }),
  });
}

/** Closes an unpaid trade; refused while it is younger than five minutes, and for a paid trade. */
export function closeOrder(context: PayContext, fields: PayFields): PayReply {
  const { subMchId } = merchantFields(fields);
  requiredString(fields, 'out_trade_no', { maxBytes: 32, pattern: TRADE_NUMBER });
  const trade = context.ledger.find(fields, subMchId);
  const now = context.clock.now();
  if (trade.state === 'SUCCESS') throw PaymentRefusal.business('ORDERPAID', '订单已支付，不能发起关单');
  if (trade.state === 'CLOSED') throw PaymentRefusal.business('ORDERCLOSED', '订单已关闭，无需继续关单');
  if (now - trade.createdAtMs < CLOSE_ORDER_MIN_AGE_MS) {
    // The platform documents the five-minute rule but not its error code; the sandbox answers INVALID_REQUEST.
    throw PaymentRefusal.business('INVALID_REQUEST', '订单生成后需间隔5分钟才能关单');
  }
  trade.state = 'CLOSED';
  trade.closedAtMs = now;
  return successReply(context, subMchId, {});
}
