// The store header's words: name, open, busy or closed (and why, or when it opens), the notice, and the modes it
// offers.
import type { StoreState, StoreView } from '../../../typings/contracts/browse';
import type { OrderMode } from '../../../typings/contracts/order';
import { chinaHhmm, t, type Locale } from '../../i18n';

/** What the header draws. */
export interface StoreHeader {
  name: string;
  /** The other language's name, smaller. */
  nameOther: string;
  /** Takes orders now (open or busy). */
  isOpen: boolean;
  /** Picks the state badge's colour. */
  state: StoreState;
  stateText: string;
  /** Busy: that orders take longer; closed: when it opens again, or that its staff paused it. Empty when open. */
  stateNote: string;
  notice: string;
}

/** The header of `store` in `locale`. */
export function storeHeader(store: StoreView, locale: Locale): StoreHeader {
  const isZh = locale === 'zh-CN';
  return {
    name: isZh ? store.name : store.nameEn,
    nameOther: isZh ? store.nameEn : store.name,
    isOpen: store.isOpen,
    state: store.state,
    stateText: t(`store.${store.state}`),
    stateNote: stateNoteOf(store),
    notice: isZh ? store.notice : store.noticeEn,
  };
}

/** The line under the state badge, in the current locale. */
function stateNoteOf(store: StoreView): string {
  if (store.state === 'open') return '';
  if (store.stateMessage) return store.stateMessage; // the staff's own words: busy by hand, or why they paused
  if (store.state === 'busy') return t(store.isOpen ? 'menu.busyNote' : 'menu.busyNoOrders');
  if (store.closedReason === 'paused') return t('menu.pausedByStaff');
  const next = store.nextOpening;
  if (!next) return t('menu.closedToday');
  const time = chinaHhmm(next.at);
  if (next.inDays === 0) return t('menu.opensToday', { time });
  if (next.inDays === 1) return t('menu.opensTomorrow', { time });
  return t('menu.opensInDays', { days: next.inDays, time });
}

/** One button of the mode toggle. */
export interface ModeOption {
  mode: OrderMode;
  label: string;
}

/** The modes `store` offers, in toggle order. */
export function modeOptions(modes: StoreView['modes']): ModeOption[] {
  const offered: ModeOption[] = [];
  if (modes.dineIn) offered.push({ mode: 'dine_in', label: t('mode.dine_in') });
  if (modes.pickup) offered.push({ mode: 'pickup', label: t('mode.pickup') });
  if (modes.delivery) offered.push({ mode: 'delivery', label: t('mode.delivery') });
  return offered;
}
