// refund and queryRefund. A refund is PROCESSING when the call returns and settles later on the clock;
// its result reaches the function named in the request. Where the platform documents a rule but not
// its error code (over-refund, too many refunds, unpaid trade) the sandbox answers `ERROR`, the payment
// API's "business error, see err_code_des".
import { formatChinaDateTime } from '../timers/china-time';
import {
  FUNCTION_NAME,
  merchantFields,
  optionalString,
  REFUND_NUMBER,
  requiredFen,
  requiredString,
} from './field-rules';
import { newRefundId } from './pay-ids';
import { type PayFields, type PayReply, PaymentRefusal } from './pay-wire';
import { type PayContext, refundedFee, successReply } from './trade-ledger';
import type { RefundRecord, Trade } from './trade-types';

/** At most 50 partial refunds per paid trade. */
export const MAX_REFUNDS_PER_TRADE = 50;

const AMOUNTS_DIFFER = '订单金额或退款金额与之前请求不一致，请核实后再试';

/** Requests a refund; the same out_refund_no with the same amounts returns the same refund. */
export function refund(context: PayContext, fields: PayFields): PayReply {
  const { subMchId } = merchantFields(fields);
  const outRefundNo = requiredString(fields, 'out_refund_no', { maxBytes: 64, pattern: REFUND_NUMBER });
  const totalFee = requiredFen(fields, 'total_fee');
  const refundFee = requiredFen(fields, 'refund_fee');
  const functionName = requiredString(fields, 'function_name', { maxBytes: 60, pattern: FUNCTION_NAME });
  const envId = requiredString(fields, 'env_id', { maxBytes: 64 });
  const refundDesc = optionalString(fields, 'refund_desc', { maxBytes: 80 });
  if (envId !== context.envId) {
    throw PaymentRefusal.business('INVALID_REQUEST', `env_id ${envId} 不是当前云开发环境`);
  }
  const trade = context.ledger.find(fields, subMchId);

  const previous = context.ledger.refund(outRefundNo);
  if (previous) {
    const isRetry =
      previous.outTradeNo === trade.outTradeNo &&
      previous.totalFee === totalFee &&
      previous.refundFee === refundFee;
    if (!isRetry) throw PaymentRefusal.business('INVALID_REQUEST', AMOUNTS_DIFFER);
    return refundReply(context, trade, previous);
  }
  if (trade.state !== 'SUCCESS') throw PaymentRefusal.business('ERROR', '订单未支付，不能退款');
  if (totalFee !== trade.totalFee) throw PaymentRefusal.business('INVALID_REQUEST', AMOUNTS_DIFFER);
  if (trade.refunds.length >= MAX_REFUNDS_PER_TRADE) {
    throw PaymentRefusal.business('ERROR', `部分退款次数不能超过${MAX_REFUNDS_PER_TRADE}次`);
  }
  if (refundedFee(trade) + refundFee > trade.totalFee) {
    throw PaymentRefusal.business('ERROR', '累计退款金额超过订单金额');
  }
  const record: RefundRecord = {
    outRefundNo,
    refundId: newRefundId(),
    outTradeNo: trade.outTradeNo,
    totalFee,
    refundFee,
    ...(refundDesc !== undefined && { refundDesc }),
    functionName,
    requestedAtMs: context.clock.now(),
    status: 'PROCESSING',
  };
  context.ledger.addRefund(trade, record);
  context.settleRefund(trade, record);
  return refundReply(context, trade, record);
}

function refundReply(context: PayContext, trade: Trade, record: RefundRecord): PayReply {
  return successReply(context, trade.subMchId, {
    transaction_id: trade.transactionId,
    out_trade_no: trade.outTradeNo,
    out_refund_no: record.outRefundNo,
    refund_id: record.refundId,
    refund_fee: record.refundFee,
    total_fee: trade.totalFee,
    cash_fee: trade.totalFee,
    cash_refund_fee: record.refundFee,
    coupon_refund_fee: 0,
    coupon_refund_count: 0,
  });
}

/** The refunds of a trade (or the one refund named), as parallel lists in request order. */
export function queryRefund(context: PayContext, fields: PayFields): PayReply {
  const { subMchId } = merchantFields(fields);
  const outRefundNo = optionalString(fields, 'out_refund_no', { maxBytes: 64 });
  const refundId = optionalString(fields, 'refund_id', { maxBytes: 32 });
  let trade: Trade | undefined;
  let refunds: RefundRecord[];
  if (outRefundNo !== undefined || refundId !== undefined) {
    const named =
      outRefundNo !== undefined
        ? context.ledger.refund(outRefundNo)
        : context.ledger.refundById(refundId ?? '');
    trade = named && context.ledger.get(named.outTradeNo);
    refunds = named ? [named] : [];
  } else {
    trade = context.ledger.find(fields, subMchId);
    refunds = trade.refunds;
  }
  if (!trade || trade.subMchId !== subMchId || refunds.length === 0) {
    throw PaymentRefusal.business('REFUNDNOTEXIST', '退款订单查询失败');
  }
  return successReply(context, subMchId, {
    transaction_id: trade.transactionId,
    out_trade_no: trade.outTradeNo,
    total_fee: trade.totalFee,
    cash_fee: trade.totalFee,
    total_refund_count: trade.refunds.length,
    refund_count: refunds.length,
    out_refund_no_list: refunds.map((r) => r.outRefundNo),
    refund_id_list: refunds.map((r) => r.refundId),
    refund_fee_list: refunds.map((r) => r.refundFee),
    settlement_refund_fee_list: refunds.map((r) => (r.status === 'SUCCESS' ? r.refundFee : 0)),
    refund_status_list: refunds.map((r) => r.status),
    refund_success_time_list: refunds.map((r) =>
      r.status === 'SUCCESS' && r.settledAtMs !== undefined ? formatChinaDateTime(r.settledAtMs) : '',
    ),
    refund_channel: refunds.map(() => 'ORIGINAL'),
    refund_account_list: refunds.map(() => 'REFUND_SOURCE_UNSETTLED_FUNDS'),
    refund_recv_accout_list: refunds.map(() => '支付用户零钱'),
  });
}
