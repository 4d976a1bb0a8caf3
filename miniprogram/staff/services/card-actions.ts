// Which buttons an order's card shows to a role: the server's tables (server/services/staff/staff-steps.ts)
// mirrored for display only; the server still decides.
import type { OrderStatus } from '../../../typings/contracts/order';
import type { BoardPrint } from '../../../typings/contracts/staff-board';
import type { StaffRoleName } from '../../../typings/contracts/staff-roles';

/** A card's action. */
export type CardAction = 'accept' | 'reject' | 'ready' | 'complete' | 'reprint';

const FRONT: readonly StaffRoleName[] = ['owner', 'manager', 'clerk'];
const EVERYONE: readonly StaffRoleName[] = ['owner', 'manager', 'clerk', 'kitchen'];
const MONEY: readonly StaffRoleName[] = ['owner', 'manager'];

/** Status → the actions it offers and who takes each. */
const STATUS_ACTIONS: Partial<Record<OrderStatus, Array<[CardAction, readonly StaffRoleName[]]>>> = {
  PAID: [
    ['accept', FRONT],
    ['reject', FRONT],
  ],
  ACCEPTED: [
    ['ready', EVERYONE],
    ['reject', MONEY],
  ],
  READY: [['complete', FRONT]],
};

/** Statuses whose ticket may be printed again. */
const REPRINTABLE: readonly OrderStatus[] = ['ACCEPTED', 'READY', 'COMPLETED'];

/** Refunds send money back: owner and manager, from a paid order not yet ended. */
export function mayRefund(role: StaffRoleName, status: OrderStatus): boolean {
  return MONEY.includes(role) && (status === 'PAID' || status === 'ACCEPTED' || status === 'READY');
}

/** The card's buttons for `role`, the main step first; reprint when the ticket failed. */
export function cardActions(
  status: OrderStatus,
  role: StaffRoleName,
  print: BoardPrint | null,
): CardAction[] {
  const steps = (STATUS_ACTIONS[status] ?? []).filter(([, roles]) => roles.includes(role)).map(([a]) => a);
  return print?.status === 'failed' && REPRINTABLE.includes(status) ? [...steps, 'reprint'] : steps;
}
