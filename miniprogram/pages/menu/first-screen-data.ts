// The menu's first draw as one pure function of the first screen's answer: the exact object the page passes to
// setData, so its bytes can be measured (tests, `npm run bench`) without a page.
import type { HomeOutput } from '../../../typings/contracts/browse';
import type { OrderMode } from '../../../typings/contracts/order';
import { labelPair, t, texts, type Locale } from '../../i18n';
import type { SessionTable } from '../../stores/session-store';
import { layoutMenu, type MenuLayout } from './menu-rows';
import { modeOptions, storeHeader } from './store-header';

/** The page's static words in the current language. */
export function menuTexts() {
  return {
    ...texts({
      retry: 'common.retry',
      soldOut: 'product.soldOut',
      popular: 'product.popular',
      add: 'product.add',
      checkout: 'cart.checkout',
      cartEmpty: 'menu.cartEmpty',
      decrease: 'menu.decrease',
      increase: 'menu.increase',
      pending: 'menu.sectionLoading',
      search: 'menu.searchPlaceholder',
      clear: 'menu.searchClear',
      emptyMenu: 'menu.emptyMenu',
      tableUnknown: 'menu.tableUnknown',
    }),
    // The cart bar fills `{amount}` itself with what is still missing.
    belowMinimum: t('menu.belowMinimum', { amount: '{amount}' }),
    loading: labelPair('common.loading'),
  };
}

/** What the first draw depends on besides the answer. */
export interface FirstScreenContext {
  /** The language `t` speaks now (the rows are drawn in it). */
  locale: Locale;
  /** The mode to show chosen (one the store offers). */
  mode: OrderMode;
  /** The table the visit is bound to, if any. */
  table: SessionTable | null;
}

/** The first draw's setData, and the layout the later draws fill in. */
export function firstScreenData(home: HomeOutput, context: FirstScreenContext) {
  const { locale, mode, table } = context;
  const layout: MenuLayout = layoutMenu(home, locale, t('menu.popularNow'));
  const header = storeHeader(home.store, locale);
  const data = {
    locale,
    phase: home.categories.length === 0 ? ('empty' as const) : ('ready' as const),
    header,
    tableText: table ? t('menu.table', { name: locale === 'zh-CN' ? table.name : table.nameEn }) : '',
    isTableUnknown: home.isTableUnknown,
    modes: modeOptions(home.store.modes),
    mode,
    sections: layout.first.sections,
    nav: layout.first.nav,
    activeId: layout.first.nav[0]?.id ?? '',
    quantities: {},
    minimumFen: mode === 'delivery' && home.store.delivery ? home.store.delivery.minimumFen : 0,
    closedReason: header.isOpen
      ? ''
      : `${t(header.state === 'busy' ? 'menu.busyNoOrders' : 'menu.closedNoOrders')} · ${header.stateNote}`,
    text: menuTexts(),
  };
  return { data, layout };
}
