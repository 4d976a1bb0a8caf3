// Whether the caller may act on an order as the store's staff: an active member whose role takes the action.
// A refusal is logged (who tried what on which order) and answered FORBIDDEN before anything else is written.
import type { OrderRecord } from '../../domain/order/order-record';
import { appendAudit } from '../../repositories/audit-repository';
import { findStaffMembership, type StaffRecord, type StaffRole } from '../../repositories/staff-repository';
import { AppError } from '../../runtime/app-error';
import type { Caller } from '../../runtime/router';
import { mayTake, type StaffAction } from './staff-steps';

/**
 * The caller's active staff record for the order's store, or FORBIDDEN (logged, with the role they held or
 * `none`) when they are not active staff there or their role does not take `action`.
 */
export async function requireStaffFor(
  order: OrderRecord,
  action: StaffAction | 'refund',
  caller: Caller,
  nowMs: number,
): Promise<StaffRecord> {
  return requireStaffRole(order, action, (role) => mayTake(role, action), caller, nowMs);
}

/** The same check for an action that is not a status step: `allows` says which roles take it. */
export async function requireStaffRole(
  order: OrderRecord,
  action: string,
  allows: (role: StaffRole) => boolean,
  caller: Caller,
  nowMs: number,
): Promise<StaffRecord> {
  const member = await findStaffMembership(order.storeId, caller.openid);
  if (member?.isActive === true && allows(member.role)) return member;
  await appendAudit(
    {
      storeId: order.storeId,
      actorOpenid: caller.openid,
      actorRole: member?.role ?? 'none',
      action: `staff.${action}.denied`,
      targetCollection: 'orders',
      targetId: order._id,
      before: { status: order.status },
      after: null,
      source: caller.source,
    },
    nowMs,
  );
  throw new AppError('FORBIDDEN', 'Only this store’s staff in a role that does this may do it.');
}
