// Per-store daily sequences (`counters`), e.g. the day's pickup numbers. A sequence is the list of its holders
// in the order they joined: joining is one atomic `addToSet`, so concurrent writers never conflict, and a
// holder that joins again (a re-delivered notice, a run that stopped half-way) keeps the place it had.
import { database, readAggregate, updateCount } from '../runtime/cloud';
import { isDuplicateKeyError } from './database-errors';

/** Rounds of join-or-create: one suffices unless another claim creates the counter at the same moment. */
const MAX_ATTEMPTS = 3;

/** Which sequence, and who claims a place in it. */
export interface SequenceClaim {
  /** The counter document's `_id` (one per store, name and period). */
  id: string;
  storeId: string;
  name: 'pickup_number';
  /** The store-local day, `YYYY-MM-DD`. */
  period: string;
  /** What holds the place, e.g. the order id: the same holder always gets the same number. */
  holderId: string;
  nowMs: number;
}

/**
 * The holder's number in the sequence (1-based): its place if it has one, else the next one, taken atomically.
 * Numbers are unique and gap-free however many claims run at once, and a repeated claim answers the same
 * number. Two operations (join, then read the place; or, for the day's first claim, join, then create the
 * counter); three for a repeated claim.
 */
export async function claimSequenceNumber(claim: SequenceClaim): Promise<number> {
  const collection = database().collection('counters');
  const _ = database().command;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    // Changes the counter only when the holder is new to it (then `updated` is 1); nothing else is written,
    // so 0 means the counter is missing or already holds this holder.
    const joined = await updateCount(collection.where({ _id: claim.id }), {
      holderIds: _.addToSet(claim.holderId),
    });
    if (joined === 0 && (await createdWith(claim))) return 1;
    const place = await placeOf(claim.id, claim.holderId);
    if (place !== undefined && place >= 0) return place + 1;
    // The counter was created by another claim after this one tried to join: join again, now that it exists.
  }
  throw new Error(`counter ${claim.id}: could not place ${claim.holderId} after ${MAX_ATTEMPTS} attempts`);
}

/** The holder's 0-based place in the counter (-1: not in it), or undefined when there is no counter (one operation). */
async function placeOf(counterId: string, holderId: string): Promise<number | undefined> {
  const $ = database().command.aggregate;
  const [row] = await readAggregate<{ place: number }>(
    database()
      .collection('counters')
      .aggregate()
      .match({ _id: counterId })
      .project({ _id: 0, place: $.indexOfArray(['$holderIds', holderId]) })
      .limit(1),
  );
  return row?.place;
}

/** Creates the counter with the holder first; false when another claim created it first (one operation). */
async function createdWith(claim: SequenceClaim): Promise<boolean> {
  try {
    await database()
      .collection('counters')
      .add({
        data: {
          _id: claim.id,
          storeId: claim.storeId,
          name: claim.name,
          period: claim.period,
          holderIds: [claim.holderId],
          createdAt: new Date(claim.nowMs),
        },
      });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}
