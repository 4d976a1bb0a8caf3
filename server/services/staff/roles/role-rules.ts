// Who may manage the staff of a store: the owner everything, a manager invites the clerks and the kitchen
// and sees the list; clerks and the kitchen manage no one.
import type { StaffRole } from '../../../repositories/staff-repository';

/** Whether a member in `actor` may hand out an invite for `invited`. */
export function mayInvite(actor: StaffRole, invited: StaffRole): boolean {
  if (actor === 'owner') return true;
  return actor === 'manager' && (invited === 'clerk' || invited === 'kitchen');
}

/** The roles that may change roles and remove members. */
export const MANAGES_MEMBERS: readonly StaffRole[] = ['owner'];

/** The roles that may list the staff. */
export const LISTS_MEMBERS: readonly StaffRole[] = ['owner', 'manager'];

/** How long an invite works (ms); an owner setup code's lifetime is the deploy script's. */
export const INVITE_LIFETIME_MS = 72 * 60 * 60 * 1000;
