// Whether a product's SKU can be ordered in a wanted quantity right now, and if not, why.
import type { ProductRecord, SkuRecord } from './catalog-types';

/** Why an item cannot be ordered: gone from the menu, switched or run out, or fewer left than wanted. */
export type UnavailableReason = 'REMOVED' | 'SOLD_OUT' | 'NOT_ENOUGH_STOCK';

/** Availability of one item; `stockLeft` is units left (0 when switched sold out, null when unlimited or removed). */
export interface Availability {
  isAvailable: boolean;
  reason?: UnavailableReason;
  stockLeft: number | null;
}

/** Decide availability: unlisted/missing → REMOVED; staff switch or no stock → SOLD_OUT; stock < wanted → NOT_ENOUGH_STOCK. */
export function availabilityOf(
  product: ProductRecord | undefined,
  sku: SkuRecord | undefined,
  wantedQuantity: number,
): Availability {
  if (product === undefined || sku === undefined || !product.isListed || sku.productId !== product._id) {
    return { isAvailable: false, reason: 'REMOVED', stockLeft: null };
  }
  if (sku.isSoldOut) return { isAvailable: false, reason: 'SOLD_OUT', stockLeft: 0 };
  if (sku.stock === null) return { isAvailable: true, stockLeft: null };
  if (sku.stock <= 0) return { isAvailable: false, reason: 'SOLD_OUT', stockLeft: 0 };
  if (sku.stock < wantedQuantity)
    return { isAvailable: false, reason: 'NOT_ENOUGH_STOCK', stockLeft: sku.stock };
  return { isAvailable: true, stockLeft: sku.stock };
}
