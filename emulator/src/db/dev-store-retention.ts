// What a developer's store forgets: orders that are finished and old, so `npm start` does not grow without end.
import type { DocumentStore } from './document-store';

/** Documents of `collection` matching `filter` whose `ageField` (a Date) is older than `keepDays` are dropped. */
export interface RetentionRule {
  collection: string;
  filter: Record<string, unknown>;
  ageField: string;
  keepDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The dev store keeps 30 days of finished orders: completed, refunded, cancelled or expired orders whose last
 * change (`updatedAt`) is older are dropped when the store starts. Open orders (unpaid, paid, accepted, ready,
 * refunding) are always kept, whatever their age.
 */
export const DEV_STORE_RETENTION: readonly RetentionRule[] = [
  {
    collection: 'orders',
    filter: { status: { $in: ['COMPLETED', 'REFUNDED', 'CANCELLED', 'EXPIRED'] } },
    ageField: 'updatedAt',
    keepDays: 30,
  },
];

/** Removes what the rules say is past keeping, as of `nowMs`; returns how many documents went. */
export function pruneExpired(store: DocumentStore, rules: readonly RetentionRule[], nowMs: number): number {
  let removed = 0;
  for (const rule of rules) {
    if (!store.hasCollection(rule.collection)) continue;
    const cutoff = new Date(nowMs - rule.keepDays * DAY_MS);
    const filter = { ...rule.filter, [rule.ageField]: { $lt: cutoff } };
    removed += store.remove(rule.collection, filter, { multi: true });
  }
  return removed;
}
