import type { AddressView } from '../../../../typings/contracts/account';
import type { StoreView } from '../../../../typings/contracts/browse';
import type { CheckoutInput, PlaceOrderOutput } from '../../../../typings/contracts/checkout';
import type { OrderMode } from '../../../../typings/contracts/order';
import type { PriceBreakdown } from '../../../../typings/contracts/pricing';
import type { ErrorBody } from '../../../../typings/result';
import { appConfig } from '../../../config';
import { labelPair, money, t } from '../../../i18n';
import { callCloud } from '../../../services/cloud';
import { askSubscribeConsent } from '../../../services/subscribe-consent';
import { cart, session } from '../../../stores';
import { errorText } from '../../../utils/error-text';
import { blockerText, problemRows, stockFixRows, type StockFixRow } from './checkout-words';
import { newIdempotencyKey } from './idempotency-key';
import { pickupSlots, type PickupSlot } from './pickup-slots';

/** The longest remark the server takes. */
const REMARK_MAX = 140;
const MODE_ORDER: readonly OrderMode[] = ['dine_in', 'pickup', 'delivery'];
const MODE_FLAG = { dine_in: 'dineIn', pickup: 'pickup', delivery: 'delivery' } as const;

/** Each open checkout's latest preview: an older preview's late answer is dropped. */
const previewTickets = new WeakMap<object, number>();

/** A saved address as the checkout draws it. */
interface AddressRow {
  id: string;
  title: string;
  detail: string;
}

function addressRow(address: AddressView): AddressRow {
  return {
    id: address.id,
    title: `${address.contactNameMasked} ${address.phoneMasked}`,
    detail: `${address.region} ${address.detailMasked}`,
  };
}

/** The code of the table the customer scanned, if any. */
function sessionTableCode(): string | undefined {
  return session.table?.code;
}

// Checkout: mode, table / pickup time / address, remark, the server's breakdown and what stops the order, ONE
// pay button. One idempotency key per screen, kept across retries; every refusal has its way out.
Component({
  data: {
    loading: true,
    errorMessage: '',
    storeId: appConfig.defaultStoreId,
    storeName: '',
    modes: [] as Array<{ mode: OrderMode; label: string }>,
    mode: 'pickup' as OrderMode,
    tableText: '',
    pickupSlots: [] as PickupSlot[],
    pickupLabels: [] as string[],
    pickupIndex: 0,
    addresses: [] as AddressRow[],
    address: null as AddressRow | null,
    remark: '',
    remarkMax: REMARK_MAX,
    breakdown: null as PriceBreakdown | null,
    problems: [] as StockFixRow[],
    blockers: [] as string[],
    canPlace: false,
    previewing: false,
    placing: false,
    payText: '',
    stockFixes: [] as StockFixRow[],
    storeClosed: false,
    networkFailed: false,
    idempotencyKey: '',
    text: {
      loading: labelPair('common.loading'),
      retry: labelPair('common.retry'),
      modeTitle: labelPair('checkout.modeTitle'),
      pickupTime: labelPair('checkout.pickupTime'),
      addressTitle: labelPair('checkout.address'),
      noAddress: t('checkout.noAddress'),
      chooseAddress: labelPair('checkout.chooseAddress'),
      remark: labelPair('checkout.remark'),
      remarkPlaceholder: t('checkout.remarkPlaceholder'),
      problemsTitle: t('checkout.problemsTitle'),
      storeClosed: t('checkout.storeClosed'),
      backToMenu: labelPair('checkout.backToMenu'),
      retryPlace: labelPair('checkout.retryPlace'),
      network: t('error.NETWORK'),
      placing: labelPair('checkout.placing'),
    },
  },
  methods: {
    onLoad() {
      this.setData({
        storeId: session.storeId ?? appConfig.defaultStoreId,
        idempotencyKey: newIdempotencyKey(),
      });
      return this.load();
    },
    onRetry() {
      return this.load();
    },
    async load() {
      this.setData({ loading: true, errorMessage: '' });
      const [home, held] = await Promise.all([
        callCloud('browse', 'home', { storeId: this.data.storeId }),
        cart.load(this.data.storeId),
      ]);
      if (!home.ok || !held.ok) {
        const code = !home.ok ? home.error.code : !held.ok ? held.error.code : 'INTERNAL';
        this.setData({ loading: false, errorMessage: errorText(code) });
        return;
      }
      const store = home.data.store;
      const modes = MODE_ORDER.filter((mode) => store.modes[MODE_FLAG[mode]]);
      const mode = modes.includes(session.mode) ? session.mode : (modes[0] ?? 'pickup');
      this.setData({
        loading: false,
        storeName: store.name,
        modes: modes.map((each) => ({ mode: each, label: labelPair(`mode.${each}`) })),
        mode,
        ...this.pickupChoices(store),
      });
      await this.enterMode(mode);
    },
    /** "As soon as possible" and today's slots. */
    pickupChoices(store: StoreView) {
      const slots = pickupSlots(Date.now(), store.todayHours);
      return {
        pickupSlots: slots,
        pickupLabels: [t('checkout.pickupNow'), ...slots.map((slot) => slot.label)],
        pickupIndex: 0,
      };
    },
    /** Shows `mode`'s choices (the table bound now; delivery reads the address book) and previews again. */
    async enterMode(mode: OrderMode) {
      if (mode === 'dine_in') {
        const table = session.table;
        const hasCode = sessionTableCode() !== undefined;
        this.setData({
          tableText: table && hasCode ? t('checkout.table', { name: table.name }) : t('checkout.scanTable'),
        });
      }
      if (mode === 'delivery' && this.data.addresses.length === 0) {
        const book = await callCloud('account', 'listAddresses', {});
        if (book.ok) {
          const addresses = book.data.addresses.map(addressRow);
          const preferred =
            book.data.addresses.find((address) => address.isDefault) ?? book.data.addresses[0];
          this.setData({ addresses, address: preferred ? addressRow(preferred) : null });
        }
      }
      return this.preview();
    },
    onModeTap(event: { currentTarget: { dataset: { mode: OrderMode } } }) {
      const { mode } = event.currentTarget.dataset;
      if (mode === this.data.mode) return;
      session.setMode(mode);
      this.setData({ mode });
      return this.enterMode(mode);
    },
    onPickupChange(event: { detail: { value: number | string } }) {
      this.setData({ pickupIndex: Number(event.detail.value) });
      return this.preview();
    },
    onRemarkInput(event: { detail: { value: string } }) {
      this.setData({ remark: event.detail.value.slice(0, REMARK_MAX) });
    },
    /** Opens the address book to pick one; it answers `selected` { addressId } on the opener channel. */
    onChooseAddress() {
      return wx.navigateTo({
        url: '/account/pages/addresses/index?select=1',
        events: {
          selected: (answer: { addressId: string }) => this.useAddress(answer.addressId),
        },
      });
    },
    /** Uses a saved address (read again: the customer may just have added it). */
    async useAddress(addressId: string) {
      const book = await callCloud('account', 'listAddresses', {});
      if (!book.ok) return;
      const chosen = book.data.addresses.find((address) => address.id === addressId);
      this.setData({
        addresses: book.data.addresses.map(addressRow),
        address: chosen ? addressRow(chosen) : null,
      });
      return this.preview();
    },
    /** The customer's choices as the server takes them. */
    input(): CheckoutInput {
      const { storeId, mode, remark, pickupIndex, pickupSlots: slots, address } = this.data;
      const tableCode = sessionTableCode();
      const pickupAt = pickupIndex > 0 ? slots[pickupIndex - 1]?.at : undefined;
      return {
        storeId,
        mode,
        ...(mode === 'dine_in' && tableCode !== undefined && { tableCode }),
        ...(mode === 'pickup' && pickupAt !== undefined && { pickupAt }),
        ...(mode === 'delivery' && address && { addressId: address.id }),
        ...(remark.trim() !== '' && { remark: remark.trim() }),
      };
    },
    /** Asks the server to price the choices; a later preview's answer wins over an earlier one. */
    async preview() {
      const ticket = (previewTickets.get(this) ?? 0) + 1;
      previewTickets.set(this, ticket);
      this.setData({ previewing: true });
      const result = await callCloud('checkout', 'preview', this.input());
      if (ticket !== previewTickets.get(this)) return;
      if (!result.ok) {
        this.setData({ previewing: false, canPlace: false, blockers: [errorText(result.error.code)] });
        return;
      }
      const { breakdown, problems, blockers, canPlace } = result.data;
      this.setData({
        previewing: false,
        breakdown,
        problems: problemRows(problems, cart.lines),
        blockers: blockers.map(blockerText),
        canPlace,
        storeClosed: blockers.some((blocker) => blocker.code === 'STORE_CLOSED'),
        payText: labelPair('checkout.pay', { amount: money(breakdown.totalFen) }),
      });
    },
    /** A change is under way that ends in a new preview: the answers of earlier previews no longer count. */
    dropPendingPreviews() {
      previewTickets.set(this, (previewTickets.get(this) ?? 0) + 1);
      this.setData({ previewing: true });
    },
    /** The one pay button: place with this screen's key and the total shown, then pay. */
    async onPay(): Promise<void> {
      const { placing, canPlace, breakdown, idempotencyKey } = this.data;
      if (placing || !canPlace || !breakdown) return;
      this.setData({ placing: true, networkFailed: false, stockFixes: [] });
      const result = await callCloud('checkout', 'place', {
        ...this.input(),
        idempotencyKey,
        expectedTotalFen: breakdown.totalFen,
      });
      if (!result.ok) {
        this.setData({ placing: false });
        return this.recover(result.error);
      }
      return this.pay(result.data);
    },
    /** The way out of each refusal. */
    async recover(error: ErrorBody): Promise<void> {
      if (error.code === 'NETWORK') {
        this.setData({ networkFailed: true });
        return;
      }
      if (error.code === 'OUT_OF_STOCK') {
        await cart.load(this.data.storeId);
        const details = error.details && 'items' in error.details ? error.details : { items: [] };
        this.setData({ stockFixes: stockFixRows(details, cart.lines) });
        return this.preview();
      }
      if (error.code === 'PRICE_CHANGED') return this.confirmNewPrice(error.details.breakdown);
      if (error.code === 'STORE_CLOSED') {
        this.setData({ storeClosed: true, canPlace: false });
        return;
      }
      if (error.code === 'CHECKOUT_BLOCKED') {
        this.setData({ blockers: (error.details?.blockers ?? []).map(blockerText), canPlace: false });
        return;
      }
      wx.showToast({ title: errorText(error.code), icon: 'none' });
    },
    /** Shows the server's new total and places again when the customer confirms it. */
    async confirmNewPrice(breakdown: PriceBreakdown): Promise<void> {
      this.setData({ breakdown, payText: labelPair('checkout.pay', { amount: money(breakdown.totalFen) }) });
      const answer = await wx.showModal({
        title: t('checkout.priceChanged.title'),
        content: t('checkout.priceChanged.content', { amount: money(breakdown.totalFen) }),
      });
      if (answer.confirm) return this.onPay();
    },
    /** One tap fixes one short line (a refusal's or the preview's): it becomes what is left (or goes), then the price again. */
    async onFixStock(event: {
      currentTarget: { dataset: { index: number; list: 'stockFixes' | 'problems' } };
    }) {
      const { list } = event.currentTarget.dataset;
      const index = Number(event.currentTarget.dataset.index);
      const fix = this.data[list][index];
      if (!fix) return;
      this.dropPendingPreviews();
      const result = await cart.setQuantity(this.data.storeId, fix.lineId, fix.fixQuantity);
      if (!result.ok) wx.showToast({ title: errorText(result.error.code), icon: 'none' });
      this.setData({ stockFixes: this.data.stockFixes.filter((each) => each.lineId !== fix.lineId) });
      return this.preview();
    },
    onBackToMenu() {
      return wx.switchTab({ url: '/pages/menu/index' });
    },
    /** The payment sheet with the server's parameters; either way the order page follows. */
    async pay(placed: PlaceOrderOutput): Promise<void> {
      const orderUrl = `/pages/order/index?id=${placed.order.id}`;
      try {
        await wx.requestPayment({ ...placed.payment, signType: placed.payment.signType as 'MD5' });
      } catch (failure) {
        const cancelled = String((failure as { errMsg?: string }).errMsg ?? '').includes('cancel');
        wx.showToast({
          title: cancelled ? t('checkout.paymentCancelled') : errorText('PAYMENT_FAILED'),
          icon: 'none',
        });
        await wx.redirectTo({ url: orderUrl });
        return;
      }
      await this.askConsent();
      await wx.redirectTo({ url: orderUrl });
    },
    /** Right after payment: may we tell the customer when the order is ready, or declined? */
    async askConsent() {
      const { orderReady, orderRejected } = appConfig.subscribeTemplates;
      await askSubscribeConsent([orderReady, orderRejected]);
    },
  },
});
