// Who may do what to a store's menu, and the check every menu action makes first: an active member of the store
// whose role takes the action, or FORBIDDEN with the refusal logged before anything is written.
import { appendAudit } from '../../../repositories/audit-repository';
import {
  findStaffMembership,
  type StaffRecord,
  type StaffRole,
} from '../../../repositories/staff-repository';
import { AppError } from '../../../runtime/app-error';
import type { Caller } from '../../../runtime/router';

/** The menu actions. */
export type MenuAction = 'menu' | 'saveCategory' | 'saveProduct' | 'setSoldOut' | 'setStock';

/**
 * Owners and managers shape the menu (names, prices, pictures, categories); everyone on shift may see it and
 * switch what ran out off and on, or count what is left: the kitchen is often first to know.
 */
const MENU_ROLES: Readonly<Record<MenuAction, readonly StaffRole[]>> = {
  menu: ['owner', 'manager', 'clerk', 'kitchen'],
  saveCategory: ['owner', 'manager'],
  saveProduct: ['owner', 'manager'],
  setSoldOut: ['owner', 'manager', 'clerk', 'kitchen'],
  setStock: ['owner', 'manager', 'clerk', 'kitchen'],
};

/** Whether a role takes a menu action. */
export function mayEditMenu(role: StaffRole, action: MenuAction): boolean {
  return MENU_ROLES[action].includes(role);
}

/** What a refused action was aimed at, for the log. */
export interface MenuTarget {
  storeId: string;
  targetCollection: 'categories' | 'products' | 'skus';
  targetId: string;
}

/** The caller's active membership when their role takes `action`; otherwise logs `staff.<action>.denied` and throws. */
export async function requireMenuRole(
  caller: Caller,
  action: MenuAction,
  target: MenuTarget,
  nowMs: number,
): Promise<StaffRecord> {
  const member = await findStaffMembership(target.storeId, caller.openid);
  if (member?.isActive === true && mayEditMenu(member.role, action)) return member;
  await appendAudit(
    {
      storeId: target.storeId,
      actorOpenid: caller.openid,
      actorRole: member?.isActive === true ? member.role : 'none',
      action: `staff.${action}.denied`,
      targetCollection: target.targetCollection,
      targetId: target.targetId,
      before: null,
      after: null,
      source: caller.source,
    },
    nowMs,
  );
  throw new AppError('FORBIDDEN', 'Only this store’s staff in a role that does this may do it.');
}

/** Appends the audit entry of a menu write the member made. */
export async function auditMenuWrite(
  member: StaffRecord,
  caller: Caller,
  action: MenuAction,
  target: MenuTarget,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  nowMs: number,
): Promise<void> {
  await appendAudit(
    {
      storeId: target.storeId,
      actorOpenid: caller.openid,
      actorRole: member.role,
      action: `staff.${action}`,
      targetCollection: target.targetCollection,
      targetId: target.targetId,
      before,
      after,
      source: caller.source,
    },
    nowMs,
  );
}
