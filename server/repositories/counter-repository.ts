// Per-store daily sequences (`counters`), e.g. the day's pickup numbers: compare-and-set, no transaction.
import { database, readList, updateCount } from '../runtime/cloud';
import { isDuplicateKeyError } from './database-errors';

/** Attempts before giving up under contention (each costs two operations). */
const MAX_ATTEMPTS = 12;

interface CounterDocument {
  _id: string;
  value: number;
}

/**
 * The next value of a counter (1 for a new one), taken atomically: read, then a write conditional on the
 * value read, retried when another writer came first. Two operations when uncontended.
 */
export async function takeNextSequence(counter: {
  id: string;
  storeId: string;
  name: 'pickup_number';
  /** The store-local day, `YYYY-MM-DD`. */
  period: string;
  nowMs: number;
}): Promise<number> {
  const db = database();
  const collection = db.collection('counters');
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const [current] = await readList<CounterDocument>(collection.where({ _id: counter.id }).limit(1));
    if (current === undefined) {
      try {
        await collection.add({
          data: {
            _id: counter.id,
            storeId: counter.storeId,
            name: counter.name,
            period: counter.period,
            value: 1,
            updatedAt: new Date(counter.nowMs),
          },
        });
        return 1;
      } catch (error) {
        if (isDuplicateKeyError(error)) continue; // another writer created it first
        throw error;
      }
    }
    const next = current.value + 1;
    const updated = await updateCount(collection.where({ _id: counter.id, value: current.value }), {
      value: next,
      updatedAt: new Date(counter.nowMs),
    });
    if (updated === 1) return next;
  }
  throw new Error(`counter ${counter.id}: still contended after ${MAX_ATTEMPTS} attempts`);
}
