import type { Clock } from '../clock';
import { randomNonce, SANDBOX_PROVIDER_APPID, SANDBOX_PROVIDER_MCH_ID, signFields } from './pay-ids';
import { type PayFields, type PayReply, PaymentRefusal } from './pay-wire';
import type { RefundRecord, Trade, TradeControl, TradeState } from './trade-types';

/** The sandbox's books: trades by out_trade_no, refunds by out_refund_no, and per-trade controls. */
export class TradeLedger {
  private readonly tradesByNumber = new Map<string, Trade>();
  private readonly refundsByNumber = new Map<string, RefundRecord>();
  private readonly controls = new Map<string, TradeControl>();

  add(trade: Trade): void {
    this.tradesByNumber.set(trade.outTradeNo, trade);
  }

  get(outTradeNo: string): Trade | undefined {
    return this.tradesByNumber.get(outTradeNo);
  }

  all(): Trade[] {
    return [...this.tradesByNumber.values()];
  }

  /** The trade named by `out_trade_no` or `transaction_id` for this merchant; ORDERNOTEXIST otherwise. */
  find(fields: PayFields, subMchId: string): Trade {
    const outTradeNo = typeof fields.out_trade_no === 'string' ? fields.out_trade_no : '';
    const transactionId = typeof fields.transaction_id === 'string' ? fields.transaction_id : '';
    if (!outTradeNo && !transactionId) {
      throw PaymentRefusal.business('LACK_PARAMS', '缺少参数out_trade_no或transaction_id');
    }
    const trade = outTradeNo
      ? this.tradesByNumber.get(outTradeNo)
      : this.all().find((candidate) => candidate.transactionId === transactionId);
    if (!trade || trade.subMchId !== subMchId) throw PaymentRefusal.business('ORDERNOTEXIST', '订单不存在');
    return trade;
  }

  addRefund(trade: Trade, refund: RefundRecord): void {
    trade.refunds.push(refund);
    this.refundsByNumber.set(refund.outRefundNo, refund);
  }

  refund(outRefundNo: string): RefundRecord | undefined {
    return this.refundsByNumber.get(outRefundNo);
  }

  refundById(refundId: string): RefundRecord | undefined {
    return [...this.refundsByNumber.values()].find((refund) => refund.refundId === refundId);
  }

  control(outTradeNo: string): TradeControl {
    return this.controls.get(outTradeNo) ?? {};
  }

  setControl(outTradeNo: string, control: TradeControl): void {
    this.controls.set(outTradeNo, { ...this.control(outTradeNo), ...control });
  }
}

/** The trade_state queryOrder reports: a paid trade with refunds reads REFUND. */
export function tradeState(trade: Trade): TradeState {
  return trade.state === 'SUCCESS' && trade.refunds.length > 0 ? 'REFUND' : trade.state;
}

/** Fees refunded or on their way back (closed refunds free their amount again). */
export function refundedFee(trade: Trade): number {
  return trade.refunds
    .filter((refund) => refund.status !== 'REFUNDCLOSE')
    .reduce((sum, refund) => sum + refund.refundFee, 0);
}

/** What every handler needs from the sandbox. */
export interface PayContext {
  ledger: TradeLedger;
  clock: Clock;
  /** The cloud environment callbacks may name. */
  envId: string;
  /** The mini program's appid (sub_appid, and `appId` of the payment parameters). */
  appid: string;
  /** Merchants bound to the environment; undefined accepts any merchant number. */
  subMchIds?: ReadonlySet<string>;
  /** Starts the settling of a new refund (it is PROCESSING until then). */
  settleRefund(trade: Trade, refund: RefundRecord): void;
}

/** A successful reply: the provider/merchant envelope, `result_code: SUCCESS`, then `fields`. */
export function successReply(context: PayContext, subMchId: string, fields: PayReply): PayReply {
  const reply: PayReply = {
    return_code: 'SUCCESS',
    return_msg: 'OK',
    appid: SANDBOX_PROVIDER_APPID,
    mch_id: SANDBOX_PROVIDER_MCH_ID,
    sub_appid: context.appid,
    sub_mch_id: subMchId,
    nonce_str: randomNonce(),
    result_code: 'SUCCESS',
    ...fields,
  };
  return { ...reply, sign: signFields(reply) };
}

/** Refuses merchants not bound to the environment, as the platform answers an unauthorised sub-merchant. */
export function checkMerchant(context: PayContext, subMchId: string): void {
  if (context.subMchIds && !context.subMchIds.has(subMchId)) {
    throw PaymentRefusal.communication('受理关系不存在');
  }
}
