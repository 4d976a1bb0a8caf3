// Writes to a store's settings (the staff's settings page). Reads go through catalog-repository's loadStore.
import { database, updateCount } from '../runtime/cloud';

/** The switch as stored: off with an optional note, or on and perhaps busy with a message. */
export type StoredSwitch =
  { isAcceptingOrders: false; closedNote: string } | { isAcceptingOrders: true; busyMessage?: string };

/** Fields to set on the store, nested as stored (`modes.delivery.feeFen`); the switch apart. */
export interface StoreSettingsWrite {
  fields: Record<string, unknown>;
  switch?: StoredSwitch;
}

/** Applies `write` to the store and stamps `updatedAt` (one update); false when there is no such store. */
export async function updateStoreSettings(
  storeId: string,
  write: StoreSettingsWrite,
  nowMs: number,
): Promise<boolean> {
  const _ = database().command;
  const data: Record<string, unknown> = { ...write.fields, updatedAt: new Date(nowMs) };
  if (write.switch) {
    data.isAcceptingOrders = write.switch.isAcceptingOrders;
    if (write.switch.isAcceptingOrders) {
      data.closedNote = _.remove();
      data.busy =
        write.switch.busyMessage === undefined ? _.remove() : _.set({ message: write.switch.busyMessage });
    } else {
      data.closedNote = write.switch.closedNote;
      data.busy = _.remove();
    }
  }
  // Setting the same values again changes nothing new, so a transient failure may be retried.
  return (
    (await updateCount(database().collection('stores').doc(storeId), data, { isIdempotent: true })) === 1
  );
}
