// The timer's refresh of the recommendation stats: every few hours one sweep counts the paid orders of the last
// 7 days per store into that store's stats document. One read per 1,000 orders + one write per store counted;
// an idle shop pays one read per refresh.
import { listPaidOrderLines, type PaidOrderLines, saveStoreStats } from '../../repositories/stats-repository';
import { EXPIRY_CONFIG } from '../../runtime/config';
import { countStoreOrders } from './order-counts';

/** Days of paid orders "popular now" and "often ordered together" count. */
export const STATS_WINDOW_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Sweeps (5 minutes each) between refreshes: every 8 hours, so an idle shop's day costs 3 reads. */
export const REFRESH_EVERY_SWEEPS = 96;

/** How long after a refresh its stats still count: past this a reader treats the store as new. */
export const STATS_TRUSTED_FOR_MS = 3 * REFRESH_EVERY_SWEEPS * EXPIRY_CONFIG.sweepIntervalMs;

/** What one refresh did. */
export interface StatsRefreshReport {
  /** Paid orders read. */
  ordersCounted: number;
  /** Stats documents written. */
  storesWritten: number;
}

/** True for the sweep whose 5-minute slot starts a refresh period (UTC 00:00, 08:00, 16:00). */
export function isStatsRefreshDue(nowMs: number): boolean {
  return Math.floor(nowMs / EXPIRY_CONFIG.sweepIntervalMs) % REFRESH_EVERY_SWEEPS === 0;
}

/**
 * Counts the paid orders of the last 7 days into one stats document per store. Orders paid a little longer
 * ago (one refresh period) are read too, so a store whose last orders just left the window gets its stats
 * emptied rather than kept.
 */
export async function refreshStats(nowMs: number): Promise<StatsRefreshReport> {
  const windowStartMs = nowMs - STATS_WINDOW_DAYS * DAY_MS;
  const orders = await listPaidOrderLines(
    windowStartMs - REFRESH_EVERY_SWEEPS * EXPIRY_CONFIG.sweepIntervalMs,
  );
  const byStore = new Map<string, PaidOrderLines[]>();
  for (const order of orders) {
    const inWindow = new Date(order.paidAt).getTime() >= windowStartMs;
    byStore.set(order.storeId, [...(byStore.get(order.storeId) ?? []), ...(inWindow ? [order] : [])]);
  }
  for (const [storeId, storeOrders] of byStore) {
    await saveStoreStats({
      _id: storeId,
      storeId,
      windowDays: STATS_WINDOW_DAYS,
      refreshedAt: new Date(nowMs),
      ...countStoreOrders(storeOrders),
    });
  }
  return { ordersCounted: orders.length, storesWritten: byStore.size };
}
