// staff.refund: a full or partial refund of a paid order through cloud payment. The client's requestId is
// the idempotency key: it is stored on the order with the refund number it took, so the same request always
// names the same outRefundNo and refunds once, and a repeat after a stop finishes what the first left.
import type { StaffRefundInput, StaffRefundOutput } from '../../../typings/contracts/staff';
import { refundNoFor } from '../../domain/order/order-ids';
import type { OrderRecord, OrderRefundEntry } from '../../domain/order/order-record';
import { planRefund, refundableFen } from '../../domain/order/refund-plan';
import { appendAudit } from '../../repositories/audit-repository';
import { claimOrderRefund, refundKey, returnRefundStock } from '../../repositories/order-refund-repository';
import { findOrder } from '../../repositories/order-repository';
import type { StaffRecord } from '../../repositories/staff-repository';
import { AppError } from '../../runtime/app-error';
import { EXPIRY_CONFIG } from '../../runtime/config';
import type { Caller } from '../../runtime/router';
import { sendStaffRefund } from '../payment/refund-service';
import { requireStaffFor } from './staff-access';

/** How often a claim reads the order again after it changed under the update before answering BUSY. */
const MAX_REREADS = 3;

/** Staff refunds start at sequence 2: 1 is the whole-order refund a cancel takes. */
const FIRST_STAFF_SEQUENCE = 2;

/** The staff refund this request took on the order, if any, with its key. */
function refundOfRequest(order: OrderRecord, requestId: string): [string, OrderRefundEntry] | undefined {
  return Object.entries(order.refunds ?? {}).find(([, entry]) => entry.requestId === requestId);
}

/** Refunds part or all of an order for its store's owner or manager (FORBIDDEN, logged, for anyone else). */
export async function refundOrder(
  input: StaffRefundInput,
  caller: Caller,
  nowMs: number,
): Promise<StaffRefundOutput> {
  const order = await findOrder(input.orderId);
  if (!order) throw new AppError('NOT_FOUND', 'No such order.', { field: 'orderId' });
  const member = await requireStaffFor(order, 'refund', caller, nowMs);
  return refundOrderAs(order, member, input, caller, nowMs);
}

/** The refund itself, for a member whose role the caller already checked (staff.refund, staff.reject). */
export async function refundOrderAs(
  read: OrderRecord,
  member: StaffRecord,
  input: StaffRefundInput,
  caller: Caller,
  nowMs: number,
): Promise<StaffRefundOutput> {
  let order = read;
  for (let rereads = 0; ; rereads++) {
    const taken = refundOfRequest(order, input.requestId);
    if (taken) return finish(order, taken[0], taken[1], input, nowMs);
    const plan = planRefund(order, input, nowMs);
    const paidOutTradeNo = order.payment.paidOutTradeNo;
    if (!paidOutTradeNo)
      throw new AppError('ORDER_STATE_CONFLICT', 'This order has no payment.', { status: order.status });
    const sequence = Math.max(order.refundSequence ?? 0, FIRST_STAFF_SEQUENCE - 1) + 1;
    const entry: OrderRefundEntry = {
      requestId: input.requestId,
      outRefundNo: refundNoFor(paidOutTradeNo, sequence),
      amountFen: plan.amountFen,
      status: 'PENDING',
      stock: plan.stock,
      ...(plan.stock.length > 0 && { stockDue: true }),
      ...(plan.lines.length > 0 && { lines: plan.lines }),
    };
    const recheckAtMs = nowMs + EXPIRY_CONFIG.refundRecheckAfterMs;
    if (await claimOrderRefund(order, sequence, entry, plan, recheckAtMs, nowMs)) {
      const before = order;
      await appendAudit(
        {
          storeId: before.storeId,
          actorOpenid: member._openid,
          actorRole: member.role,
          action: 'staff.refund',
          targetCollection: 'orders',
          targetId: before._id,
          before: { status: before.status, refundRequestedFen: before.refundRequestedFen ?? 0 },
          after: {
            status: plan.completes ? 'REFUNDING' : before.status,
            refundRequestedFen: (before.refundRequestedFen ?? 0) + plan.amountFen,
            outRefundNo: entry.outRefundNo,
            stock: plan.stock,
          },
          source: caller.source,
        },
        nowMs,
      ).catch((error: unknown) =>
        console.error(`order ${before._id}: the audit entry of staff.refund was not written`, error),
      );
      const claimed = await findOrder(before._id);
      if (!claimed) throw new AppError('NOT_FOUND', 'No such order.', { field: 'orderId' });
      return finish(claimed, refundKey(sequence), entry, input, nowMs);
    }
    if (rereads >= MAX_REREADS)
      throw new AppError('BUSY', 'This order is changing right now; please try again.');
    const again = await findOrder(order._id);
    if (!again) throw new AppError('NOT_FOUND', 'No such order.', { field: 'orderId' });
    order = again;
  }
}

/**
 * Gives the refund's stock back (once), records and sends it (the same number and amounts every time), and
 * answers where the order stands. A request id reused for a different refund is refused.
 */
async function finish(
  order: OrderRecord,
  key: string,
  entry: OrderRefundEntry,
  input: StaffRefundInput,
  nowMs: number,
): Promise<StaffRefundOutput> {
  if (input.amountFen !== undefined && input.amountFen !== entry.amountFen) {
    throw new AppError('INVALID_INPUT', 'This request id was used for another refund.', {
      field: 'requestId',
      problem: 'REQUEST_ID_REUSED',
    });
  }
  await returnRefundStock(order, key, nowMs);
  if (entry.status === 'PENDING') await sendStaffRefund(order, entry, input.reason, nowMs);
  const current = (await findOrder(order._id)) ?? order;
  return {
    orderId: order._id,
    outRefundNo: entry.outRefundNo,
    amountFen: entry.amountFen,
    refundStatus: current.refunds?.[key]?.status ?? entry.status,
    status: current.status,
    refundedFen: current.refundedFen ?? 0,
    refundableFen: refundableFen(current),
  };
}
