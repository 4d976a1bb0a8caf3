// Contract of the `cart` cloud function: one server-side cart per customer per store.
import type { ItemSelection } from './catalog';
import type { PriceBreakdown } from './pricing';

export interface CartLineView {
  /** Stable id of the line: same SKU + specs + add-ons is the same line. */
  lineId: string;
  productId: string;
  skuId: string;
  name: string;
  nameEn: string;
  specs: Record<string, string>;
  /** Human-readable choices, e.g. `大杯 / 冰 / 少糖`. */
  specText: string;
  specTextEn: string;
  addons: Array<{ id: string; name: string; nameEn: string; quantity: number; priceFen: number }>;
  quantity: number;
  unitPriceFen: number;
  lineTotalFen: number;
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
}

export interface CartGetInput {
  storeId: string;
}
export interface CartAddInput {
  storeId: string;
  item: ItemSelection;
  quantity: number;
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
