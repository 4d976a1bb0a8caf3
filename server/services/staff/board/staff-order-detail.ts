// staff.order: one order in full as the board shows it, for any active staff member of its store.
import type { BoardOrder, StaffOrderDetailInput } from '../../../../typings/contracts/staff-board';
import { findOrder } from '../../../repositories/order-repository';
import { AppError } from '../../../runtime/app-error';
import type { Caller } from '../../../runtime/router';
import { requireStaffRole } from '../staff-access';
import { toBoardOrder } from './board-view';

/** The order; NOT_FOUND when there is none, FORBIDDEN (logged) for anyone but its store's staff. */
export async function staffOrderDetail(
  input: StaffOrderDetailInput,
  caller: Caller,
  nowMs: number,
): Promise<BoardOrder> {
  const order = await findOrder(input.orderId);
  if (!order) throw new AppError('NOT_FOUND', 'No such order.', { field: 'orderId' });
  await requireStaffRole(order, 'order', () => true, caller, nowMs);
  return toBoardOrder(order);
}
