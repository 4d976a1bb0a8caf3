// Refunds: asked for with a fixed out_refund_no per trade (so every retry is the same refund), recorded in
// `refunds`, and settled from the refund notice or, when that never comes, from queryRefund.
import { orderIdOfOutTradeNo, refundNoFor } from '../../domain/order/order-ids';
import { paymentGateway, PaymentGatewayError, type RefundState } from '../../gateways/payment-gateway';
import type { OrderRecord, OrderRefundEntry } from '../../domain/order/order-record';
import { findOrder, markOrderRefunded } from '../../repositories/order-repository';
import { refundableFen } from '../../domain/order/refund-plan';
import {
  markFullyRefunded,
  setRefundRecheck,
  settleCancelRefund,
  settleOrderRefund,
} from '../../repositories/order-refund-repository';
import {
  findRefund,
  insertRefund,
  type RefundRecord,
  settleRefund,
} from '../../repositories/refund-repository';
import { EXPIRY_CONFIG } from '../../runtime/config';

/** The refunds schema keeps a reason of at most this many characters. */
const MAX_REASON_LENGTH = 80;

/** Who asked for a refund when no person did. */
export const SYSTEM_REQUESTER = 'system';

/** One refund to ask for: all of one trade's money. */
export interface RefundSpec {
  order: OrderRecord;
  outTradeNo: string;
  amountFen: number;
  scope: RefundRecord['scope'];
  reason: string;
  requestedBy: string;
}

/**
 * Records the refund (once) and asks cloud payment for it. A refund that cannot be sent now is logged
 * and left PENDING: the sweeper asks about REFUNDING orders and sends it again with the same number.
 */
export async function requestRefund(spec: RefundSpec, nowMs: number): Promise<void> {
  const { order } = spec;
  const outRefundNo = refundNoFor(spec.outTradeNo, 1);
  const at = new Date(nowMs);
  await insertRefund({
    _id: outRefundNo,
    outRefundNo,
    orderId: order._id,
    outTradeNo: spec.outTradeNo,
    scope: spec.scope,
    storeId: order.storeId,
    _openid: order._openid,
    amountFen: spec.amountFen,
    reason: Array.from(spec.reason).slice(0, MAX_REASON_LENGTH).join(''),
    status: 'PENDING',
    requestedBy: spec.requestedBy,
    createdAt: at,
    updatedAt: at,
  });
  // The trade that paid the order was for its total; a duplicate payment's trade is the amount refunded.
  const tradeTotalFen = spec.scope === 'order' ? order.totalFen : spec.amountFen;
  await sendRefund(order, spec.outTradeNo, { tradeTotalFen, amountFen: spec.amountFen }, spec.reason);
}

async function sendRefund(
  order: OrderRecord,
  outTradeNo: string,
  fees: { tradeTotalFen: number; amountFen: number },
  reason: string,
): Promise<void> {
  try {
    await paymentGateway.refund({
      outTradeNo,
      outRefundNo: refundNoFor(outTradeNo, 1),
      totalFee: fees.tradeTotalFen,
      refundFee: fees.amountFen,
      subMchId: order.payment.subMchId,
      reason,
    });
  } catch (error) {
    if (!(error instanceof PaymentGatewayError)) throw error;
    console.error(`order ${order._id}: refund of ${outTradeNo} not sent now; the sweeper will retry`, error);
  }
}

/**
 * Records a staff refund (once) and asks cloud payment for it with its own number; unsent, it is logged and
 * due for the sweeper's next run, which sends it again with the same number.
 */
export async function sendStaffRefund(
  order: OrderRecord,
  entry: OrderRefundEntry,
  reason: string,
  nowMs: number,
): Promise<void> {
  const outTradeNo = order.payment.paidOutTradeNo ?? '';
  const at = new Date(nowMs);
  const trimmed = Array.from(reason).slice(0, MAX_REASON_LENGTH).join('');
  await insertRefund({
    _id: entry.outRefundNo,
    outRefundNo: entry.outRefundNo,
    orderId: order._id,
    outTradeNo,
    scope: entry.amountFen === order.totalFen ? 'order' : 'partial',
    requestId: entry.requestId,
    storeId: order.storeId,
    _openid: order._openid,
    amountFen: entry.amountFen,
    reason: trimmed,
    status: 'PENDING',
    requestedBy: SYSTEM_REQUESTER,
    createdAt: at,
    updatedAt: at,
  });
  try {
    await paymentGateway.refund({
      outTradeNo,
      outRefundNo: entry.outRefundNo,
      totalFee: order.totalFen,
      refundFee: entry.amountFen,
      subMchId: order.payment.subMchId,
      reason: trimmed,
    });
  } catch (error) {
    if (!(error instanceof PaymentGatewayError)) throw error;
    console.error(
      `order ${order._id}: refund ${entry.outRefundNo} not sent now; the sweeper sends it again`,
      error,
    );
    await setRefundRecheck(order._id, nowMs);
  }
}

/** Nothing left to ask about once no staff refund of the order is PENDING. */
const hasPendingRefund = (order: OrderRecord): boolean =>
  Object.values(order.refunds ?? {}).some((entry) => entry.status === 'PENDING');

/**
 * The sweeper's look at an order's pending staff refunds: each is asked about, one never received is sent
 * again with its own number, one settled is applied; the order is due again while any stays pending.
 * Answers how many were sent again.
 */
export async function recheckStaffRefunds(order: OrderRecord, nowMs: number): Promise<number> {
  const outTradeNo = order.payment.paidOutTradeNo ?? '';
  let resent = 0;
  for (const entry of Object.values(order.refunds ?? {}).filter(
    (candidate) => candidate.status === 'PENDING',
  )) {
    const state = await paymentGateway.refundState(entry.outRefundNo, order.payment.subMchId);
    if (state === 'NOTEXIST') {
      const reason = (await findRefund(entry.outRefundNo))?.reason ?? 'staff refund';
      await sendStaffRefund(order, entry, reason, nowMs);
      resent++;
    } else {
      await applyRefundResult({ outTradeNo, outRefundNo: entry.outRefundNo, state }, nowMs);
    }
  }
  const current = await findOrder(order._id);
  if (current)
    await setRefundRecheck(
      order._id,
      hasPendingRefund(current) ? nowMs + EXPIRY_CONFIG.refundRecheckAfterMs : undefined,
    );
  return resent;
}

/** The sequence of a refund number (`…-r<sequence>`); staff refunds are 2 and up. */
function refundSequenceOf(outRefundNo: string): number {
  return Number(/-r([0-9]+)$/.exec(outRefundNo)?.[1] ?? 0);
}

/** Settles a staff refund on its order once, then makes a REFUNDING order whose whole total came back REFUNDED. */
async function applyStaffRefundResult(
  orderId: string,
  outRefundNo: string,
  status: 'SUCCEEDED' | 'FAILED',
  nowMs: number,
): Promise<void> {
  const order = await findOrder(orderId);
  const key = `r${refundSequenceOf(outRefundNo)}`;
  const entry = order?.refunds?.[key];
  if (!order || !entry || entry.outRefundNo !== outRefundNo) {
    console.error(`refund ${outRefundNo}: no such staff refund on order ${orderId}`);
    return;
  }
  await settleOrderRefund(orderId, key, entry, status, nowMs);
  const settled = await findOrder(orderId);
  if (settled && !hasPendingRefund(settled)) await setRefundRecheck(orderId, undefined);
  if (settled?.status === 'REFUNDING') await markFullyRefunded(settled, nowMs);
}

/**
 * A cancel's refund of the rest (r1) succeeded: on an order without staff refunds the order is REFUNDED with
 * its whole total; with staff refunds, r1's amount is added once and the order is REFUNDED when all came back.
 */
async function applyCancelRefundSuccess(
  orderId: string,
  result: { outTradeNo: string; outRefundNo: string },
  nowMs: number,
): Promise<void> {
  const order = await findOrder(orderId);
  if (!order) return;
  if (order.refundSequence === undefined) {
    await markOrderRefunded(order._id, result.outTradeNo, order.totalFen, nowMs);
    return;
  }
  const record = await findRefund(result.outRefundNo);
  if (record) await settleCancelRefund(orderId, result.outRefundNo, record.amountFen, nowMs);
  const settled = await findOrder(orderId);
  if (settled?.status === 'REFUNDING') await markFullyRefunded(settled, nowMs);
}

/**
 * Applies a refund's result: SUCCESS settles the refund record and, when it refunded the trade that paid
 * the order, makes the order REFUNDED; CHANGE or REFUNDCLOSE marks the refund FAILED for staff to follow up.
 */
export async function applyRefundResult(
  result: { outTradeNo: string; outRefundNo: string; state: RefundState },
  nowMs: number,
): Promise<void> {
  const orderId = orderIdOfOutTradeNo(result.outTradeNo);
  const settledAs = result.state === 'SUCCESS' ? 'SUCCEEDED' : 'FAILED';
  if (
    orderId &&
    refundSequenceOf(result.outRefundNo) > 1 &&
    result.state !== 'PROCESSING' &&
    result.state !== 'NOTEXIST'
  ) {
    await settleRefund(result.outRefundNo, settledAs, nowMs);
    await applyStaffRefundResult(orderId, result.outRefundNo, settledAs, nowMs);
    if (settledAs === 'FAILED')
      console.error(`refund ${result.outRefundNo} ended ${result.state}: the money needs a manual route`);
    return;
  }
  if (result.state === 'SUCCESS') {
    await settleRefund(result.outRefundNo, 'SUCCEEDED', nowMs);
    if (orderId) await applyCancelRefundSuccess(orderId, result, nowMs);
    return;
  }
  if (result.state === 'CHANGE' || result.state === 'REFUNDCLOSE') {
    await settleRefund(result.outRefundNo, 'FAILED', nowMs);
    console.error(`refund ${result.outRefundNo} ended ${result.state}: the money needs a manual route`);
  }
}

/** For a REFUNDING order whose notice is late: asks where its refund stands, and sends it again if it never arrived. */
export async function recheckOrderRefund(order: OrderRecord, nowMs: number): Promise<void> {
  const outTradeNo = order.payment.paidOutTradeNo;
  if (!outTradeNo) {
    console.error(`order ${order._id} is REFUNDING without a recorded payment`);
    return;
  }
  if (order.refundSequence !== undefined) {
    // Staff refunds: ask about each pending one, sending again one never received; then a cancel's rest.
    await recheckStaffRefunds(order, nowMs);
    const settled = await findOrder(order._id);
    if (settled?.status !== 'REFUNDING') return;
    const restOfCancel = settled.cancelReason !== undefined && settled.refunds?.r1 === undefined;
    if (restOfCancel && refundableFen(settled) > 0) await recheckWholeOrderRefund(settled, outTradeNo, nowMs);
    const after = await findOrder(order._id);
    if (after?.status === 'REFUNDING') await markFullyRefunded(after, nowMs);
    return;
  }
  await recheckWholeOrderRefund(order, outTradeNo, nowMs);
}

/** The whole-order refund (r1) of a cancel: asked about, sent again (the rest, once more) if it never arrived. */
async function recheckWholeOrderRefund(order: OrderRecord, outTradeNo: string, nowMs: number): Promise<void> {
  const outRefundNo = refundNoFor(outTradeNo, 1);
  const state = await paymentGateway.refundState(outRefundNo, order.payment.subMchId);
  if (state === 'NOTEXIST') {
    const spec = { order, outTradeNo, amountFen: refundableFen(order), scope: 'order' as const };
    await requestRefund({ ...spec, reason: 'order refund', requestedBy: SYSTEM_REQUESTER }, nowMs);
    return;
  }
  await applyRefundResult({ outTradeNo, outRefundNo, state }, nowMs);
}
