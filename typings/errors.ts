// What `error.details` holds for each error code, so a page reads details typed by the code it branched on.
import type { CartOutOfStockDetails } from './contracts/cart';
import type { CheckoutBlocker, OutOfStockDetails } from './contracts/checkout';
import type { OrderStatus, OrderView } from './contracts/order';
import type { PriceBreakdown } from './contracts/pricing';

/** `INVALID_INPUT` from the schema: at most 5 problems (names and values cut to 64 characters), and how many more. */
export interface SchemaProblemDetails {
  problems: string[];
  more?: number;
}

/** `INVALID_INPUT` or `NOT_FOUND` from a rule a service checks: the field at fault (`item.addons`) and why. */
export interface FieldProblemDetails {
  field: string;
  /** The rule broken, e.g. `UNKNOWN_ADDON`, `QUANTITY_LIMIT`. */
  problem?: string;
  /** The limit broken, where there is one. */
  limit?: number;
}

/** `CHECKOUT_BLOCKED`: everything that stops the whole order. */
export interface CheckoutBlockedDetails {
  blockers: CheckoutBlocker[];
}

/** `PRICE_CHANGED`: the breakdown as the server prices it now. */
export interface PriceChangedDetails {
  breakdown: PriceBreakdown;
}

/** `ORDER_STATE_CONFLICT`: where the order stands, the change refused, or the order a checkout already placed. */
export type OrderStateConflictDetails =
  { status: OrderStatus } | { from: OrderStatus; to: OrderStatus } | { order: OrderView };

/** `BUSY` (and, from a contended cart, `INTERNAL`): how many attempts were made before giving up. */
export interface AttemptDetails {
  attempts: number;
}

/** `STORE_BUSY`: the store's staff stopped new orders for now; `message` is their words for the customer. */
export interface StoreBusyDetails {
  message: string;
}

/**
 * Error code → its details. `undefined` in the type means details may be absent; `never` means a code
 * carries none.
 */
export interface ErrorDetails {
  INVALID_INPUT: SchemaProblemDetails | FieldProblemDetails | undefined;
  UNKNOWN_ACTION: never;
  UNAUTHENTICATED: never;
  FORBIDDEN: never;
  NOT_FOUND: FieldProblemDetails | undefined;
  OUT_OF_STOCK: OutOfStockDetails | CartOutOfStockDetails;
  PRICE_CHANGED: PriceChangedDetails;
  STORE_CLOSED: never;
  CHECKOUT_BLOCKED: CheckoutBlockedDetails;
  PAYMENT_UNAVAILABLE: never;
  ORDER_STATE_CONFLICT: OrderStateConflictDetails | undefined;
  PAYMENT_FAILED: never;
  PAYMENT_CANCELLED: never;
  NETWORK: never;
  BUSY: AttemptDetails | undefined;
  INTERNAL: never;
  STORE_BUSY: StoreBusyDetails;
}
