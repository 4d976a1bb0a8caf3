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

/** What the customer chose on the checkout screen; prices and the owner are never part of it. */
export interface CheckoutInput {
  storeId: string;
  mode: OrderMode;
  /** Dine-in: the table code from the QR scene. */
  tableCode?: string;
  /** Pickup: when to pick up (ISO time); absent means as soon as possible. */
  pickupAt?: string;
  /** Delivery: where to. */
  address?: DeliveryAddress;
  /** Delivery: where to, as one of the caller's saved addresses (`account.listAddresses`); instead of `address`. */
  addressId?: string;
  remark?: string;
}

/** `preview`: the same choices as placing. */
export type PreviewInput = CheckoutInput;
/** `preview`: the priced cart for the mode, and everything that would stop placing it. */
export interface PreviewOutput {
  breakdown: PriceBreakdown;
  /** Lines of the cart that cannot be ordered now, with why. */
  problems: Array<{
    lineId: string;
    reason: 'REMOVED' | 'SOLD_OUT' | 'NOT_ENOUGH_STOCK';
    stockLeft: number | null;
  }>;
  /** What stops the whole order (store closed, no table, out of range…); empty when it can be placed. */
  blockers: CheckoutBlocker[];
  /** True when nothing stops placing this order now. */
  canPlace: boolean;
}

/** Why an order cannot be placed as asked, beyond its lines. */
export interface CheckoutBlocker {
  code:
    | 'STORE_CLOSED'
    | 'PAYMENT_UNAVAILABLE'
    | 'MODE_UNAVAILABLE'
    | 'EMPTY_CART'
    | 'TABLE_REQUIRED'
    | 'TABLE_NOT_FOUND'
    | 'PICKUP_TIME_INVALID'
    | 'ADDRESS_REQUIRED'
    | 'OUT_OF_RANGE'
    | 'BELOW_MINIMUM'
    | 'NOTHING_TO_PAY'
    | 'STORE_BUSY';
  message: string;
  /** Delivery: how far the address is; BELOW_MINIMUM: the minimum in fen. */
  distanceMetres?: number;
  minimumFen?: number;
}

/** `details` of an OUT_OF_STOCK error: each item short of stock and what is left of it. */
export interface OutOfStockDetails {
  items: Array<{
    lineId?: string;
    skuId: string;
    productId: string;
    name: string;
    nameEn: string;
    reason: 'REMOVED' | 'SOLD_OUT' | 'NOT_ENOUGH_STOCK';
    /** Units asked for, over every line of this SKU. */
    requested: number;
    /** Units left now; null when unlimited or unknown. */
    stockLeft: number | null;
  }>;
}

/** `place`: the checkout choices, the client's idempotency key and the total it showed. */
export interface PlaceOrderInput extends CheckoutInput {
  /** Client-made key (one per checkout screen): a double tap places one order. */
  idempotencyKey: string;
  /** The total the customer saw; if the server's total differs the order is refused with PRICE_CHANGED. */
  expectedTotalFen?: number;
}

/** `place`: the new order (or the one this key placed before) and its payment sheet. */
export interface PlaceOrderOutput {
  order: OrderView;
  payment: PaymentParams;
}
