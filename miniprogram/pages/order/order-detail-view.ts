import type { OrderStatus, OrderView } from '../../../typings/contracts/order';
import { chinaHhmm, chinaTime, getLocale, money, t } from '../../i18n';
import { statusText, storeNameOf } from '../../utils/order-text';

/** One line of the breakdown as drawn: an item, or a fee or adjustment with its amount. */
export interface DrawnLine {
  key: string;
  name: string;
  note: string;
  quantity: string;
  amount: string;
}

/** The order as the page draws it, in the current language; every field is set by path when it changes. */
export interface OrderDetail {
  status: OrderStatus;
  statusText: string;
  wasPaid: boolean;
  storeName: string;
  pickupNumber: string;
  placedAt: string;
  mode: string;
  table: string;
  pickupAt: string;
  /** Masked name and phone, and the owner's own address text. */
  address: string;
  items: DrawnLine[];
  fees: DrawnLine[];
  total: string;
  remark: string;
  canPay: boolean;
  canCancel: boolean;
  /** `请在 14:45 前支付` while payable, else empty. */
  payBefore: string;
}

function itemLines(order: OrderView): DrawnLine[] {
  const en = getLocale() === 'en';
  return order.breakdown.lines.map((line) => ({
    key: line.lineId,
    name: en && line.nameEn ? line.nameEn : line.name,
    note: en && line.specTextEn ? line.specTextEn : line.specText,
    quantity: t('orders.quantity', { count: line.quantity }),
    amount: money(line.lineTotalFen),
  }));
}

function feeLines(order: OrderView): DrawnLine[] {
  const { packagingFeeFen, deliveryFeeFen, adjustments } = order.breakdown;
  const en = getLocale() === 'en';
  const fee = (key: string, name: string, fen: number): DrawnLine => ({
    key,
    name,
    note: '',
    quantity: '',
    amount: money(fen),
  });
  return [
    ...(packagingFeeFen > 0 ? [fee('packaging', t('orders.packagingFee'), packagingFeeFen)] : []),
    ...(deliveryFeeFen > 0 ? [fee('delivery', t('orders.deliveryFee'), deliveryFeeFen)] : []),
    ...adjustments.map((item, index) =>
      fee(`adjustment-${index}`, en && item.labelEn ? item.labelEn : item.label, item.amountFen),
    ),
  ];
}

/** The drawn order of `order` as seen at `nowMs`. */
export function orderDetail(order: OrderView, nowMs: number): OrderDetail {
  const en = getLocale() === 'en';
  const address = order.address;
  return {
    status: order.status,
    statusText: statusText(order.status),
    wasPaid: order.paidAt !== null,
    storeName: storeNameOf(order),
    pickupNumber: order.pickupNumber ?? '',
    placedAt: chinaTime(order.createdAt, nowMs),
    mode: t(`mode.${order.mode}`),
    table: order.table ? (en && order.table.nameEn ? order.table.nameEn : order.table.name) : '',
    pickupAt:
      order.mode !== 'pickup'
        ? ''
        : order.pickupAt
          ? chinaTime(order.pickupAt, nowMs)
          : t('orders.pickupAsap'),
    address: address ? `${address.contactName} ${address.phone}\n${address.text}` : '',
    items: itemLines(order),
    fees: feeLines(order),
    total: money(order.totalFen),
    remark: order.remark,
    canPay: order.canPay,
    canCancel: order.canCancel,
    payBefore: order.canPay ? t('order.payBefore', { time: chinaHhmm(order.expiresAt) }) : '',
  };
}

/** The `order.<field>` paths whose drawing differs between `shown` and `next` (all of them when nothing is shown). */
export function changedPaths(shown: OrderDetail | null, next: OrderDetail): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const field of Object.keys(next) as Array<keyof OrderDetail>) {
    if (!shown || JSON.stringify(shown[field]) !== JSON.stringify(next[field]))
      paths[`order.${field}`] = next[field];
  }
  return paths;
}
