// "Popular now" for the menu: the store's best sellers of the last 7 days by units, from its stats; a new shop
// (no paid orders counted, or stats too old to trust) gets its signature products, then the menu's first ones.
import type { PopularView } from '../../../typings/contracts/browse';
import type { ProductCard } from '../../../typings/contracts/catalog';
import type { StoreStatsRecord } from '../../repositories/stats-repository';
import { STATS_TRUSTED_FOR_MS } from './refresh-stats';

/** Products "popular now" names at most. */
export const POPULAR_SHOWN = 6;

/** Stats a reader may use at `nowMs`: written by a recent refresh; otherwise undefined. */
export function trustedStats(
  stats: StoreStatsRecord | undefined,
  nowMs: number,
): StoreStatsRecord | undefined {
  if (!stats) return undefined;
  return nowMs - new Date(stats.refreshedAt).getTime() <= STATS_TRUSTED_FOR_MS ? stats : undefined;
}

/** Popular products among the menu's orderable rows, best sellers first; says whether orders or the menu chose them. */
export function popularOf(
  stats: StoreStatsRecord | undefined,
  menu: readonly ProductCard[],
  nowMs: number,
): PopularView {
  const orderable = new Set(menu.filter((row) => !row.isSoldOut).map((row) => row.id));
  const sold = (trustedStats(stats, nowMs)?.popular ?? [])
    .map((entry) => entry.productId)
    .filter((id) => orderable.has(id))
    .slice(0, POPULAR_SHOWN);
  if (sold.length > 0) return { productIds: sold, source: 'orders' };
  return { productIds: menuPicks(menu, POPULAR_SHOWN, new Set()), source: 'menu' };
}

/** Up to `count` orderable menu products not in `excluded`: signature ones first, then in menu order. */
export function menuPicks(
  menu: readonly ProductCard[],
  count: number,
  excluded: ReadonlySet<string>,
): string[] {
  const candidates = menu.filter((row) => !row.isSoldOut && !excluded.has(row.id));
  const signature = candidates.filter((row) => row.tags.includes('signature'));
  const rest = candidates.filter((row) => !row.tags.includes('signature'));
  return [...signature, ...rest].slice(0, count).map((row) => row.id);
}
