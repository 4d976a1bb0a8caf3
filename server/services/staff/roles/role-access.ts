// The caller's standing in a store for a role action: an active member whose role allows it, or FORBIDDEN
// with the refusal logged (who, which action, on what) before anything is written.
import { appendAudit } from '../../../repositories/audit-repository';
import { findStaffMembership, type StaffRecord } from '../../../repositories/staff-repository';
import { AppError } from '../../../runtime/app-error';
import type { Caller } from '../../../runtime/router';

/** What the refused action was aimed at, for the log. */
export interface RoleTarget {
  storeId: string;
  targetCollection: 'staff' | 'staff_codes' | 'stores';
  targetId: string;
  before?: Record<string, unknown> | null;
}

/** The caller's active membership when `allowed` says yes to it; otherwise logs `staff.<action>.denied` and throws. */
export async function requireMember(
  caller: Caller,
  action: string,
  target: RoleTarget,
  allowed: (member: StaffRecord) => boolean,
  nowMs: number,
): Promise<StaffRecord> {
  const member = await findStaffMembership(target.storeId, caller.openid);
  if (member?.isActive === true && allowed(member)) return member;
  await appendAudit(
    {
      storeId: target.storeId,
      actorOpenid: caller.openid,
      actorRole: member?.isActive === true ? member.role : 'none',
      action: `staff.${action}.denied`,
      targetCollection: target.targetCollection,
      targetId: target.targetId,
      before: target.before ?? null,
      after: null,
      source: caller.source,
    },
    nowMs,
  );
  throw new AppError('FORBIDDEN', 'Only this store’s staff in a role that does this may do it.');
}
