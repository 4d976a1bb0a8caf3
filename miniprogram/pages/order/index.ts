import type { InvoiceView } from '../../../typings/contracts/invoice';
import type { OrderView } from '../../../typings/contracts/order';
import type { ErrorCode } from '../../../typings/result';
import { getLocale, t, texts } from '../../i18n';
import { cart, orders, session } from '../../stores';
import { errorText } from '../../utils/error-text';
import { progressLabels } from '../../utils/order-text';
import { changedPaths, orderDetail, type OrderDetail } from './order-detail-view';
import { watchOrder, type OrderWatch } from './order-watch';
import { perInstance } from '../../utils/per-instance';

type PageState = 'loading' | 'error' | 'notFound' | 'order';

/** Statuses of a paid order that may be invoiced (the server decides; this only shows the button). */
const INVOICEABLE: readonly string[] = ['PAID', 'ACCEPTED', 'READY', 'COMPLETED'];

const TEXT_KEYS = {
  loading: 'common.loading',
  retry: 'common.retry',
  notFound: 'orders.notFound',
  pickupNumber: 'orders.pickupNumberLabel',
  placedAt: 'orders.placedAt',
  mode: 'orders.mode',
  table: 'orders.table',
  pickupAt: 'orders.pickupAt',
  address: 'orders.address',
  items: 'orders.items',
  remark: 'orders.remark',
  total: 'orders.totalLabel',
  pay: 'order.pay',
  cancel: 'order.cancel',
  reorder: 'orders.reorder',
} as const;

/** What one open order page holds besides its data: the live watch, and whether it failed. */
interface Live {
  watch: OrderWatch | null;
  watchFailed: boolean;
  /** Reads sent so far: only the answer of the latest one is drawn (changes can come close together). */
  reads: number;
}
const live = perInstance<Live>(() => ({ watch: null, watchFailed: false, reads: 0 }));
const liveOf = (page: object) => live.of(page);

// One of the caller's orders: status live through watch() on its document (each change re-reads `order.detail`,
// the server's masked view), progress, pickup number, what was ordered and the total; cancel while allowed, pay
// again while payable, order the same again. The breakdown is drawn here until the shared price-breakdown lands.
Component({
  data: {
    orderId: '',
    state: 'loading' as PageState,
    errorMessage: '',
    order: null as OrderDetail | null,
    invoice: null as InvoiceView | null,
    canInvoice: false,
    storeId: '',
    busy: false,
    labels: progressLabels(),
    text: texts(TEXT_KEYS),
    locale: getLocale(),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const orderId = decodeURIComponent(query.id ?? '');
      this.setData({ orderId });
      if (!orderId) return this.showError('NOT_FOUND');
      return this.read();
    },
    /** Back on the page: a watch that stopped is replaced by reading again (and watching anew). */
    onShow() {
      const state = liveOf(this);
      if (getLocale() !== this.data.locale)
        this.setData({ locale: getLocale(), labels: progressLabels(), text: texts(TEXT_KEYS) });
      if (state.watchFailed && this.data.state === 'order') return this.read();
      return undefined;
    },
    onUnload() {
      const state = liveOf(this);
      state.watch?.close();
      state.watch = null;
    },
    onRetry() {
      this.setData({ state: 'loading' });
      return this.read();
    },
    /** Reads the server's view of the order and draws what changed; starts the watch after the first read. */
    async read() {
      const state = liveOf(this);
      const ticket = ++state.reads;
      const result = await orders.reload(this.data.orderId);
      if (ticket !== state.reads) return;
      if (!result.ok) {
        if (this.data.state === 'order') wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        else this.showError(result.error.code);
        return;
      }
      this.draw(result.data);
      this.showInvoice(result.data.invoice);
      // A completed or refunded order changes no more: its watch is closed; any other is followed.
      if (result.data.status === 'COMPLETED' || result.data.status === 'REFUNDED') this.onUnload();
      else if (!state.watch || state.watchFailed) this.follow();
    },
    draw(view: OrderView) {
      const next = orderDetail(view, Date.now());
      const canInvoice = INVOICEABLE.includes(view.status);
      if (canInvoice !== this.data.canInvoice) this.setData({ canInvoice });
      const shown = this.data.state === 'order' && this.data.locale === getLocale() ? this.data.order : null;
      if (!shown) {
        wx.setNavigationBarTitle({ title: next.statusText });
        this.setData({ state: 'order', order: next, storeId: view.storeId, locale: getLocale() });
        return;
      }
      const paths = changedPaths(shown, next);
      if (paths['order.statusText']) wx.setNavigationBarTitle({ title: next.statusText });
      if (Object.keys(paths).length > 0) this.setData(paths);
    },
    /** The invoice card's request, set only when it changed. */
    showInvoice(invoice: InvoiceView | null) {
      if (JSON.stringify(invoice) !== JSON.stringify(this.data.invoice)) this.setData({ invoice });
    },
    onInvoiceChange(event: WechatMiniprogram.CustomEvent<{ invoice: InvoiceView }>) {
      this.showInvoice(event.detail.invoice);
    },
    onInvoiceStale() {
      return this.read();
    },
    showError(code: ErrorCode) {
      if (code === 'NOT_FOUND') this.setData({ state: 'notFound' });
      else this.setData({ state: 'error', errorMessage: errorText(code) });
    },
    follow() {
      const state = liveOf(this);
      state.watch?.close();
      state.watchFailed = false;
      state.watch = watchOrder(
        this.data.orderId,
        ({ isFirst, status }) => {
          // The first snapshot only matters if the order moved between the read and the watch starting.
          if (isFirst && status === this.data.order?.status) return;
          void this.read();
        },
        () => {
          state.watch = null;
          state.watchFailed = true;
        },
      );
    },
    async onCancel() {
      if (!this.data.order?.canCancel || this.data.busy) return;
      const answer = await wx.showModal({
        title: t('orders.cancelTitle'),
        content: t('orders.cancelContent'),
        confirmText: t('order.cancel'),
        cancelText: t('orders.keep'),
      });
      if (!answer.confirm) return;
      this.setData({ busy: true });
      const result = await orders.cancel(this.data.orderId);
      this.setData({ busy: false });
      if (!result.ok) {
        wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        return this.read();
      }
      this.draw(result.data);
      wx.showToast({ title: t('orders.cancelled'), icon: 'success' });
      return undefined;
    },
    /** A new payment attempt: the sheet with the server's parameters; the paid status arrives through the watch. */
    async onPay() {
      if (!this.data.order?.canPay || this.data.busy) return;
      this.setData({ busy: true });
      const started = await orders.startPayment(this.data.orderId);
      if (!started.ok) {
        this.setData({ busy: false });
        wx.showToast({ title: errorText(started.error.code), icon: 'none' });
        return this.read();
      }
      try {
        await wx.requestPayment({
          ...started.data.payment,
          signType: started.data.payment.signType as 'MD5',
        });
        // Paid: the watch brings the new status; without a watch, read it now.
        if (!liveOf(this).watch) void this.read();
      } catch (error) {
        const cancelled = String((error as { errMsg?: string }).errMsg ?? '').includes('cancel');
        wx.showToast({ title: errorText(cancelled ? 'PAYMENT_CANCELLED' : 'PAYMENT_FAILED'), icon: 'none' });
      }
      this.setData({ busy: false });
      return undefined;
    },
    /** The same items into the cart of the order's store; what cannot be added is named; then the menu. */
    async onReorder() {
      if (this.data.state !== 'order' || this.data.busy) return;
      this.setData({ busy: true });
      const result = await orders.reorder({ id: this.data.orderId, storeId: this.data.storeId });
      this.setData({ busy: false });
      if (!result.ok) {
        wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        return;
      }
      session.chooseStore(this.data.storeId);
      cart.apply(result.data.cart);
      const en = getLocale() === 'en';
      const missing = result.data.missing.map((item) =>
        t('orders.missingLine', {
          name: [en ? item.nameEn : item.name, en ? item.specTextEn : item.specText]
            .filter(Boolean)
            .join(' '),
          reason: t(`orders.missing.${item.reason}`),
        }),
      );
      if (missing.length > 0)
        await wx.showModal({
          title: t('orders.missingTitle'),
          content: missing.join('\n'),
          showCancel: false,
          confirmText: t('common.confirm'),
        });
      wx.switchTab({ url: '/pages/menu/index' });
    },
  },
});
