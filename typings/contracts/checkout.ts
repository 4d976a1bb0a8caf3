// Contract of the `checkout` cloud function: preview the price, then place the order and get the payment sheet.
import type { DeliveryAddress, OrderMode, OrderView } from './order';
import type { PriceBreakdown } from './pricing';

/** What `wx.requestPayment` needs, straight from cloud payment. */
export interface PaymentParams {
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: string;
  paySign: string;
}

export interface CheckoutInput {
  storeId: string;
  mode: OrderMode;
  /** Dine-in: the table code from the QR scene. */
  tableCode?: string;
  /** Pickup: when to pick up (ISO time); absent means as soon as possible. */
  pickupAt?: string;
  /** Delivery: where to. */
  address?: DeliveryAddress;
  remark?: string;
}

export type PreviewInput = CheckoutInput;
export interface PreviewOutput {
  breakdown: PriceBreakdown;
  /** Lines of the cart that cannot be ordered now, with why. */
  problems: Array<{
    lineId: string;
    reason: 'REMOVED' | 'SOLD_OUT' | 'NOT_ENOUGH_STOCK';
    stockLeft: number | null;
  }>;
}

export interface PlaceOrderInput extends CheckoutInput {
  /** Client-made key (one per checkout screen): a double tap places one order. */
  idempotencyKey: string;
  /** The total the customer saw; if the server's total differs the order is refused with PRICE_CHANGED. */
  expectedTotalFen?: number;
}

export interface PlaceOrderOutput {
  order: OrderView;
  payment: PaymentParams;
}
