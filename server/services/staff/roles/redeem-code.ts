// `staff.join` (an invite) and `staff.claimOwner` (a store's owner setup code): the code spent by one
// conditional update, then the caller's membership written; one code makes one member, once.
import type { StaffMemberView } from '../../../../typings/contracts/staff-roles';
import { parseStaffCode, secretMatches } from '../../../runtime/staff-code';
import { appendAudit } from '../../../repositories/audit-repository';
import { isDuplicateKeyError } from '../../../repositories/database-errors';
import {
  findStaffCode,
  returnStaffCode,
  spendStaffCode,
  type StaffCodeKind,
  type StaffCodeRecord,
} from '../../../repositories/staff-code-repository';
import {
  addStaffMember,
  staffMemberId,
  updateStaffMember,
} from '../../../repositories/staff-member-repository';
import { findStaffMembership, type StaffRecord } from '../../../repositories/staff-repository';
import { AppError } from '../../../runtime/app-error';
import type { Caller } from '../../../runtime/router';
import { memberView } from './member-view';
import { tellOwners } from './staff-change-notice';

/** The most characters of a new member's display name (the schema allows 40). */
const NAME_LENGTH = 40;

/** Redeems `typed` as a code of `kind` (for `storeId` when given) and makes the caller a member in its role. */
export async function redeemCode(
  kind: StaffCodeKind,
  typed: string,
  storeId: string | undefined,
  caller: Caller,
  nowMs: number,
): Promise<StaffMemberView> {
  const code = await openCodeFor(kind, typed, storeId, nowMs);
  const existing = await findStaffMembership(code.storeId, caller.openid);
  if (existing?.isActive === true && (kind === 'invite' || existing.role === 'owner')) {
    throw new AppError('INVALID_INPUT', 'You are staff of this store already.', {
      field: 'code',
      problem: 'ALREADY_STAFF',
    });
  }
  if (!(await spendStaffCode(code._id, caller.openid, nowMs))) throw codeProblem('CODE_USED');
  let member: StaffRecord;
  try {
    member = await writeMembership(code, existing, caller.openid, nowMs);
  } catch (error) {
    await returnStaffCode(code._id, caller.openid);
    throw error;
  }
  await appendAudit(
    {
      storeId: code.storeId,
      actorOpenid: caller.openid,
      actorRole: existing?.isActive === true ? existing.role : 'none',
      action: kind === 'invite' ? 'staff.join' : 'staff.claimOwner',
      targetCollection: 'staff',
      targetId: member._id,
      before: existing ? { role: existing.role, isActive: existing.isActive } : null,
      after: { role: member.role, isActive: true, codeId: code._id },
      source: caller.source,
    },
    nowMs,
  );
  await tellOwners(
    {
      storeId: code.storeId,
      kind: 'joined',
      role: member.role,
      actorOpenid: caller.openid,
      staffId: member._id,
      source: caller.source,
    },
    nowMs,
  );
  return memberView(member);
}

/** The stored, open, unexpired code the caller typed, or NOT_FOUND saying which of those it is not. */
async function openCodeFor(
  kind: StaffCodeKind,
  typed: string,
  storeId: string | undefined,
  nowMs: number,
): Promise<StaffCodeRecord> {
  const parts = parseStaffCode(typed);
  const code = parts && (await findStaffCode(parts.codeId));
  const matches = parts !== undefined && code !== undefined && secretMatches(parts.secret, code.secretHash);
  if (!code || !matches || code.kind !== kind || (storeId !== undefined && code.storeId !== storeId)) {
    throw codeProblem('CODE_UNKNOWN');
  }
  if (code.state !== 'open') throw codeProblem('CODE_USED');
  if (new Date(code.expiresAt).getTime() <= nowMs) throw codeProblem('CODE_EXPIRED');
  return code;
}

/** A new member, or the caller's earlier (inactive, or lower-role) record given the code's role. */
async function writeMembership(
  code: StaffCodeRecord,
  existing: StaffRecord | undefined,
  openid: string,
  nowMs: number,
): Promise<StaffRecord> {
  const at = new Date(nowMs);
  if (existing) {
    if (!(await updateStaffMember(existing, { role: code.role, isActive: true }, nowMs))) {
      throw new AppError('BUSY', 'Your membership changed meanwhile; try again.');
    }
    return { ...existing, role: code.role, isActive: true, updatedAt: at };
  }
  const member: StaffRecord = {
    _id: staffMemberId(code.storeId, openid),
    storeId: code.storeId,
    _openid: openid,
    role: code.role,
    displayName: `${code.role} ${openid.slice(-6)}`.slice(0, NAME_LENGTH),
    isActive: true,
    createdAt: at,
    updatedAt: at,
  };
  try {
    await addStaffMember(member);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    throw new AppError('INVALID_INPUT', 'You are staff of this store already.', {
      field: 'code',
      problem: 'ALREADY_STAFF',
    });
  }
  return member;
}

function codeProblem(problem: 'CODE_UNKNOWN' | 'CODE_USED' | 'CODE_EXPIRED'): AppError<'NOT_FOUND'> {
  const why = { CODE_UNKNOWN: 'is not a code', CODE_USED: 'was used already', CODE_EXPIRED: 'has expired' };
  return new AppError('NOT_FOUND', `input/code: this code ${why[problem]}`, { field: 'code', problem });
}
