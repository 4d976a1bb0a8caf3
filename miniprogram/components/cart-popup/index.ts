import { formatFen } from '../../i18n/format';
import { getLocale, t, texts } from '../../i18n';
import { cart } from '../../stores/index';
import { watchStore, type Unwatch } from '../../stores/watched-store';
import { errorTextIn } from '../../utils/error-text';
import { cartRow, rowChanges, suggestionRow, type CartRow } from './cart-rows';

/** Per popup, the store subscription (kept off `data`). */
const watchers = new WeakMap<object, Unwatch>();

function popupTexts() {
  return texts({
    title: 'cart.title',
    clear: 'cart.clear',
    empty: 'cart.empty',
    checkout: 'cart.checkout',
    together: 'menu.togetherTitle',
    decrease: 'menu.decrease',
    increase: 'menu.increase',
  });
}

// The cart popup over the menu: the server's lines with steppers (unavailable ones with the server's reason),
// clear after a confirm, "often ordered together", and checkout. It shows the shared cart store and changes it.
Component({
  properties: {
    show: { type: Boolean, value: false },
    storeId: { type: String, value: '' },
    /** Why checkout is off now (e.g. the store is closed); empty when it is on. */
    disabledReason: { type: String, value: '' },
  },
  data: {
    rows: [] as CartRow[],
    suggestions: [] as ReturnType<typeof suggestionRow>[],
    countText: '',
    totalText: formatFen(0),
    canCheckout: false,
    text: popupTexts(),
  },
  observers: {
    show(show: boolean) {
      // Opening asks the server again, with suggestions: the lines may have changed since the menu drew them.
      if (show && this.data.storeId) {
        this.setData({ text: popupTexts() });
        void cart.load(this.data.storeId, true);
      }
    },
    disabledReason() {
      this.draw();
    },
  },
  lifetimes: {
    attached() {
      this.draw();
      const watch = watchStore(
        cart,
        () => [cart.lines, cart.suggestions, cart.itemCount, cart.totalFen],
        () => this.draw(),
      );
      watchers.set(this, watch);
    },
    detached() {
      watchers.get(this)?.();
      watchers.delete(this);
    },
  },
  methods: {
    /** Draws the cart store as it is now, setting only what changed. */
    draw() {
      const locale = getLocale();
      const rows = cart.lines.map((line) => cartRow(line, locale));
      const changes: Record<string, unknown> = rowChanges(this.data.rows, rows);
      const suggestions = cart.suggestions.map((suggestion) => suggestionRow(suggestion, locale));
      if (JSON.stringify(suggestions) !== JSON.stringify(this.data.suggestions))
        changes.suggestions = suggestions;
      const countText = t('cart.itemCount', { count: cart.itemCount });
      if (countText !== this.data.countText) changes.countText = countText;
      const totalText = t('cart.total', { amount: formatFen(cart.totalFen) });
      if (totalText !== this.data.totalText) changes.totalText = totalText;
      const canCheckout = cart.itemCount > 0 && !this.data.disabledReason;
      if (canCheckout !== this.data.canCheckout) changes.canCheckout = canCheckout;
      if (Object.keys(changes).length > 0) this.setData(changes);
    },
    onClose() {
      this.triggerEvent('close', {});
    },
    /** A stepper moved: the server sets the line's quantity (0 removes it); a refusal is said in a toast. */
    async onQuantity(event: WechatMiniprogram.CustomEvent<{ value: number }, object, { lineId: string }>) {
      const { lineId } = event.currentTarget.dataset;
      const result = await cart.setQuantity(this.data.storeId, lineId, event.detail.value);
      if (!result.ok) {
        this.draw(); // the stepper goes back to the server's quantity
        void wx.showToast({ title: errorTextIn(result.error.code), icon: 'none' });
      } else if (result.data.lines.length === 0) this.onClose();
    },
    /** Empties the cart once the customer confirms. */
    async onClear() {
      const answer = await wx.showModal({ title: t('cart.clear'), content: t('menu.clearConfirm') });
      if (!answer.confirm) return;
      const result = await cart.clear(this.data.storeId);
      if (!result.ok) void wx.showToast({ title: errorTextIn(result.error.code), icon: 'none' });
      else this.onClose();
    },
    /** Sends `pick` with `{ productId }`: the page adds it or opens its specs. */
    onPick(event: WechatMiniprogram.TouchEvent<object, object, { productId: string }>) {
      this.triggerEvent('pick', { productId: event.currentTarget.dataset.productId });
    },
    /** Goes to checkout while it is on. */
    onCheckout() {
      if (!this.data.canCheckout) return;
      this.triggerEvent('checkout', {});
      void wx.navigateTo({ url: '/checkout/pages/checkout/index' });
    },
  },
});
