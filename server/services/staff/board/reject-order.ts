// staff.reject: the shop declines a paid (or accepted) order and its whole payment goes back, through the same
// refund as staff.refund (the request id is its idempotency key, so a retry refunds once). The one call that then
// marks the order rejected writes the audit entry and tells the customer (their order page follows it live).
import type { StaffRejectInput, StaffRejectOutput } from '../../../../typings/contracts/staff-board';
import type { OrderRecord } from '../../../domain/order/order-record';
import { appendAudit } from '../../../repositories/audit-repository';
import { findOrder } from '../../../repositories/order-repository';
import { markOrderRejected } from '../../../repositories/staff-board-repository';
import { AppError } from '../../../runtime/app-error';
import type { Caller } from '../../../runtime/router';
import { refundOrderAs } from '../refund-order';
import { sendRejectNotice } from './reject-notice';
import { requireStaffRole } from '../staff-access';
import { mayReject, REJECT_ROLES } from '../staff-steps';

/** The status whose roles decide: the order's, or PAID's when this request already took its refund (a retry). */
function decidingStatus(order: OrderRecord, requestId: string): OrderRecord['status'] {
  const isRetry = Object.values(order.refunds ?? {}).some((entry) => entry.requestId === requestId);
  return isRetry ? 'PAID' : order.status;
}

/** Rejects the order with `reason`; FORBIDDEN (logged) for a role that may not, ORDER_STATE_CONFLICT past READY. */
export async function rejectOrder(
  input: StaffRejectInput,
  caller: Caller,
  nowMs: number,
): Promise<StaffRejectOutput> {
  const order = await findOrder(input.orderId);
  if (!order) throw new AppError('NOT_FOUND', 'No such order.', { field: 'orderId' });
  const status = decidingStatus(order, input.requestId);
  const isRejectable = REJECT_ROLES[status] !== undefined;
  const member = await requireStaffRole(
    order,
    'reject',
    (role) => (isRejectable ? mayReject(role, status) : mayReject(role, 'PAID')),
    caller,
    nowMs,
  );
  if (!isRejectable) {
    throw new AppError('ORDER_STATE_CONFLICT', `An order that is ${order.status} cannot be rejected.`, {
      status: order.status,
    });
  }
  const refund = await refundOrderAs(order, member, { ...input }, caller, nowMs);
  if (await markOrderRejected(order._id, input.reason, nowMs)) {
    await appendAudit(
      {
        storeId: order.storeId,
        actorOpenid: member._openid,
        actorRole: member.role,
        action: 'staff.reject',
        targetCollection: 'orders',
        targetId: order._id,
        before: { status: order.status },
        after: { status: refund.status, reason: input.reason, outRefundNo: refund.outRefundNo },
        source: caller.source,
      },
      nowMs,
    ).catch((error: unknown) =>
      console.error(`order ${order._id}: the audit entry of staff.reject was not written`, error),
    );
    await sendRejectNotice(order, input.reason, refund.amountFen, nowMs);
  }
  return {
    orderId: order._id,
    status: refund.status,
    outRefundNo: refund.outRefundNo,
    amountFen: refund.amountFen,
  };
}
