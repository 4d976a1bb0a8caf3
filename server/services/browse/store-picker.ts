// The store picker: every store with its state now, its next opening, the modes it offers and, when the
// customer shares a location, the distance to it (nearest first). Two reads, run together.
import type { GeoLocation, StoreSummary, StoresInput, StoresOutput } from '../../../typings/contracts/browse';
import { distanceMetres } from '../../domain/delivery';
import { KITCHEN_QUEUE_WINDOW_MS, storeStateOf } from './store-state';
import {
  countKitchenQueues,
  listStoresForPicker,
  type StorePickerRecord,
} from '../../repositories/store-repository';

/** Every store for the picker at `nowMs`; nearest first when a location is given, else by id. */
export async function listStores(input: StoresInput, nowMs: number): Promise<StoresOutput> {
  const [stores, queues] = await Promise.all([
    listStoresForPicker(),
    countKitchenQueues(nowMs - KITCHEN_QUEUE_WINDOW_MS),
  ]);
  const summaries = stores.map((store) =>
    storeSummaryOf(store, queues.get(store._id) ?? 0, nowMs, input.location),
  );
  if (input.location) summaries.sort((a, b) => (a.distanceMetres ?? 0) - (b.distanceMetres ?? 0));
  return { stores: summaries };
}

/** One store as the picker shows it, given its kitchen queue and the customer's location (if any). */
export function storeSummaryOf(
  store: StorePickerRecord,
  queuedOrders: number,
  nowMs: number,
  location: GeoLocation | undefined,
): StoreSummary {
  const distance = location ? distanceMetres(location, store.address) : null;
  const { delivery } = store.modes;
  return {
    id: store._id,
    name: store.name,
    nameEn: store.nameEn,
    address: store.address.text,
    addressEn: store.address.textEn,
    latitude: store.address.latitude,
    longitude: store.address.longitude,
    ...storeStateOf(store, queuedOrders, nowMs),
    modes: {
      dineIn: store.modes.dine_in.enabled,
      pickup: store.modes.pickup.enabled,
      delivery: delivery.enabled,
    },
    distanceMetres: distance,
    isWithinDelivery: distance === null || !delivery.enabled ? null : distance <= delivery.radiusMetres,
  };
}
