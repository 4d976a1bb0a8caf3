// Contract of the `cart` cloud function: one server-side cart per customer per store.
import type { ItemSelection } from './catalog';
import type { PriceBreakdown, PricedLine } from './pricing';

/** A cart line is a priced line (same SKU + specs + add-ons is the same line) with its availability now. */
export interface CartLineView extends PricedLine {
  /** False when the product is gone, unlisted, sold out or short of stock. */
  isAvailable: boolean;
  /** Why not, when not available. */
  unavailableReason?: 'REMOVED' | 'SOLD_OUT' | 'NOT_ENOUGH_STOCK';
  stockLeft: number | null;
}

export interface CartView {
  storeId: string;
  lines: CartLineView[];
  /** Priced over the available lines only, with no mode fees. */
  itemsFen: number;
  /** Units in the available lines (what checkout would order). */
  itemCount: number;
  /** "Often ordered together": present only when the call asked `withSuggestions`. */
  suggestions?: CartSuggestion[];
}

/**
 * A product to offer beside the cart, orderable now and not in the cart. `reason`: `together` was in the same
 * paid orders as the cart's products (last 7 days); `popular` sells most in the store; `menu` a shop without
 * paid orders yet offers its signature products, then its first ones.
 */
export interface CartSuggestion {
  productId: string;
  name: string;
  nameEn: string;
  imageUrl: string;
  /** The lowest orderable SKU price. */
  fromPriceFen: number;
  reason: 'together' | 'popular' | 'menu';
}

export interface CartGetInput {
  storeId: string;
  /** Answer up to 3 suggestions as well (the cart popup asks; three more reads at most). */
  withSuggestions?: boolean;
}
export interface CartAddInput {
  storeId: string;
  item: ItemSelection;
  quantity: number;
  /** As for `get`. */
  withSuggestions?: boolean;
}
export interface CartSetQuantityInput {
  storeId: string;
  lineId: string;
  /** 0 removes the line. */
  quantity: number;
}
export interface CartRemoveInput {
  storeId: string;
  lineId: string;
}
export interface CartClearInput {
  storeId: string;
}

export type CartOutput = CartView;
export type { PriceBreakdown };

/** `details` of an OUT_OF_STOCK refusal of a cart change: the SKU, what is left and what was wanted. */
export interface CartOutOfStockDetails {
  skuId: string;
  /** Units left now; null when unlimited or unknown. */
  stockLeft: number | null;
  /** Units the cart line would hold after the change. */
  wanted: number;
  reason?: 'REMOVED' | 'SOLD_OUT' | 'NOT_ENOUGH_STOCK';
}

/**
 * `reorder`: put the items of one of the caller's past orders (of this store, any status) into the cart again,
 * under the rules of `add` and in one write. Another customer's order, or one of another store, is NOT_FOUND; a
 * cart that would pass 30 lines or 99 of one line is INVALID_INPUT (`details.problem` `TOO_MANY_LINES` or
 * `QUANTITY_LIMIT`) and nothing is added.
 */
export interface CartReorderInput {
  storeId: string;
  orderId: string;
}

/**
 * `reorder`: the cart after adding, and each item of the order that could not be added (named as the order shows
 * it), with why: `REMOVED` the product is off the menu, `SOLD_OUT` / `NOT_ENOUGH_STOCK` for the cart's units of
 * that line, `CHANGED` its specs or add-ons are no longer offered. Items are priced as today.
 */
export interface CartReorderOutput {
  cart: CartView;
  missing: Array<{
    name: string;
    nameEn: string;
    specText: string;
    specTextEn: string;
    reason: 'REMOVED' | 'SOLD_OUT' | 'NOT_ENOUGH_STOCK' | 'CHANGED';
  }>;
}
