// Who may read and change a store's settings and tables: owner and manager everything, a clerk the open / busy /
// closed switch (and reads), the kitchen nothing. A refusal is logged before anything is written.
import { appendAudit } from '../../../repositories/audit-repository';
import {
  findStaffMembership,
  type StaffRecord,
  type StaffRole,
} from '../../../repositories/staff-repository';
import { AppError } from '../../../runtime/app-error';
import type { Caller } from '../../../runtime/router';

/** Roles that change the settings and the tables. */
export const EDITS_SETTINGS: readonly StaffRole[] = ['owner', 'manager'];
/** Roles that read the settings and tables and flip the switch. */
export const SWITCHES_STATE: readonly StaffRole[] = ['owner', 'manager', 'clerk'];

/** What a refused attempt aimed at, for the log. */
export interface SettingsTarget {
  storeId: string;
  targetCollection: 'stores' | 'tables';
  targetId: string;
}

/** The caller's active membership when its role is one of `roles`; otherwise `staff.<action>.denied` and FORBIDDEN. */
export async function requireStoreRole(
  caller: Caller,
  action: string,
  target: SettingsTarget,
  roles: readonly StaffRole[],
  nowMs: number,
): Promise<StaffRecord> {
  const member = await findStaffMembership(target.storeId, caller.openid);
  if (member?.isActive === true && roles.includes(member.role)) return member;
  await logDenied(caller, action, target, member?.isActive === true ? member.role : 'none', nowMs);
  throw new AppError('FORBIDDEN', 'Only this store’s staff in a role that does this may do it.');
}

/** Logs a refused attempt by someone whose role (or `none`) does not take it. */
export async function logDenied(
  caller: Caller,
  action: string,
  target: SettingsTarget,
  role: StaffRole | 'none',
  nowMs: number,
): Promise<void> {
  await appendAudit(
    {
      ...target,
      actorOpenid: caller.openid,
      actorRole: role,
      action: `staff.${action}.denied`,
      before: null,
      after: null,
      source: caller.source,
    },
    nowMs,
  );
}
