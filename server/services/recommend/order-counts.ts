// Counting paid orders into a store's recommendation stats: units per product, and how often two products
// were in the same order. Pure: the refresh reads the orders and writes what this computes.
import type { PaidOrderLines, StoreCounts } from '../../repositories/stats-repository';

/** Popular products kept per store. */
export const MAX_POPULAR = 10;
/** Products whose partners are kept (the most ordered ones). */
export const MAX_PAIRED_PRODUCTS = 50;
/** Partners kept per product. */
export const MAX_PARTNERS = 5;

/** The counts of one store's paid orders (each order's products counted once per pair). */
export function countStoreOrders(orders: readonly PaidOrderLines[]): StoreCounts {
  const units = new Map<string, number>();
  const orderCountOf = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  for (const order of orders) {
    const products = [...new Set(order.lines.map((line) => line.productId))];
    for (const line of order.lines)
      units.set(line.productId, (units.get(line.productId) ?? 0) + line.quantity);
    for (const productId of products) {
      orderCountOf.set(productId, (orderCountOf.get(productId) ?? 0) + 1);
      const partners = pairs.get(productId) ?? new Map<string, number>();
      pairs.set(productId, partners);
      for (const other of products)
        if (other !== productId) partners.set(other, (partners.get(other) ?? 0) + 1);
    }
  }
  const popular = ranked(units).map(([productId, count]) => ({ productId, units: count }));
  const together = ranked(orderCountOf)
    .filter(([productId]) => (pairs.get(productId)?.size ?? 0) > 0)
    .slice(0, MAX_PAIRED_PRODUCTS)
    .map(([productId]) => ({
      productId,
      partners: ranked(pairs.get(productId) ?? new Map<string, number>())
        .slice(0, MAX_PARTNERS)
        .map(([partner, count]) => ({ productId: partner, orders: count })),
    }));
  return { orderCount: orders.length, popular: popular.slice(0, MAX_POPULAR), together };
}

/** Entries by count, highest first, ties by id so a refresh is deterministic. */
function ranked(counts: ReadonlyMap<string, number>): Array<[string, number]> {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
