// One store of the picker as the page draws it: names in the current language, state, distance and modes.
import type { StoreSummary } from '../../../../typings/contracts/browse';
import { getLocale, t } from '../../../i18n';
import { at } from '../../i18n';

export interface StoreRow {
  id: string;
  name: string;
  address: string;
  state: StoreSummary['state'];
  stateText: string;
  /** When a closed store opens again (or that it is paused); empty when open. */
  closedNote: string;
  /** `850 米` / `1.2 km`; empty without a location. */
  distance: string;
  /** The modes offered, e.g. `堂食 · 自取 · 外送`. */
  modes: string;
  deliversHere: boolean;
  isCurrent: boolean;
}

/** Metres as the customer reads a distance: under 1 km in metres, else km with one decimal. */
export function distanceText(metres: number | null): string {
  if (metres === null) return '';
  if (metres < 1000) return at('stores.metres', { count: Math.round(metres) });
  return at('stores.kilometres', { km: (metres / 1000).toFixed(1) });
}

function closedNote(store: StoreSummary): string {
  if (store.state !== 'closed') return '';
  if (store.closedReason === 'paused') return at('stores.paused');
  const next = store.nextOpening;
  if (!next) return '';
  if (next.inDays === 0) return at('stores.opensToday', { time: next.localTime });
  if (next.inDays === 1) return at('stores.opensTomorrow', { time: next.localTime });
  return at('stores.opensLater', { days: next.inDays, time: next.localTime });
}

function modesText(modes: StoreSummary['modes']): string {
  const offered: string[] = [];
  if (modes.dineIn) offered.push(t('mode.dine_in'));
  if (modes.pickup) offered.push(t('mode.pickup'));
  if (modes.delivery) offered.push(t('mode.delivery'));
  return offered.join(' · ');
}

/** The row of `store`; `currentId` is the store the session remembers. */
export function storeRow(store: StoreSummary, currentId: string | null): StoreRow {
  const english = getLocale() === 'en';
  return {
    id: store.id,
    name: english ? store.nameEn : store.name,
    address: english ? store.addressEn : store.address,
    state: store.state,
    stateText: t(`store.${store.state}`),
    closedNote: closedNote(store),
    distance: distanceText(store.distanceMetres),
    modes: modesText(store.modes),
    deliversHere: store.isWithinDelivery === true,
    isCurrent: store.id === currentId,
  };
}
