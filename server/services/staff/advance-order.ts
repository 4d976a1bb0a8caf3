// staff.accept and staff.markReady: one step of the status table, taken by one conditional update on the
// status the staff member saw, so a concurrent cancel, expiry or refund and this step cannot both win.
// Repeating a step that is done answers the same status. READY marks the customer's message due in the same
// update; the one call that then claims the mark sends it (so a stop between the two is mended by a repeat).
import type { StaffOrderInput, StaffOrderOutput } from '../../../typings/contracts/staff';
import type { OrderRecord } from '../../domain/order/order-record';
import { appendAudit } from '../../repositories/audit-repository';
import { findOrder, moveOrderStatus } from '../../repositories/order-repository';
import type { StaffRecord } from '../../repositories/staff-repository';
import { AppError } from '../../runtime/app-error';
import type { Caller } from '../../runtime/router';
import { printOnAccept } from '../printing/print-ticket';
import { sendReadyNotice } from './ready-notice';
import { requireStaffFor } from './staff-access';
import { STAFF_STEPS, type StaffAction } from './staff-steps';

/** How often the step reads the order again after it changed under the update before answering BUSY. */
const MAX_REREADS = 2;

/** Takes `action`'s step on the order for a staff member of its store (FORBIDDEN, logged, for anyone else). */
export async function advanceOrder(
  action: StaffAction,
  input: StaffOrderInput,
  caller: Caller,
  nowMs: number,
): Promise<StaffOrderOutput> {
  const read = await findOrder(input.orderId);
  if (!read) throw new AppError('NOT_FOUND', 'No such order.', { field: 'orderId' });
  const member = await requireStaffFor(read, action, caller, nowMs);
  const { from, to } = STAFF_STEPS[action];
  let order: OrderRecord | undefined = read;
  for (let rereads = 0; order; rereads++) {
    if (order.status === to) {
      // A READY order whose message is still due (the call that made it READY stopped first) sends it now.
      if (order.readyNoticeDueAt) await sendReadyNotice(order, nowMs);
      return { orderId: order._id, status: to };
    }
    if (order.status !== from) {
      throw new AppError('ORDER_STATE_CONFLICT', `An order that is ${order.status} cannot become ${to}.`, {
        from: order.status,
        to,
      });
    }
    if (await moveOrderStatus(order._id, from, to, nowMs, { owesNotice: to === 'READY' })) {
      await logStep(action, order, member, caller, nowMs).catch((error: unknown) =>
        console.error(`order ${order?._id ?? ''}: the audit entry of staff.${action} was not written`, error),
      );
      if (to === 'READY') await sendReadyNotice(order, nowMs);
      if (to === 'ACCEPTED') await printOnAccept(order, nowMs);
      return { orderId: order._id, status: to };
    }
    if (rereads >= MAX_REREADS) break;
    order = await findOrder(order._id);
  }
  throw new AppError('BUSY', 'This order is changing right now; please try again.');
}

/** The audit entry of a step this call took: who, what, on which order, its status before and after. */
async function logStep(
  action: StaffAction,
  order: OrderRecord,
  member: StaffRecord,
  caller: Caller,
  nowMs: number,
): Promise<void> {
  const { from, to } = STAFF_STEPS[action];
  await appendAudit(
    {
      storeId: order.storeId,
      actorOpenid: member._openid,
      actorRole: member.role,
      action: `staff.${action}`,
      targetCollection: 'orders',
      targetId: order._id,
      before: { status: from },
      after: { status: to },
      source: caller.source,
    },
    nowMs,
  );
}
