// The caller's own order, found by id: the one lookup every customer action on an order starts with.
import type { OrderRecord } from '../../domain/order/order-record';
import { findOwnOrder } from '../../repositories/order-repository';
import { AppError } from '../../runtime/app-error';
import type { Caller } from '../../runtime/router';
/** The caller's own order; another customer's order is NOT_FOUND like a missing one (one operation). */
export async function requireOwnOrder(orderId: string, caller: Caller): Promise<OrderRecord> {
  const order = await findOwnOrder(orderId, caller.openid);
  if (!order) throw new AppError('NOT_FOUND', 'No such order.');
  return order;
}
