// Seeded stores whose kitchen printer is the local cloud's sandbox: on a real environment nothing prints.
import type { SeedSets } from '../../database/types';

interface SeedStore {
  _id?: unknown;
  printer?: { provider?: unknown };
}

/** One reminder per seeded store with a `sandbox` printer: to be replaced by a cloud printer before opening. */
export function sandboxPrinterReminders(seeds: SeedSets): string[] {
  const reminders: string[] = [];
  for (const [set, collections] of Object.entries(seeds)) {
    for (const store of (collections.stores ?? []) as SeedStore[]) {
      if (store.printer?.provider === 'sandbox') {
        reminders.push(
          `store ${String(store._id)} (database/seed/${set}) prints on the local sandbox printer, so its kitchen ` +
            'tickets fail when deployed; set printer.provider "feie", its serial, and the names of the ' +
            'environment variables holding the printer account (userVariable, keyVariable)',
        );
      }
    }
  }
  return reminders;
}
