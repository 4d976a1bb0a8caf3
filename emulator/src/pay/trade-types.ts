// The payment sandbox's records: trades (one per out_trade_no), refunds, per-trade controls, deliveries.

/** Where a trade's money stands; `REFUND` is derived (a paid trade with refunds), never stored. */
export type TradeState = 'NOTPAY' | 'USERPAYING' | 'SUCCESS' | 'PAYERROR' | 'CLOSED' | 'REFUND';

/** One unifiedOrder's trade, keyed by out_trade_no; money in integer fen, times in epoch ms. */
export interface Trade {
  outTradeNo: string;
  subMchId: string;
  body: string;
  attach?: string;
  totalFee: number;
  feeType: string;
  /** The cloud function that receives the payment notice, in environment `envId`. */
  functionName: string;
  envId: string;
  spbillCreateIp: string;
  tradeType: 'JSAPI';
  /** The mini program user who pays (sub_openid). */
  payerOpenid: string;
  createdAtMs: number;
  /** From `time_expire`: the trade cannot be paid after it. */
  expiresAtMs?: number;
  prepayId: string;
  prepayIssuedAtMs: number;
  state: Exclude<TradeState, 'REFUND'>;
  transactionId?: string;
  paidAtMs?: number;
  closedAtMs?: number;
  /** Refunds in the order they were requested. */
  refunds: RefundRecord[];
}

/** PROCESSING until the refund settles; then SUCCESS, CHANGE (refund failed, money needs a manual route) or REFUNDCLOSE. */
export type RefundStatus = 'PROCESSING' | 'SUCCESS' | 'CHANGE' | 'REFUNDCLOSE';

/** One refund request, keyed by out_refund_no; a retry with the same out_refund_no returns this record. */
export interface RefundRecord {
  outRefundNo: string;
  refundId: string;
  outTradeNo: string;
  totalFee: number;
  refundFee: number;
  refundDesc?: string;
  /** The cloud function that receives the refund notice. */
  functionName: string;
  requestedAtMs: number;
  status: RefundStatus;
  settledAtMs?: number;
}

/** Per-trade behaviour a test or tool asks of the sandbox; set before or after the trade exists. */
export interface TradeControl {
  /** Each delivery attempt of this trade's notices arrives as this many concurrent copies (default 1). */
  duplicateDeliveries?: number;
  /**
   * Hold this trade's payment notice back until the sandbox sends its next notice (another trade's
   * payment, or this trade's refund), then deliver it after that one; `flushHeld()` releases it too.
   */
  outOfOrder?: boolean;
  /** The user completes payment even though the trade was closed (paid-after-cancel). */
  payAfterClose?: boolean;
  /** How this trade's refunds settle (default SUCCESS). */
  refundOutcome?: Exclude<RefundStatus, 'PROCESSING'>;
}

/** What the customer does on the payment sheet that `wx.requestPayment` opens. */
export type CustomerAction = 'success' | 'cancel' | 'fail' | 'paying';

/** What came of a customer action: `refused` when the sheet could not take payment (paid, closed, expired). */
export interface PaymentAttemptResult {
  outcome: 'paid' | 'cancelled' | 'failed' | 'paying' | 'refused';
  transactionId?: string;
  reason?: string;
}

/** One copy of one delivery attempt of a notice to a cloud function. */
export interface DeliveryRecord {
  kind: 'payment' | 'refund';
  outTradeNo: string;
  outRefundNo?: string;
  functionName: string;
  /** 1 for the first delivery, then 2, 3… for re-deliveries. */
  attempt: number;
  /** 0-based index among the concurrent copies of this attempt. */
  copy: number;
  /** Clock time the attempt was due. */
  atMs: number;
  /** acknowledged: returned `{errcode: 0}`; rejected: returned anything else; failed: threw or timed out. */
  result: 'acknowledged' | 'rejected' | 'failed';
  response?: unknown;
  error?: string;
}
