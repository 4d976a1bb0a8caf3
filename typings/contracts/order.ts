// Orders as customers see them, and the `order` cloud function's contract.
import type { PriceBreakdown } from './pricing';

export type OrderStatus =
  | 'PENDING_PAYMENT'
  | 'PAID'
  | 'ACCEPTED'
  | 'READY'
  | 'COMPLETED'
  | 'CANCELLED'
  | 'EXPIRED'
  | 'REFUNDING'
  | 'REFUNDED';

export type OrderMode = 'dine_in' | 'pickup' | 'delivery';

export interface DeliveryAddress {
  contactName: string;
  phone: string;
  text: string;
  latitude: number;
  longitude: number;
}

export interface OrderView {
  id: string;
  storeId: string;
  status: OrderStatus;
  mode: OrderMode;
  breakdown: PriceBreakdown;
  totalFen: number;
  /** Queue number shown to the customer once paid, e.g. `A012`. */
  pickupNumber: string | null;
  table: { id: string; name: string } | null;
  /** Masked for display. */
  address: { contactName: string; phone: string; text: string } | null;
  pickupAt: string | null;
  remark: string;
  /** ISO times. */
  createdAt: string;
  expiresAt: string;
  paidAt: string | null;
  /** What the customer may still do. */
  canPay: boolean;
  canCancel: boolean;
}

export interface OrderListInput {
  storeId?: string;
  /** Opaque cursor from the previous page. */
  cursor?: string;
  /** 1–20, default 10. */
  pageSize?: number;
}
export interface OrderListOutput {
  orders: OrderView[];
  nextCursor: string | null;
}

export interface OrderDetailInput {
  orderId: string;
}
export type OrderDetailOutput = OrderView;

export interface OrderCancelInput {
  orderId: string;
  reason?: string;
}
export type OrderCancelOutput = OrderView;
