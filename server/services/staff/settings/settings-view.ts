// A store record as the settings page edits it: the switch as one state, modes and delivery flattened.
import type { ManualState, StoreSettings } from '../../../../typings/contracts/staff-settings';
import type { StoreRecord } from '../../../domain/catalog-types';
import type { StaffRole } from '../../../repositories/staff-repository';
import { EDITS_SETTINGS } from './settings-access';

/** The staff's switch as stored: off is closed, a busy mark is busy, else open. */
export function manualStateOf(store: Pick<StoreRecord, 'isAcceptingOrders' | 'busy'>): ManualState {
  if (!store.isAcceptingOrders) return 'closed';
  return store.busy ? 'busy' : 'open';
}

/** The settings of `store` for a member in `role`. */
export function settingsOf(store: StoreRecord, role: StaffRole): StoreSettings {
  const state = manualStateOf(store);
  const { dine_in: dineIn, pickup, delivery } = store.modes;
  return {
    storeId: store._id,
    name: store.name,
    nameEn: store.nameEn,
    state,
    stateMessage:
      state === 'busy' ? (store.busy?.message ?? '') : state === 'closed' ? (store.closedNote ?? '') : '',
    hours: store.hours,
    holidays: [...(store.holidays ?? [])].sort(),
    modes: { dineIn: dineIn.enabled, pickup: pickup.enabled, delivery: delivery.enabled },
    delivery: {
      radiusMetres: delivery.radiusMetres,
      feeFen: delivery.feeFen,
      minimumFen: delivery.minimumFen,
    },
    unpaidOrderExpiryMinutes: store.unpaidOrderExpiryMinutes,
    packagingFeeFen: store.packagingFeeFen,
    mayEdit: EDITS_SETTINGS.includes(role) ? 'all' : 'state',
    updatedAt: new Date(store.updatedAt).toISOString(),
  };
}
