import type { CartLineView, CartView } from '../../../typings/contracts/cart';
import type { ItemSelection } from '../../../typings/contracts/catalog';
import type { Result } from '../../../typings/result';
import { appConfig } from '../../config';
import { labelPair, money, t } from '../../i18n';
import { callCloud } from '../../services/cloud';
import { cart, session } from '../../stores';
import { errorText } from '../../utils/error-text';
import { lineRow, lineRows, selectionOf, suggestionRows, type CartLineRow, type SuggestionRow } from './rows';

/** The spec sheet's starting point when changing a line: its selection and quantity. */
type SpecInitial = ItemSelection & { quantity: number };

interface LineEvent {
  currentTarget: { dataset: { index: number } };
  detail: { value: number };
}

/** The `path.field` entries of `next` that differ from `drawn`, for a setData of only what changed. */
function changedFields(
  path: string,
  drawn: CartLineRow | undefined,
  next: CartLineRow,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(next))
    if (!drawn || drawn[field as keyof CartLineRow] !== value) changes[`${path}.${field}`] = value;
  return changes;
}

/** Unit prices the customer saw before this load (lineId → fen), from the cart store's last answer. */
function seenUnitPrices(): Map<string, number> {
  return new Map(cart.lines.map((line) => [line.lineId, line.unitPriceFen]));
}

// The cart in full: change quantities and specs, remove, clear, see what cannot be ordered now and why,
// "often ordered together", then go to checkout. Every change is the server's answer, drawn path by path.
Component({
  data: {
    storeId: appConfig.defaultStoreId,
    loading: true,
    errorMessage: '',
    lines: [] as CartLineRow[],
    suggestions: [] as SuggestionRow[],
    isEmpty: false,
    canCheckout: false,
    countText: '',
    totalText: '',
    busy: false,
    spec: { show: false, productId: '', initial: null as SpecInitial | null, lineId: '', quantity: 0 },
    text: {
      loading: labelPair('common.loading'),
      retry: labelPair('common.retry'),
      empty: labelPair('cart.empty'),
      emptyHint: t('checkout.cart.emptyHint'),
      backToMenu: labelPair('checkout.cart.backToMenu'),
      clear: labelPair('cart.clear'),
      remove: labelPair('checkout.cart.remove'),
      changeSpecs: labelPair('checkout.cart.changeSpecs'),
      suggestions: labelPair('checkout.cart.suggestions'),
      checkout: labelPair('cart.checkout'),
      decrease: t('checkout.cart.decrease'),
      increase: t('checkout.cart.increase'),
    },
  },
  methods: {
    onLoad() {
      this.setData({ storeId: session.storeId ?? appConfig.defaultStoreId });
      return this.load();
    },
    onRetry() {
      return this.load();
    },
    async load() {
      this.setData({ loading: true, errorMessage: '' });
      const seen = seenUnitPrices();
      const result = await callCloud('cart', 'get', { storeId: this.data.storeId, withSuggestions: true });
      if (!result.ok) {
        this.setData({ loading: false, errorMessage: errorText(result.error.code) });
        return;
      }
      cart.apply(result.data);
      this.setData({
        loading: false,
        lines: lineRows(result.data, seen),
        suggestions: suggestionRows(result.data),
        ...this.footer(result.data),
      });
    },
    /** The totals under the list, from the server's view. */
    footer(view: CartView) {
      return {
        isEmpty: view.lines.length === 0,
        canCheckout: view.itemCount > 0,
        countText: t('cart.itemCount', { count: view.itemCount }),
        totalText: t('cart.total', { amount: money(view.itemsFen) }),
      };
    },
    /** Draws one line again from `view` (or hides it when the server no longer has it), and the totals. */
    redrawLine(index: number, lineId: string, view: CartView) {
      const line = view.lines.find((candidate) => candidate.lineId === lineId);
      const path = `lines[${index}]`;
      this.setData({
        ...(line
          ? changedFields(path, this.data.lines[index], lineRow(line, undefined))
          : { [`${path}.isRemoved`]: true }),
        ...this.footer(view),
      });
    },
    /** Sends one cart change; a refusal is a toast and the line is drawn as the server still has it. */
    async change(index: number, send: () => Promise<Result<CartView>>) {
      const row = this.data.lines[index];
      if (!row || this.data.busy) return;
      this.setData({ busy: true });
      const result = await send();
      this.setData({ busy: false });
      if (result.ok) {
        this.redrawLine(index, row.lineId, result.data);
        return;
      }
      wx.showToast({ title: errorText(result.error.code), icon: 'none' });
      this.setData({ [`lines[${index}].quantity`]: row.quantity });
    },
    onQuantityChange(event: LineEvent) {
      const index = Number(event.currentTarget.dataset.index);
      const row = this.data.lines[index];
      if (!row) return;
      const quantity = event.detail.value;
      return this.change(index, () => cart.setQuantity(this.data.storeId, row.lineId, quantity));
    },
    onRemove(event: LineEvent) {
      const index = Number(event.currentTarget.dataset.index);
      const row = this.data.lines[index];
      if (!row) return;
      return this.change(index, () => cart.remove(this.data.storeId, row.lineId));
    },
    async onClear() {
      const answer = await wx.showModal({
        title: labelPair('cart.clear'),
        content: t('checkout.cart.clearConfirm'),
      });
      if (!answer.confirm) return;
      const result = await cart.clear(this.data.storeId);
      if (!result.ok) {
        wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        return;
      }
      this.setData({ lines: [], ...this.footer(result.data) });
    },
    /** Opens the spec sheet on a line's selection. */
    onChangeSpecs(event: LineEvent) {
      const index = Number(event.currentTarget.dataset.index);
      const line = this.serverLine(index);
      if (!line) return;
      this.setData({
        spec: {
          show: true,
          productId: line.productId,
          initial: { ...selectionOf(line), quantity: line.quantity },
          lineId: line.lineId,
          quantity: line.quantity,
        },
      });
    },
    onSpecClose() {
      this.setData({ 'spec.show': false });
    },
    /**
     * The sheet added its selection: a different selection is a new line, so the old one goes; the same
     * selection grew the old line, so it is set back to the sheet's quantity (what it added).
     */
    async onSpecAdded(event: { detail: { cart: CartView } }) {
      const { lineId, quantity } = this.data.spec;
      this.setData({ 'spec.show': false, busy: true });
      const old = event.detail.cart.lines.find((line) => line.lineId === lineId);
      let result: Result<CartView> | undefined;
      if (old && old.quantity > quantity)
        result = await cart.setQuantity(this.data.storeId, lineId, old.quantity - quantity);
      else if (old) result = await cart.remove(this.data.storeId, lineId);
      if (result && !result.ok) wx.showToast({ title: errorText(result.error.code), icon: 'none' });
      await this.load();
      this.setData({ busy: false });
    },
    onSpecFailed(event: { detail: { code: Parameters<typeof errorText>[0] } }) {
      wx.showToast({ title: errorText(event.detail.code), icon: 'none' });
    },
    /** The server's line drawn at `index`, as the cart store holds it. */
    serverLine(index: number): CartLineView | undefined {
      const row = this.data.lines[index];
      return row && cart.lines.find((line) => line.lineId === row.lineId);
    },
    onSuggestionTap(event: { currentTarget: { dataset: { productId: string } } }) {
      const { productId } = event.currentTarget.dataset;
      return wx.navigateTo({
        url: `/pages/product/index?storeId=${this.data.storeId}&productId=${productId}`,
      });
    },
    onBackToMenu() {
      return wx.switchTab({ url: '/pages/menu/index' });
    },
    onCheckout() {
      if (!this.data.canCheckout) return;
      return wx.navigateTo({ url: '/checkout/pages/checkout/index' });
    },
  },
});
