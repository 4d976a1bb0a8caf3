// A stored cart priced live against the catalog: every line with its price and whether it can be ordered now.
import type { CartLineView, CartView } from '../../../typings/contracts/cart';
import { availabilityOf } from '../../domain/availability';
import { resolveStoredLine, type StoredCartLine } from '../../domain/cart-lines';
import type { ProductRecord, SkuRecord } from '../../domain/catalog-types';
import { sumFen } from '../../domain/money';
import { pricedLineOf } from '../../domain/pricing';
import type { SelectionResult } from '../../domain/selection';

/** Products and SKUs read for a cart, by id; also remembers which product ids were already looked up. */
export class CartCatalog {
  private readonly products = new Map<string, ProductRecord>();
  private readonly skusByProduct = new Map<string, SkuRecord[]>();
  private readonly lookedUp = new Set<string>();

  /** Records a read of `productIds` (ids absent from `found` do not exist in the store). */
  add(productIds: readonly string[], found: { products: ProductRecord[]; skus: SkuRecord[] }): void {
    for (const id of productIds) this.lookedUp.add(id);
    for (const product of found.products) this.products.set(product._id, product);
    for (const sku of found.skus) {
      this.skusByProduct.set(sku.productId, [...(this.skusByProduct.get(sku.productId) ?? []), sku]);
    }
  }

  /** Which of `productIds` have not been read yet. */
  missing(productIds: readonly string[]): string[] {
    return [...new Set(productIds)].filter((id) => !this.lookedUp.has(id));
  }

  product(productId: string): ProductRecord | undefined {
    return this.products.get(productId);
  }

  skusOf(productId: string): SkuRecord[] {
    return this.skusByProduct.get(productId) ?? [];
  }

  /** A stored line resolved again against today's catalog (its SKU must still be the one the specs pick). */
  resolveLine(line: StoredCartLine): SelectionResult {
    return resolveStoredLine(line, this.product(line.productId), this.skusOf(line.productId));
  }
}

/** The cart as the customer sees it; totals count available lines only (no mode fees: checkout adds those). */
export function cartViewOf(
  storeId: string,
  lines: readonly StoredCartLine[],
  catalog: CartCatalog,
): CartView {
  const views = lines.map((line) => lineViewOf(line, catalog));
  const available = views.filter((view) => view.isAvailable);
  return {
    storeId,
    lines: views,
    itemsFen: sumFen(available.map((view) => view.lineTotalFen)),
    itemCount: available.reduce((count, view) => count + view.quantity, 0),
  };
}

/** An empty cart of a store. */
export function emptyCartView(storeId: string): CartView {
  return { storeId, lines: [], itemsFen: 0, itemCount: 0 };
}

function lineViewOf(line: StoredCartLine, catalog: CartCatalog): CartLineView {
  const product = catalog.product(line.productId);
  const resolved = catalog.resolveLine(line);
  if (!resolved.ok) {
    // Gone from the menu, or its specs no longer exist: shown as unavailable, never an error.
    return {
      lineId: line.lineId,
      productId: line.productId,
      skuId: line.skuId,
      name: product?.name ?? '',
      nameEn: product?.nameEn ?? '',
      specs: { ...line.specs },
      specText: '',
      specTextEn: '',
      addons: [],
      quantity: line.quantity,
      unitPriceFen: 0,
      lineTotalFen: 0,
      isAvailable: false,
      unavailableReason: 'REMOVED',
      stockLeft: null,
    };
  }
  const { item } = resolved;
  const availability = availabilityOf(item.product, item.sku, line.quantity);
  return {
    ...pricedLineOf({ lineId: line.lineId, item, quantity: line.quantity }),
    isAvailable: availability.isAvailable,
    ...(availability.reason !== undefined && { unavailableReason: availability.reason }),
    stockLeft: availability.stockLeft,
  };
}
