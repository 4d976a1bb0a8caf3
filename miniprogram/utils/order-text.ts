// How an order's parts read to the customer in the current language: store name, status, mode, step labels.
import type { OrderStatus, OrderView } from '../../typings/contracts/order';
import { getLocale, t } from '../i18n';

/** The store's name in the current language (zh-CN, or English when the customer reads English). */
export function storeNameOf(order: Pick<OrderView, 'storeName' | 'storeNameEn'>): string {
  return getLocale() === 'en' && order.storeNameEn ? order.storeNameEn : order.storeName;
}

/** The status as the customer reads it, e.g. 待支付 / Awaiting payment. */
export function statusText(status: OrderStatus): string {
  return t(`order.status.${status}`);
}

/** Words for the order-progress component: each step key and each ended status. */
export function progressLabels(): Record<string, string> {
  return {
    placed: t('orders.step.placed'),
    paid: t('orders.step.paid'),
    making: t('orders.step.making'),
    ready: t('orders.step.ready'),
    done: t('orders.step.done'),
    CANCELLED: statusText('CANCELLED'),
    EXPIRED: statusText('EXPIRED'),
    REFUNDING: statusText('REFUNDING'),
    REFUNDED: statusText('REFUNDED'),
  };
}
