// Cloud payment for the ordering flows: create a trade (the payment sheet's parameters), ask about it,
// close it, refund it. Field names follow the platform: unifiedOrder takes camelCase, the others snake_case.
import { randomBytes } from 'node:crypto';
import type { PaymentParams } from '../../typings/contracts/checkout';
import { wxContext } from '../runtime/cloud';
import { PAYMENT_CONFIG } from '../runtime/config';
import {
  callCloudPay,
  chinaCompactTime,
  type CloudPayApi,
  PaymentGatewayError,
  truncateUtf8,
} from './cloud-pay-client';

export { PaymentGatewayError } from './cloud-pay-client';

/** A trade to create for one payment attempt. Money in integer fen. */
export interface TradeRequest {
  outTradeNo: string;
  totalFee: number;
  /** What the payment sheet shows; cut to 128 UTF-8 bytes. */
  body: string;
  subMchId: string;
  /** The paying customer's IP (CLIENTIP). */
  clientIp: string;
  /** Epoch ms after which the trade can no longer be paid (the order's expiry). */
  payableUntilMs?: number;
  /** Up to 127 bytes the platform hands back with the payment notice. */
  attach?: string;
}

/** Where a trade stands (queryOrder's trade_state; NOTEXIST when the platform knows no such trade). */
export type TradeState =
  'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR' | 'NOTEXIST';

/** A trade as queryOrder reports it; amount and transaction once paid. */
export interface TradeStatus {
  state: TradeState;
  totalFee?: number;
  transactionId?: string;
}

/** A refund to request; the same outRefundNo with the same amounts is the same refund (safe to retry). */
export interface RefundRequest {
  outTradeNo: string;
  outRefundNo: string;
  totalFee: number;
  refundFee: number;
  subMchId: string;
  reason: string;
}

/** Where a refund stands (queryRefund's refund_status; NOTEXIST when it was never received). */
export type RefundState = 'PROCESSING' | 'SUCCESS' | 'CHANGE' | 'REFUNDCLOSE' | 'NOTEXIST';

/** The cloud environment the notice function lives in, which `api` must name. */
function environmentId(api: CloudPayApi): string {
  const envId = wxContext().ENV;
  if (!envId) throw new PaymentGatewayError('unreachable', api, 'no cloud environment in context');
  return envId;
}

/** A fresh 32-character nonce for each call. */
function nonce(): string {
  return randomBytes(16).toString('hex');
}

const isPaidState = (state: TradeState) => state === 'SUCCESS' || state === 'REFUND';

/** The cloud payment operations services call: the one place that speaks `cloud.cloudPay`. */
export const paymentGateway = {
  /** Creates (or, for the same request, repeats) a trade and returns what `wx.requestPayment` takes. */
  async createTrade(request: TradeRequest): Promise<PaymentParams> {
    const reply = await callCloudPay('unifiedOrder', {
      body: truncateUtf8(request.body, 128),
      outTradeNo: request.outTradeNo,
      spbillCreateIp: request.clientIp,
      subMchId: request.subMchId,
      totalFee: request.totalFee,
      envId: environmentId('unifiedOrder'),
      functionName: PAYMENT_CONFIG.notifyFunctionName,
      nonceStr: nonce(),
      tradeType: 'JSAPI',
      ...(request.attach !== undefined && { attach: request.attach }),
      ...(request.payableUntilMs !== undefined && { timeExpire: chinaCompactTime(request.payableUntilMs) }),
    });
    const payment = reply.payment as Partial<Record<keyof PaymentParams, unknown>> | undefined;
    const field = (key: keyof PaymentParams): string => {
      const value = payment?.[key];
      if (typeof value !== 'string' || value === '') {
        throw new PaymentGatewayError('refused', 'unifiedOrder', `the reply has no payment.${key}`);
      }
      return value;
    };
    return {
      timeStamp: field('timeStamp'),
      nonceStr: field('nonceStr'),
      package: field('package'),
      signType: field('signType'),
      paySign: field('paySign'),
    };
  },

  /** Asks where a trade stands; a trade the platform does not know is NOTEXIST. */
  async queryTrade(outTradeNo: string, subMchId: string): Promise<TradeStatus> {
    let reply;
    try {
      reply = await callCloudPay('queryOrder', {
        sub_mch_id: subMchId,
        nonce_str: nonce(),
        out_trade_no: outTradeNo,
      });
    } catch (error) {
      // queryOrder refuses only a trade it cannot find; failures to reach it stay failures.
      if (error instanceof PaymentGatewayError && error.kind === 'refused') return { state: 'NOTEXIST' };
      throw error;
    }
    const state = String(reply.tradeState ?? '') as TradeState;
    return {
      state,
      ...(isPaidState(state) && {
        totalFee: Number(reply.totalFee),
        transactionId: String(reply.transactionId ?? ''),
      }),
    };
  },

  /**
   * Makes a trade unpayable and says how it ended: `closed` (closed now, already closed, or never
   * existed), `paid` (it was paid after all) or `open` (not closable yet; the platform refuses to
   * close a trade younger than five minutes). Decided from queryOrder, never from error text.
   */
  async closeTrade(
    outTradeNo: string,
    subMchId: string,
  ): Promise<{ outcome: 'closed' } | { outcome: 'paid'; trade: TradeStatus } | { outcome: 'open' }> {
    try {
      await callCloudPay('closeOrder', {
        sub_mch_id: subMchId,
        nonce_str: nonce(),
        out_trade_no: outTradeNo,
      });
      return { outcome: 'closed' };
    } catch (error) {
      if (!(error instanceof PaymentGatewayError) || error.kind !== 'refused') throw error;
    }
    const trade = await this.queryTrade(outTradeNo, subMchId);
    if (isPaidState(trade.state)) return { outcome: 'paid', trade };
    if (trade.state === 'CLOSED' || trade.state === 'REVOKED' || trade.state === 'NOTEXIST') {
      return { outcome: 'closed' };
    }
    return { outcome: 'open' };
  },

  /** Requests a refund (PROCESSING until its notice or queryRefund says otherwise). */
  async refund(request: RefundRequest): Promise<void> {
    await callCloudPay('refund', {
      functionName: PAYMENT_CONFIG.notifyFunctionName,
      envId: environmentId('refund'),
      sub_mch_id: request.subMchId,
      nonce_str: nonce(),
      out_trade_no: request.outTradeNo,
      out_refund_no: request.outRefundNo,
      total_fee: request.totalFee,
      refund_fee: request.refundFee,
      refund_desc: truncateUtf8(request.reason, 80),
    });
  },

  /** Where one refund stands; a refund the platform never received is NOTEXIST. */
  async refundState(outRefundNo: string, subMchId: string): Promise<RefundState> {
    try {
      const reply = await callCloudPay('queryRefund', {
        sub_mch_id: subMchId,
        nonce_str: nonce(),
        out_refund_no: outRefundNo,
      });
      const statuses = reply.refundStatusList;
      const first = Array.isArray(statuses) ? statuses[0] : reply.refundStatus0;
      return String(first ?? 'PROCESSING') as RefundState;
    } catch (error) {
      if (error instanceof PaymentGatewayError && error.kind === 'refused') return 'NOTEXIST';
      throw error;
    }
  },
};
