import type { FiguresPeriod } from '../../../../typings/contracts/staff-figures';
import type { ErrorCode } from '../../../../typings/result';
import { getLocale } from '../../../i18n';
import { callCloud } from '../../../services/cloud';
import { changedPaths } from '../../../utils/changed-paths';
import { errorText } from '../../../utils/error-text';
import { st, staffTexts } from '../../i18n';
import { perInstance } from '../../../utils/per-instance';
import { pageStoreId } from '../../utils/page-store-id';
import { figuresView, type FiguresView } from './figures-view';

/** Reads sent so far, per page: only the latest one's answer is drawn (a toggle can overtake a slow read). */
const reads = perInstance(() => ({ count: 0 }));

type PageState = 'loading' | 'error' | 'forbidden' | 'noStore' | 'figures';

const TEXT_KEYS = {
  today: 'staff.figures.today',
  week: 'staff.figures.week',
  sales: 'staff.figures.sales',
  orders: 'staff.figures.orders',
  average: 'staff.figures.average',
  refunds: 'staff.figures.refunds',
  byHour: 'staff.figures.byHour',
  byDay: 'staff.figures.byDay',
  topItems: 'staff.figures.topItems',
  empty: 'staff.figures.empty',
  loading: 'staff.figures.loading',
  retry: 'staff.figures.retry',
  forbidden: 'staff.common.forbidden',
  noStore: 'staff.figures.noStore',
} as const;

// The store's figures for its owner and managers: today or the last 7 days (China time), sales, orders, the
// average and refunds as big numbers, orders by hour and (for the week) sales by day as bars drawn with plain
// views, and the top items. The server counts; this page only draws what staff.figures answers.
Component({
  data: {
    storeId: '',
    period: 'today' as FiguresPeriod,
    state: 'loading' as PageState,
    errorMessage: '',
    /** A new period's figures are on the way (the previous stay drawn meanwhile). */
    isRefreshing: false,
    view: null as FiguresView | null,
    text: staffTexts(TEXT_KEYS),
    locale: getLocale(),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      wx.setNavigationBarTitle({ title: st('staff.figures.title') });
      const storeId = pageStoreId(query);
      if (!storeId) return this.setData({ state: 'noStore' });
      this.setData({ storeId });
      return this.read();
    },
    onPullDownRefresh() {
      return this.read().finally(() => wx.stopPullDownRefresh());
    },
    onRetry() {
      this.setData({ state: 'loading' });
      return this.read();
    },
    /** today ⇄ week: the new period's figures replace the old when they arrive. */
    onPeriod(
      event: WechatMiniprogram.CustomEvent<Record<string, never>, Record<string, never>, { period: string }>,
    ) {
      const period: FiguresPeriod = event.currentTarget.dataset.period === 'week' ? 'week' : 'today';
      if (period === this.data.period || this.data.state === 'noStore') return undefined;
      this.setData({ period });
      return this.read();
    },
    async read() {
      const ticket = ++reads.of(this).count;
      if (!this.data.isRefreshing) this.setData({ isRefreshing: true });
      const result = await callCloud('staff', 'figures', {
        storeId: this.data.storeId,
        period: this.data.period,
      });
      if (ticket !== reads.of(this).count) return;
      if (!result.ok) return this.showError(result.error.code);
      this.draw(figuresView(result.data));
    },
    draw(next: FiguresView) {
      const shown = this.data.state === 'figures' && this.data.locale === getLocale() ? this.data.view : null;
      if (!shown) {
        this.setData({ state: 'figures', view: next, isRefreshing: false, locale: getLocale() });
        return;
      }
      this.setData({ ...changedPaths(shown, next, 'view'), isRefreshing: false });
    },
    showError(code: ErrorCode) {
      if (code === 'FORBIDDEN') this.setData({ state: 'forbidden', isRefreshing: false });
      else if (this.data.state === 'figures') {
        this.setData({ isRefreshing: false });
        wx.showToast({ title: errorText(code), icon: 'none' });
      } else this.setData({ state: 'error', errorMessage: errorText(code), isRefreshing: false });
    },
  },
});
