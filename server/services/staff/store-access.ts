// Whether the caller may act on a store as its staff: an active member whose role takes the action. A refusal
// is logged (who tried what on which store) and answered FORBIDDEN before anything else is written.
import { appendAudit } from '../../repositories/audit-repository';
import { findStaffMembership, type StaffRecord, type StaffRole } from '../../repositories/staff-repository';
import { AppError } from '../../runtime/app-error';
import type { Caller } from '../../runtime/router';

/**
 * The caller's active staff record for `storeId` when `allows` takes its role; otherwise appends
 * `staff.<action>.denied` (the role they held, or `none`) and throws FORBIDDEN.
 */
export async function requireStoreRole(
  storeId: string,
  action: string,
  allows: (role: StaffRole) => boolean,
  caller: Caller,
  nowMs: number,
): Promise<StaffRecord> {
  const member = await findStaffMembership(storeId, caller.openid);
  if (member?.isActive === true && allows(member.role)) return member;
  await appendAudit(
    {
      storeId,
      actorOpenid: caller.openid,
      actorRole: member?.isActive === true ? member.role : 'none',
      action: `staff.${action}.denied`,
      targetCollection: 'stores',
      targetId: storeId,
      before: null,
      after: null,
      source: caller.source,
    },
    nowMs,
  );
  throw new AppError('FORBIDDEN', 'Only this store’s staff in a role that does this may do it.');
}
