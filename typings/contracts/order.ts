// Orders as customers see them, and the `order` cloud function's contract.
import type { InvoiceView } from './invoice';
import type { PriceBreakdown } from './pricing';

/** Where an order stands; the allowed changes are the table in server/domain/order-status.ts. */
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

/** How the customer gets the order. */
export type OrderMode = 'dine_in' | 'pickup' | 'delivery';

/** A delivery address as the customer enters it (coordinates in degrees). */
export interface DeliveryAddress {
  contactName: string;
  phone: string;
  text: string;
  latitude: number;
  longitude: number;
}

/** An order as its owner sees it: personal data masked, money in fen. */
export interface OrderView {
  id: string;
  storeId: string;
  /** The store's name when the order was placed (zh-CN and English). */
  storeName: string;
  storeNameEn: string;
  status: OrderStatus;
  mode: OrderMode;
  breakdown: PriceBreakdown;
  totalFen: number;
  /** Queue number shown to the customer once paid, e.g. `A012`. */
  pickupNumber: string | null;
  table: { id: string; name: string; nameEn: string } | null;
  /** Delivery: name and phone masked; the address text is the owner's own (shown only to them). */
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

/** `list`: the caller's orders, newest first. */
export interface OrderListInput {
  storeId?: string;
  /** Opaque cursor from the previous page. */
  cursor?: string;
  /** 1–20, default 10. */
  pageSize?: number;
}
/** `list`: one page and the cursor of the next (null on the last page). */
export interface OrderListOutput {
  orders: OrderView[];
  nextCursor: string | null;
}

/** `detail`: one of the caller's orders. */
export interface OrderDetailInput {
  orderId: string;
}
/** `detail`: the order, and its invoice request if one was made. */
export type OrderDetailOutput = OrderView & { invoice: InvoiceView | null };

/** `cancel`: one of the caller's orders, and optionally why. */
export interface OrderCancelInput {
  orderId: string;
  reason?: string;
}
/** `cancel`: the order as it is after cancelling. */
export type OrderCancelOutput = OrderView;
