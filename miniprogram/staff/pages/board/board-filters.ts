// The board's filters as data: each state chip's statuses and the count that badges it, and the modes.
import type { OrderMode, OrderStatus } from '../../../../typings/contracts/order';
import type { BoardCountedStatus } from '../../../../typings/contracts/staff-board';

/** A state chip. */
export type BoardFilter = 'new' | 'accepted' | 'ready' | 'done';

/** Each chip's statuses and the status its badge counts. */
export const BOARD_FILTERS: Readonly<
  Record<BoardFilter, { statuses: OrderStatus[]; counted: BoardCountedStatus }>
> = {
  new: { statuses: ['PAID'], counted: 'PAID' },
  accepted: { statuses: ['ACCEPTED'], counted: 'ACCEPTED' },
  ready: { statuses: ['READY'], counted: 'READY' },
  done: { statuses: ['COMPLETED', 'REFUNDING', 'REFUNDED'], counted: 'COMPLETED' },
};

/** The chips in order. */
export const FILTER_ORDER: readonly BoardFilter[] = ['new', 'accepted', 'ready', 'done'];

/** The mode chips: '' is every mode. */
export const MODE_ORDER: ReadonlyArray<OrderMode | ''> = ['', 'dine_in', 'pickup', 'delivery'];

/** True when `value` names a state chip. */
export function isBoardFilter(value: unknown): value is BoardFilter {
  return typeof value === 'string' && value in BOARD_FILTERS;
}
