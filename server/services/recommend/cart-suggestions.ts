// Suggestions beside a cart: up to 3 orderable products not in it, "often ordered together" first. With stats:
// one read for them and two for the products not read yet; a new shop: its menu picks (four reads at most).
import type { CartSuggestion } from '../../../typings/contracts/cart';
import { availabilityOf } from '../../domain/availability';
import {
  listListedProductRows,
  listVisibleCategories,
  loadCatalogFor,
  summariseSkus,
} from '../../repositories/catalog-repository';
import { loadStoreStats } from '../../repositories/stats-repository';
import { menuRowsOf } from '../browse/browse-views';
import type { CartCatalog } from '../cart/cart-views';
import { menuPicks, trustedStats } from './popular';
import { suggestionCandidates } from './together';

/** Suggestions a cart answer carries at most. */
export const MAX_SUGGESTIONS = 3;

/** Up to 3 suggestions for a cart of `cartProductIds`; `catalog` is the cart's, read further as needed. */
export async function suggestionsFor(
  storeId: string,
  cartProductIds: readonly string[],
  catalog: CartCatalog,
  nowMs: number,
): Promise<CartSuggestion[]> {
  const candidates = suggestionCandidates(trustedStats(await loadStoreStats(storeId), nowMs), cartProductIds);
  if (candidates.length === 0) return menuSuggestions(storeId, cartProductIds);
  const missing = catalog.missing(candidates.map((candidate) => candidate.productId));
  if (missing.length > 0) catalog.add(missing, await loadCatalogFor(storeId, missing));
  const suggestions: CartSuggestion[] = [];
  for (const { productId, reason } of candidates) {
    const product = catalog.product(productId);
    if (!product?.isListed) continue;
    const prices = catalog
      .skusOf(productId)
      .filter((sku) => availabilityOf(product, sku, 1).isAvailable)
      .map((sku) => sku.priceFen);
    if (prices.length === 0) continue;
    suggestions.push({
      productId,
      name: product.name,
      nameEn: product.nameEn,
      imageUrl: product.imageFileId ?? '',
      fromPriceFen: Math.min(...prices),
      reason,
    });
    if (suggestions.length === MAX_SUGGESTIONS) break;
  }
  return suggestions;
}

/** A shop without counted orders: its signature products, then its first ones, orderable and not in the cart. */
async function menuSuggestions(
  storeId: string,
  cartProductIds: readonly string[],
): Promise<CartSuggestion[]> {
  const [categories, rows, summaries] = await Promise.all([
    listVisibleCategories(storeId),
    listListedProductRows(storeId),
    summariseSkus(storeId),
  ]);
  const menu = menuRowsOf(
    rows,
    summaries,
    categories.map((category) => category._id),
  );
  const byId = new Map(menu.map((row) => [row.id, row]));
  return menuPicks(menu, MAX_SUGGESTIONS, new Set(cartProductIds)).flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { name, nameEn, imageUrl, fromPriceFen } = row;
    return [{ productId: id, name, nameEn, imageUrl, fromPriceFen, reason: 'menu' as const }];
  });
}
