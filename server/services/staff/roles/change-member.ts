// `staff.setRole` and `staff.remove`: the owner changes one member's role or ends their rights. The store's
// last active owner can be neither demoted nor removed.
import type { StaffMemberView } from '../../../../typings/contracts/staff-roles';
import { appendAudit } from '../../../repositories/audit-repository';
import {
  countActiveOwners,
  findStaffById,
  updateStaffMember,
} from '../../../repositories/staff-member-repository';
import type { StaffRecord, StaffRole } from '../../../repositories/staff-repository';
import { AppError } from '../../../runtime/app-error';
import type { Caller } from '../../../runtime/router';
import { memberView } from './member-view';
import { requireMember } from './role-access';
import { MANAGES_MEMBERS } from './role-rules';
import { tellOwners } from './staff-change-notice';

/** What becomes of the member: a new role (`setRole`) or no more rights (`remove`). */
export type MemberChange = { action: 'setRole'; role: StaffRole } | { action: 'remove' };

/** Applies `change` to `staffId` for the store's owner; answers the member as now stored. */
export async function changeMember(
  staffId: string,
  change: MemberChange,
  caller: Caller,
  nowMs: number,
): Promise<StaffMemberView> {
  const member = await findStaffById(staffId);
  if (!member) {
    throw new AppError('NOT_FOUND', 'input/staffId: no such staff member', { field: 'staffId' });
  }
  const before = { role: member.role, isActive: member.isActive };
  const target = {
    storeId: member.storeId,
    targetCollection: 'staff',
    targetId: member._id,
    before,
  } as const;
  const actor = await requireMember(
    caller,
    change.action,
    target,
    (m) => MANAGES_MEMBERS.includes(m.role),
    nowMs,
  );
  const after =
    change.action === 'setRole'
      ? { role: change.role, isActive: member.isActive }
      : { ...before, isActive: false };
  if (after.role === before.role && after.isActive === before.isActive) return memberView(member);
  await keepAnOwner(member, after);
  if (!(await updateStaffMember(member, after, nowMs))) {
    throw new AppError('BUSY', 'That member changed meanwhile; look again and retry.');
  }
  await undoIfNoOwnerLeft(member, after, nowMs);
  await appendAudit(
    {
      storeId: member.storeId,
      actorOpenid: caller.openid,
      actorRole: actor.role,
      action: `staff.${change.action}`,
      targetCollection: 'staff',
      targetId: member._id,
      before,
      after,
      source: caller.source,
    },
    nowMs,
  );
  await tellOwners(
    {
      storeId: member.storeId,
      kind: change.action === 'remove' ? 'removed' : 'role',
      role: after.role,
      actorOpenid: caller.openid,
      staffId: member._id,
      source: caller.source,
    },
    nowMs,
  );
  return memberView({ ...member, ...after, updatedAt: new Date(nowMs) });
}

/**
 * Two owners demoting each other at once both pass keepAnOwner; each then counts again and puts its own
 * change back if no owner is left, so the store keeps one (at worst both changes are undone).
 */
async function undoIfNoOwnerLeft(
  member: StaffRecord,
  after: { role: StaffRole; isActive: boolean },
  nowMs: number,
): Promise<void> {
  if (!losesAnOwner(member, after) || (await countActiveOwners(member.storeId)) > 0) return;
  await updateStaffMember({ ...member, ...after }, { role: member.role, isActive: member.isActive }, nowMs);
  throw lastOwner();
}

/** Refuses a change that would leave the store without an active owner. */
async function keepAnOwner(
  member: StaffRecord,
  after: { role: StaffRole; isActive: boolean },
): Promise<void> {
  if (losesAnOwner(member, after) && (await countActiveOwners(member.storeId)) <= 1) throw lastOwner();
}

function losesAnOwner(member: StaffRecord, after: { role: StaffRole; isActive: boolean }): boolean {
  return member.role === 'owner' && member.isActive && (after.role !== 'owner' || !after.isActive);
}

function lastOwner(): AppError<'INVALID_INPUT'> {
  return new AppError('INVALID_INPUT', 'A store keeps at least one owner; make someone else owner first.', {
    field: 'staffId',
    problem: 'LAST_OWNER',
  });
}
