// Refunds: asked for with a fixed out_refund_no per trade (so every retry is the same refund), recorded in
// `refunds`, and settled from the refund notice or, when that never comes, from queryRefund.
import { orderIdOfOutTradeNo, refundNoFor } from '../../domain/order/order-ids';
import { paymentGateway, PaymentGatewayError, type RefundState } from '../../gateways/payment-gateway';
import type { OrderRecord } from '../../domain/order/order-record';
import { markOrderRefunded } from '../../repositories/order-repository';
import { insertRefund, type RefundRecord, settleRefund } from '../../repositories/refund-repository';

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
  await sendRefund(order, spec.outTradeNo, spec.amountFen, spec.reason);
}

async function sendRefund(
  order: OrderRecord,
  outTradeNo: string,
  amountFen: number,
  reason: string,
): Promise<void> {
  try {
    await paymentGateway.refund({
      outTradeNo,
      outRefundNo: refundNoFor(outTradeNo, 1),
      totalFee: amountFen,
      refundFee: amountFen,
      subMchId: order.payment.subMchId,
      reason,
    });
  } catch (error) {
    if (!(error instanceof PaymentGatewayError)) throw error;
    console.error(`order ${order._id}: refund of ${outTradeNo} not sent now; the sweeper will retry`, error);
  }
}

/**
 * Applies a refund's result: SUCCESS settles the refund record and, when it refunded the trade that paid
 * the order, makes the order REFUNDED; CHANGE or REFUNDCLOSE marks the refund FAILED for staff to follow up.
 */
export async function applyRefundResult(
  result: { outTradeNo: string; outRefundNo: string; state: RefundState },
  nowMs: number,
): Promise<void> {
  if (result.state === 'SUCCESS') {
    await settleRefund(result.outRefundNo, 'SUCCEEDED', nowMs);
    const orderId = orderIdOfOutTradeNo(result.outTradeNo);
    if (orderId) await markOrderRefunded(orderId, result.outTradeNo, nowMs);
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
  const outRefundNo = refundNoFor(outTradeNo, 1);
  const state = await paymentGateway.refundState(outRefundNo, order.payment.subMchId);
  if (state === 'NOTEXIST') {
    const spec = { order, outTradeNo, amountFen: order.totalFen, scope: 'order' as const };
    await requestRefund({ ...spec, reason: 'order refund', requestedBy: SYSTEM_REQUESTER }, nowMs);
    return;
  }
  await applyRefundResult({ outTradeNo, outRefundNo, state }, nowMs);
}
