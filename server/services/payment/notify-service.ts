// The payment callback: payment and refund notices from cloud payment. Only a call the platform made
// (SOURCE wx_paycallback) is believed. Every notice handled is acknowledged with errcode 0; a non-zero
// errcode asks the platform to deliver again, which is only useful when something failed on our side.
import type { RefundState } from '../../gateways/payment-gateway';
import { applyRefundResult } from './refund-service';
import { settlePaidTrade, type SettlementOutcome } from './settle-payment';

/** `getWXContext().SOURCE` of a call made by the payment platform. */
export const PAY_CALLBACK_SOURCE = 'wx_paycallback';

/** The callback protocol's answer: errcode 0 acknowledges; anything else is delivered again. */
export interface NotifyReply {
  errcode: number;
  errmsg: string;
}

const ACKNOWLEDGED: NotifyReply = { errcode: 0, errmsg: 'OK' };
/** Not from the payment platform: nothing was done. */
export const NOT_A_CALLBACK: NotifyReply = { errcode: 40001, errmsg: 'not a payment callback' };
const RETRY_LATER: NotifyReply = { errcode: 50001, errmsg: 'temporarily unable to handle the notice' };

type NoticeEvent = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** Handles one notice as `source` delivered it, at `nowMs`. */
export async function handleNotice(event: unknown, source: string, nowMs: number): Promise<NotifyReply> {
  if (source !== PAY_CALLBACK_SOURCE) {
    console.warn(`notify called by ${source || 'an unknown source'}: ignored`);
    return NOT_A_CALLBACK;
  }
  if (typeof event !== 'object' || event === null) {
    console.error('notify: a notice that is not an object; acknowledged, nothing done');
    return ACKNOWLEDGED;
  }
  try {
    const notice = event as NoticeEvent;
    if (typeof notice.reqInfo === 'object' && notice.reqInfo !== null) {
      await handleRefundNotice(notice.reqInfo as NoticeEvent, nowMs);
      return ACKNOWLEDGED;
    }
    // A repeat that arrives while the first delivery may still be numbering the order comes back later.
    const outcome = await handlePaymentNotice(notice, nowMs);
    return outcome === 'numbering_pending' ? RETRY_LATER : ACKNOWLEDGED;
  } catch (error) {
    console.error(
      'notify: the notice could not be handled now; asking the platform to deliver it again',
      error,
    );
    return RETRY_LATER;
  }
}

async function handlePaymentNotice(
  notice: NoticeEvent,
  nowMs: number,
): Promise<SettlementOutcome | undefined> {
  if (notice.returnCode !== 'SUCCESS' || notice.resultCode !== 'SUCCESS') return undefined;
  const outTradeNo = text(notice.outTradeNo);
  const transactionId = text(notice.transactionId);
  const subMchId = text(notice.subMchId);
  const totalFee = Number(notice.totalFee);
  if (!outTradeNo || !transactionId || !subMchId || !Number.isSafeInteger(totalFee) || totalFee <= 0) {
    console.error('notify: a payment notice without its trade, amount or merchant; nothing done', notice);
    return undefined;
  }
  const attach = text(notice.attach);
  return settlePaidTrade({ outTradeNo, transactionId, totalFee, subMchId, ...(attach && { attach }) }, nowMs);
}

async function handleRefundNotice(info: NoticeEvent, nowMs: number): Promise<void> {
  const outTradeNo = text(info.outTradeNo);
  const outRefundNo = text(info.outRefundNo);
  const state = text(info.refundStatus) as RefundState | undefined;
  if (!outTradeNo || !outRefundNo || !state) {
    console.error('notify: a refund notice without its trade, refund number or status; nothing done', info);
    return;
  }
  await applyRefundResult({ outTradeNo, outRefundNo, state }, nowMs);
}
