// `staff.invite`: an owner (any role) or a manager (clerk, kitchen) hands out a one-time code for a role.
import type { StaffInviteInput, StaffInviteOutput } from '../../../../typings/contracts/staff-roles';
import { appendAudit } from '../../../repositories/audit-repository';
import { issueStaffCode } from '../../../repositories/staff-code-repository';
import type { Caller } from '../../../runtime/router';
import { requireMember } from './role-access';
import { INVITE_LIFETIME_MS, mayInvite } from './role-rules';

/** Stores the code's hash and answers the code once; the invite is logged (never the code). */
export async function invite(
  input: StaffInviteInput,
  caller: Caller,
  nowMs: number,
): Promise<StaffInviteOutput> {
  const target = { storeId: input.storeId, targetCollection: 'stores', targetId: input.storeId } as const;
  const inviter = await requireMember(caller, 'invite', target, (m) => mayInvite(m.role, input.role), nowMs);
  const expiresAtMs = nowMs + INVITE_LIFETIME_MS;
  const issued = await issueStaffCode(
    { storeId: input.storeId, kind: 'invite', role: input.role, createdBy: caller.openid },
    expiresAtMs,
    nowMs,
  );
  await appendAudit(
    {
      storeId: input.storeId,
      actorOpenid: caller.openid,
      actorRole: inviter.role,
      action: 'staff.invite',
      targetCollection: 'staff_codes',
      targetId: issued.codeId,
      before: null,
      after: { role: input.role, expiresAt: new Date(expiresAtMs).toISOString() },
      source: caller.source,
    },
    nowMs,
  );
  return { code: issued.code, role: input.role, expiresAt: new Date(expiresAtMs).toISOString() };
}
