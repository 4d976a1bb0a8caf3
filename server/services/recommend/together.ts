// "Often ordered together": which products to offer beside a cart, from the store's counted paid orders. Pure.
import type { StoreStatsRecord } from '../../repositories/stats-repository';

/** A product to consider offering, and why. */
export interface SuggestionCandidate {
  productId: string;
  reason: 'together' | 'popular';
}

/** Candidates considered before availability is checked (some may be sold out or gone). */
export const MAX_CANDIDATES = 8;

/**
 * Products not in the cart, best first: partners of the cart's products by the paid orders they shared
 * (summed over the cart's products), then the store's best sellers. Empty without stats.
 */
export function suggestionCandidates(
  stats: StoreStatsRecord | undefined,
  cartProductIds: readonly string[],
): SuggestionCandidate[] {
  if (!stats) return [];
  const inCart = new Set(cartProductIds);
  const scores = new Map<string, number>();
  for (const entry of stats.together) {
    if (!inCart.has(entry.productId)) continue;
    for (const partner of entry.partners) {
      if (!inCart.has(partner.productId))
        scores.set(partner.productId, (scores.get(partner.productId) ?? 0) + partner.orders);
    }
  }
  const together = [...scores]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([productId]): SuggestionCandidate => ({ productId, reason: 'together' }));
  const chosen = new Set(together.map((candidate) => candidate.productId));
  const popular = stats.popular
    .map((entry) => entry.productId)
    .filter((productId) => !inCart.has(productId) && !chosen.has(productId))
    .map((productId): SuggestionCandidate => ({ productId, reason: 'popular' }));
  return [...together, ...popular].slice(0, MAX_CANDIDATES);
}
