// The stores a seed would create, checked for what checkout needs before it takes an order: a merchant number.
import type { SeedSets } from '../../database/types';

interface SeedStore {
  _id?: unknown;
  payment?: { subMchId?: unknown; isSandbox?: unknown };
}

const HOW_TO_FIX =
  'set payment.subMchId to the WeChat Pay merchant number bound to the environment (README, Deploy step 3)';

/** One problem per seeded store without a merchant number: checkout would refuse its every order. */
export function checkSeedStores(seeds: SeedSets): string[] {
  const problems: string[] = [];
  for (const [set, collections] of Object.entries(seeds)) {
    for (const store of (collections.stores ?? []) as SeedStore[]) {
      const subMchId = store.payment?.subMchId;
      if (typeof subMchId !== 'string' || subMchId === '') {
        problems.push(
          `database/seed/${set}/stores.json: store ${String(store._id)} has no merchant number, so checkout ` +
            `refuses its orders (PAYMENT_UNAVAILABLE); ${HOW_TO_FIX}`,
        );
      }
    }
  }
  return problems;
}

/** Seeded stores whose merchant number is a sandbox placeholder: fine locally, to be replaced before real payments. */
export function sandboxMerchantReminders(seeds: SeedSets): string[] {
  const reminders: string[] = [];
  for (const [set, collections] of Object.entries(seeds)) {
    for (const store of (collections.stores ?? []) as SeedStore[]) {
      if (store.payment?.isSandbox === true) {
        reminders.push(
          `store ${String(store._id)} (database/seed/${set}) has the sandbox merchant number ` +
            `${String(store.payment.subMchId)}, which takes no real payment; ${HOW_TO_FIX}`,
        );
      }
    }
  }
  return reminders;
}
