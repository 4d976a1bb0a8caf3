import { getLocale, texts, type Locale } from '../../i18n';
import { orders } from '../../stores';
import { errorText } from '../../utils/error-text';
import { orderRow, sameRow, type OrderRow } from './order-row';

type ListState = 'loading' | 'error' | 'empty' | 'list';

const TEXT_KEYS = {
  title: 'order.title',
  loading: 'common.loading',
  retry: 'common.retry',
  empty: 'order.empty',
  goToMenu: 'orders.goToMenu',
  loadingMore: 'orders.loadingMore',
  noMore: 'orders.noMore',
} as const;

// The caller's orders, newest first, a page at a time: more at the bottom, pull down to read the first page again.
// Appended pages and changed rows are set by path (`rows[12]`), never the whole list.
Component({
  data: {
    state: 'loading' as ListState,
    errorMessage: '',
    rows: [] as OrderRow[],
    hasMore: false,
    loadingMore: false,
    text: texts(TEXT_KEYS),
    /** The language the rows were drawn in. */
    locale: getLocale(),
  },
  methods: {
    onLoad() {
      return this.refresh();
    },
    /** Back from an order's page: rows whose order changed there are redrawn; a new order reads the list again. */
    onShow() {
      const shown = this.data.rows;
      if (this.data.state !== 'list' && this.data.state !== 'empty') return undefined;
      const locale = getLocale();
      const newest = orders.orders[0];
      if (newest && newest.id !== shown[0]?.id) return this.refresh();
      if (locale !== this.data.locale) return this.redrawAll(locale);
      const now = Date.now();
      const changed: Record<string, OrderRow> = {};
      shown.forEach((row, index) => {
        const order = orders.byId(row.id);
        const next = order && orderRow(order, now);
        if (next && !sameRow(row, next)) changed[`rows[${index}]`] = next;
      });
      if (Object.keys(changed).length > 0) this.setData(changed);
      return undefined;
    },
    async onPullDownRefresh() {
      await this.refresh();
      wx.stopPullDownRefresh();
    },
    onReachBottom() {
      return this.loadMore();
    },
    onRetry() {
      this.setData({ state: 'loading' });
      return this.refresh();
    },
    onOpen(event: WechatMiniprogram.TouchEvent) {
      const id = String(event.currentTarget.dataset.id ?? '');
      if (id) wx.navigateTo({ url: `/pages/order/index?id=${encodeURIComponent(id)}` });
    },
    onGoToMenu() {
      wx.switchTab({ url: '/pages/menu/index' });
    },
    /** Reads the first page again and draws it whole (it replaces the list). */
    async refresh() {
      const result = await orders.refresh();
      if (!result.ok) {
        if (this.data.state === 'list') wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        else this.setData({ state: 'error', errorMessage: errorText(result.error.code) });
        return;
      }
      this.redrawAll(getLocale());
    },
    redrawAll(locale: Locale) {
      const now = Date.now();
      const rows = orders.orders.map((order) => orderRow(order, now));
      wx.setNavigationBarTitle({ title: texts(TEXT_KEYS, locale).title });
      this.setData({
        rows,
        state: rows.length > 0 ? 'list' : 'empty',
        hasMore: orders.hasMore,
        text: texts(TEXT_KEYS, locale),
        locale,
      });
    },
    /** Reads the next page and sets only the rows it appends. */
    async loadMore() {
      if (!orders.hasMore || this.data.loadingMore || this.data.state !== 'list') return;
      this.setData({ loadingMore: true });
      const result = await orders.loadMore();
      if (result && !result.ok) {
        this.setData({ loadingMore: false });
        wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        return;
      }
      const known = new Set(this.data.rows.map((row) => row.id));
      const now = Date.now();
      const appended: Record<string, unknown> = { loadingMore: false, hasMore: orders.hasMore };
      let next = this.data.rows.length;
      for (const order of orders.orders)
        if (!known.has(order.id)) appended[`rows[${next++}]`] = orderRow(order, now);
      this.setData(appended);
    },
  },
});
