// Each staff action as data: the status it moves an order from and to, and the roles allowed to do it.
import type { OrderStatus } from '../../../typings/contracts/order';
import type { StaffRole } from '../../repositories/staff-repository';

/** The staff actions so far. */
export type StaffAction = 'accept' | 'markReady' | 'complete';

/** One action's step of the order status table and who may take it. */
export interface StaffStep {
  from: OrderStatus;
  to: OrderStatus;
  roles: readonly StaffRole[];
}

/**
 * Accepting takes an order on (front of house: owner, manager, clerk; the kitchen cooks what was accepted);
 * marking ready is also the kitchen's. PAID → READY is not a step: the status table has an order accepted first.
 */
export const STAFF_STEPS: Readonly<Record<StaffAction, StaffStep>> = Object.freeze({
  accept: { from: 'PAID', to: 'ACCEPTED', roles: ['owner', 'manager', 'clerk'] },
  markReady: { from: 'ACCEPTED', to: 'READY', roles: ['owner', 'manager', 'clerk', 'kitchen'] },
  complete: { from: 'READY', to: 'COMPLETED', roles: ['owner', 'manager', 'clerk'] },
});

/**
 * Rejecting declines an order and refunds all of it: the front of house may decline a new (PAID) order it
 * cannot make; once ACCEPTED, sending the money back is a refund decision, the owner's or a manager's.
 */
export const REJECT_ROLES: Readonly<Partial<Record<OrderStatus, readonly StaffRole[]>>> = Object.freeze({
  PAID: ['owner', 'manager', 'clerk'],
  ACCEPTED: ['owner', 'manager'],
});

/** True when `role` may reject an order that is `status`. */
export function mayReject(role: StaffRole, status: OrderStatus): boolean {
  return REJECT_ROLES[status]?.includes(role) ?? false;
}

/** Refunds send the shop's money back: owner and manager only (a clerk asks one of them). */
export const REFUND_ROLES: readonly StaffRole[] = ['owner', 'manager'];

/** True when `role` may take `action`. */
export function mayTake(role: StaffRole, action: StaffAction | 'refund'): boolean {
  return (action === 'refund' ? REFUND_ROLES : STAFF_STEPS[action].roles).includes(role);
}
