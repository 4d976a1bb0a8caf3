// Pickup numbers: a per-store, per-day sequence (China time) shown as a letter for the mode and three digits.
import type { OrderMode } from '../../typings/contracts/order';
import { chinaWallClockAt } from './china-time';
import { stableHash } from './stable-hash';

/** Numbers run 1..999, then start again at 1. */
export const PICKUP_NUMBER_CYCLE = 999;
const MODE_LETTERS: Readonly<Record<OrderMode, string>> = { dine_in: 'D', pickup: 'A', delivery: 'W' };
const COUNTER_ID_MAX_LENGTH = 64;

function chinaDateParts(atMs: number): [string, string, string] {
  if (!Number.isFinite(atMs)) throw new RangeError(`not a time: ${atMs}`);
  const local = chinaWallClockAt(atMs);
  return [
    String(local.getUTCFullYear()).padStart(4, '0'),
    String(local.getUTCMonth() + 1).padStart(2, '0'),
    String(local.getUTCDate()).padStart(2, '0'),
  ];
}

/** The China-time calendar day of `atMs` (epoch ms) as `YYYYMMDD`, e.g. '20260105'. */
export function chinaDayKey(atMs: number): string {
  return chinaDateParts(atMs).join('');
}

/** The same day as `YYYY-MM-DD`, the form of `counters.period`. */
export function chinaDayPeriod(atMs: number): string {
  return chinaDateParts(atMs).join('-');
}

/** The number called out for the `sequence`-th order of the day (1-based): 'A012'; wraps after 999. */
export function formatPickupNumber(mode: OrderMode, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 1)
    throw new RangeError(`a sequence starts at 1, got ${sequence}`);
  const number = ((sequence - 1) % PICKUP_NUMBER_CYCLE) + 1;
  return `${MODE_LETTERS[mode]}${String(number).padStart(3, '0')}`;
}

/** The `counters` document id for a store's day (≤ 64 chars of [A-Za-z0-9_-]; a very long store id is hashed). */
export function pickupCounterId(storeId: string, dayKey: string): string {
  const readable = `pickup-${dayKey}-${storeId}`;
  if (readable.length <= COUNTER_ID_MAX_LENGTH && /^[A-Za-z0-9_-]+$/.test(readable)) return readable;
  return `pickup-${dayKey}-h${stableHash(storeId)}`;
}
