import type { OrderStatus, OrderView } from '../../../typings/contracts/order';
import { chinaTime, money, t } from '../../i18n';
import { statusText, storeNameOf } from '../../utils/order-text';

/** One order as the list draws it, in the current language. */
export interface OrderRow {
  id: string;
  storeName: string;
  /** When it was placed, China time (`今天 14:30`). */
  time: string;
  status: OrderStatus;
  statusText: string;
  total: string;
  /** `取餐号 A012`, or empty before payment. */
  pickup: string;
}

/** The row of `order` as seen at `nowMs`. */
export function orderRow(order: OrderView, nowMs: number): OrderRow {
  return {
    id: order.id,
    storeName: storeNameOf(order),
    time: chinaTime(order.createdAt, nowMs),
    status: order.status,
    statusText: statusText(order.status),
    total: t('orders.total', { amount: money(order.totalFen) }),
    pickup: order.pickupNumber ? t('order.pickupNumber', { number: order.pickupNumber }) : '',
  };
}

/** True when two rows draw the same. */
export function sameRow(a: OrderRow, b: OrderRow): boolean {
  return (Object.keys(a) as Array<keyof OrderRow>).every((field) => a[field] === b[field]);
}
