// What the live order board reads and marks: a store's orders by status and mode, newest first, their counts,
// a person's active memberships, and the one-time mark of a rejection (so its message and audit go once).
import type { OrderMode, OrderStatus } from '../../typings/contracts/order';
import type { OrderRecord } from '../domain/order/order-record';
import { database, readCount, readList, updateCount } from '../runtime/cloud';
import type { OrderCursor } from './order-repository';
import type { StaffRecord } from './staff-repository';

const orders = () => database().collection('orders');

/** Which of a store's orders: some statuses, optionally one mode. */
export interface StoreOrderFilter {
  storeId: string;
  statuses: readonly OrderStatus[];
  mode?: OrderMode;
}

function filterQuery(filter: StoreOrderFilter): Record<string, unknown> {
  const _ = database().command;
  return {
    storeId: filter.storeId,
    status: filter.statuses.length === 1 ? filter.statuses[0] : _.in([...filter.statuses]),
    ...(filter.mode !== undefined && { mode: filter.mode }),
  };
}

/** A page of the store's orders matching `filter`, newest first, after `after` (one operation). */
export async function listStoreOrders(
  filter: StoreOrderFilter,
  page: { after?: OrderCursor; limit: number },
): Promise<OrderRecord[]> {
  const _ = database().command;
  const conditions: object[] = [filterQuery(filter)];
  if (page.after) {
    const at = new Date(page.after.createdAtMs);
    conditions.push(_.or([{ createdAt: _.lt(at) }, { createdAt: at, _id: _.lt(page.after.orderId) }]));
  }
  return readList<OrderRecord>(
    orders().where(_.and(conditions)).orderBy('createdAt', 'desc').orderBy('_id', 'desc').limit(page.limit),
  );
}

/** How many of the store's orders match `filter` (one operation). */
export async function countStoreOrders(filter: StoreOrderFilter): Promise<number> {
  return readCount(orders().where(filterQuery(filter)));
}

/** The person's active staff records, in any store (one operation on the openid index). */
export async function listActiveMemberships(openid: string): Promise<StaffRecord[]> {
  return readList<StaffRecord>(
    database().collection('staff').where({ _openid: openid, isActive: true }).limit(20),
  );
}

/**
 * Marks a refunded order as rejected by the shop, with the reason the customer sees, once: true for the one
 * call that set the mark (that call logs it and tells the customer).
 */
export async function markOrderRejected(orderId: string, reason: string, nowMs: number): Promise<boolean> {
  const _ = database().command;
  const changed = await updateCount(
    orders().where({ _id: orderId, rejectedAt: _.exists(false) }),
    { rejectedAt: new Date(nowMs), cancelReason: reason, updatedAt: new Date(nowMs) },
    { isIdempotent: true },
  );
  return changed === 1;
}
