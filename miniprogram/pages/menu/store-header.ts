// The store header's words: name, open or closed (and when it opens), the notice, and the modes it offers.
import type { StoreView } from '../../../typings/contracts/browse';
import type { OrderMode } from '../../../typings/contracts/order';
import { chinaHhmm, t, type Locale } from '../../i18n';

/** What the header draws. */
export interface StoreHeader {
  name: string;
  /** The other language's name, smaller. */
  nameOther: string;
  isOpen: boolean;
  stateText: string;
  /** When a closed store opens again, or that it is closed for today; empty when open. */
  openingText: string;
  notice: string;
}

/** The first opening of today's periods after `nowHhmm` (both `HH:mm`), or null. */
export function nextOpeningToday(hours: StoreView['todayHours'], nowHhmm: string): string | null {
  const later = hours.map((period) => period.open).filter((open) => open > nowHhmm);
  later.sort();
  return later[0] ?? null;
}

/** The header of `store` in `locale` at `nowMs`. */
export function storeHeader(store: StoreView, locale: Locale, nowMs: number): StoreHeader {
  const isZh = locale === 'zh-CN';
  const opening = store.isOpen ? null : nextOpeningToday(store.todayHours, chinaHhmm(nowMs));
  return {
    name: isZh ? store.name : store.nameEn,
    nameOther: isZh ? store.nameEn : store.name,
    isOpen: store.isOpen,
    stateText: t(store.isOpen ? 'store.open' : 'store.closed'),
    openingText: store.isOpen
      ? ''
      : opening
        ? t('menu.opensToday', { time: opening })
        : t('menu.closedToday'),
    notice: isZh ? store.notice : store.noticeEn,
  };
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
