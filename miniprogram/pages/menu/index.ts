import type { ProductDetail } from '../../../typings/contracts/catalog';
import type { OrderMode } from '../../../typings/contracts/order';
import type { NavCategory } from '../../components/category-nav/index';
import type { MenuProduct, MenuSection } from '../../components/menu-list/index';
import { appConfig } from '../../config';
import { getLocale, t } from '../../i18n';
import { callCloud } from '../../services/cloud';
import { cart, session } from '../../stores/index';
import { watchStore, type Unwatch } from '../../stores/watched-store';
import { errorText, errorTextIn } from '../../utils/error-text';
import { menuRow, POPULAR_SECTION_ID, rowsByCategory } from './menu-rows';
import { directSelection } from './product-choice';
import { firstScreenData, menuTexts } from './first-screen-data';
import { modeOptions, type ModeOption, type StoreHeader } from './store-header';

/** The most categories one `browse.menu` call may ask for. */
const MENU_BATCH = 20;

/** What one open menu remembers off `data` (no setData for it). */
interface MenuMemory {
  /** Rows answered but not drawn yet, by category id. */
  held: Record<string, MenuProduct[]>;
  /** Categories the server has yet to send, in menu order. */
  pending: string[];
  /** Product details asked for, by id (to tell a simple product from one with choices). */
  details: Map<string, ProductDetail>;
  /** Each known product's category (first screen and menu pages), for the nav's in-cart counts. */
  categoryOf: Record<string, string>;
  /** The quantities drawn, to send them only when one changed. */
  quantities: Record<string, number>;
  /** A `browse.menu` call under way. */
  fetching: Promise<void> | null;
  /** The delivery minimum of the store (fen), for the bar when delivery is chosen. */
  deliveryMinimum: number;
  /** Numbers search calls: only the newest one's answer is drawn. */
  searchTicket: number;
  watch: Unwatch | null;
}

const memories = new WeakMap<object, MenuMemory>();

function memoryOf(page: object): MenuMemory {
  let memory = memories.get(page);
  if (!memory) {
    memory = {
      held: {},
      pending: [],
      categoryOf: {},
      details: new Map(),
      quantities: {},
      fetching: null,
      deliveryMinimum: 0,
      searchTicket: 0,
      watch: null,
    };
    memories.set(page, memory);
  }
  return memory;
}

// The menu, the first screen: the store (state, notice, modes), "popular now", the category nav beside the
// product list kept in step by measured positions, search, the cart bar and popup. One call draws it
// (`browse.home`); a table QR code's scene binds dine-in and the table; big menus fill sections as they near.
Component({
  data: {
    storeId: appConfig.defaultStoreId,
    locale: getLocale(),
    phase: 'loading' as 'loading' | 'error' | 'empty' | 'ready',
    errorMessage: '',
    header: null as StoreHeader | null,
    tableText: '',
    isTableUnknown: false,
    modes: [] as ModeOption[],
    mode: session.mode,
    sections: [] as MenuSection[],
    nav: [] as NavCategory[],
    activeId: '',
    scrollToId: '',
    quantities: {} as Record<string, number>,
    cartCount: 0,
    cartTotalFen: 0,
    minimumFen: 0,
    /** Why ordering is off now (the store is closed); empty while it is on. */
    closedReason: '',
    searchText: '',
    searchResults: [] as MenuProduct[],
    searchEmptyText: '',
    showCart: false,
    showSpecs: false,
    specProductId: '',
    text: menuTexts(),
  },
  lifetimes: {
    attached() {
      const memory = memoryOf(this);
      memory.watch = watchStore(
        cart,
        () => [cart.lines, cart.itemCount, cart.totalFen],
        () => this.drawCart(),
      );
    },
    detached() {
      memoryOf(this).watch?.();
      memories.delete(this);
    },
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const storeId = query.storeId || session.storeId || appConfig.defaultStoreId;
      const tableCode = query.scene ? decodeURIComponent(query.scene) : '';
      this.setData({ storeId });
      return this.load(tableCode);
    },
    /** Back from another page: another store chosen (the store picker) or another language (the me page) redraws. */
    onShow() {
      if (this.data.phase !== 'ready') return;
      const chosen = session.storeId;
      if (chosen !== null && chosen !== this.data.storeId) {
        this.setData({ storeId: chosen });
        void this.load('');
      } else if (getLocale() !== this.data.locale) void this.load('');
    },
    onRetry() {
      return this.load('');
    },

    /** The first screen, from one call; then the cart (count and total on the bar). */
    async load(tableCode: string) {
      const { storeId } = this.data;
      if (this.data.phase !== 'loading') this.setData({ phase: 'loading' });
      const result = await callCloud('browse', 'home', tableCode ? { storeId, tableCode } : { storeId });
      if (!result.ok) {
        this.setData({ phase: 'error', errorMessage: errorText(result.error.code) });
        return;
      }
      const home = result.data;
      if (home.table) session.scanTable(storeId, home.table);
      else if (tableCode)
        session.leaveTable(); // an old or foreign code: no table, ordering stays open for pickup
      else session.chooseStore(storeId);
      const mode = this.offeredMode(modeOptions(home.store.modes));
      const table = home.table ?? (session.storeId === storeId ? session.table : null);
      const { data, layout } = firstScreenData(home, { locale: getLocale(), mode, table });
      const memory = memoryOf(this);
      memory.held = layout.held;
      memory.pending = layout.pending;
      memory.quantities = {};
      memory.categoryOf = Object.fromEntries(home.products.map((card) => [card.id, card.categoryId]));
      this.setData(data);
      memory.deliveryMinimum = home.store.delivery?.minimumFen ?? 0;
      await cart.load(storeId);
      this.drawCart();
      // The section after the first category is near from the start: fill it (and the first, if it waits).
      const firstCategory = layout.first.sections.findIndex((section) => section.id !== POPULAR_SECTION_ID);
      await this.fillThrough(firstCategory + 1);
    },

    /** The session's mode when the store offers it, else the first it offers (remembered). */
    offeredMode(modes: ModeOption[]): OrderMode {
      const offered = modes.some((option) => option.mode === session.mode);
      const mode = offered ? session.mode : (modes[0]?.mode ?? session.mode);
      if (mode !== session.mode) session.setMode(mode);
      return mode;
    },
    onMode(event: WechatMiniprogram.TouchEvent<object, object, { mode: OrderMode }>) {
      const { mode } = event.currentTarget.dataset;
      if (mode === this.data.mode) return;
      session.setMode(mode);
      const minimumFen = mode === 'delivery' ? memoryOf(this).deliveryMinimum : 0;
      this.setData({ mode, minimumFen });
    },

    /** Draws the cart store's count, total and per-product quantities: only the paths that changed. */
    drawCart() {
      const memory = memoryOf(this);
      const units = cart.quantityByProduct;
      const changes: Record<string, unknown> = {};
      const ids = new Set([...Object.keys(units), ...Object.keys(memory.quantities)]);
      // The map holds only the products in the cart (a few entries), never the menu: it is sent whole when one
      // changes, as a new object, so the list component sees it changed (a path into it would not reach the cards).
      if ([...ids].some((id) => (memory.quantities[id] ?? 0) !== (units[id] ?? 0)))
        changes.quantities = { ...units };
      memory.quantities = { ...units };
      // The nav shows how many of each category are in the cart.
      const perCategory: Record<string, number> = {};
      for (const [id, quantity] of Object.entries(units)) {
        const category = memory.categoryOf[id];
        if (category) perCategory[category] = (perCategory[category] ?? 0) + quantity;
      }
      // The nav is a short list (one row a category) sent whole, as a new array, so the nav component sees it.
      const { nav } = this.data;
      if (nav.some((entry) => (entry.count ?? 0) !== (perCategory[entry.id] ?? 0)))
        changes.nav = nav.map((entry) => ({ ...entry, count: perCategory[entry.id] ?? 0 }));
      if (cart.itemCount !== this.data.cartCount) changes.cartCount = cart.itemCount;
      if (cart.totalFen !== this.data.cartTotalFen) changes.cartTotalFen = cart.totalFen;
      if (Object.keys(changes).length > 0) this.setData(changes);
    },

    /** The list reports another section in view: highlight it, and fill it and the next one if they wait. */
    onSectionChange(event: WechatMiniprogram.CustomEvent<{ id: string }>) {
      const { id } = event.detail;
      this.setData({ activeId: id });
      void this.fillThrough(this.indexOf(id) + 1);
    },
    /** A tap on the nav: fill the sections up to it (their heights change), then scroll there. */
    async onCategory(event: WechatMiniprogram.CustomEvent<{ id: string }>) {
      const { id } = event.detail;
      this.setData({ activeId: id });
      await this.fillThrough(this.indexOf(id));
      this.setData({ scrollToId: id });
    },
    indexOf(sectionId: string): number {
      return this.data.sections.findIndex((section) => section.id === sectionId);
    },

    /** Fills every waiting section up to `last` (inclusive), in menu order: held rows at once, the rest fetched. */
    async fillThrough(last: number) {
      const memory = memoryOf(this);
      const changes: Record<string, unknown> = {};
      const wanted: string[] = [];
      this.data.sections.forEach((section, index) => {
        if (index > last || !section.isPending) return;
        const rows = memory.held[section.id];
        if (rows) {
          changes[`sections[${index}].products`] = rows;
          changes[`sections[${index}].isPending`] = false;
          delete memory.held[section.id];
        } else if (memory.pending.includes(section.id)) wanted.push(section.id);
      });
      if (Object.keys(changes).length > 0) this.setData(changes);
      if (wanted.length > 0) await this.fetchSections(wanted);
    },
    /** Asks the server for waiting categories, first ones first, one call at a time. */
    async fetchSections(categoryIds: string[]) {
      const memory = memoryOf(this);
      while (memory.fetching) await memory.fetching;
      const ids = categoryIds.filter((id) => memory.pending.includes(id)).slice(0, MENU_BATCH);
      if (ids.length === 0) return;
      const call = (async () => {
        const result = await callCloud('browse', 'menu', { storeId: this.data.storeId, categoryIds: ids });
        if (!result.ok) {
          void wx.showToast({ title: errorTextIn(result.error.code), icon: 'none' });
          return;
        }
        memory.pending = memory.pending.filter((id) => !ids.includes(id));
        const popular = new Set<string>();
        for (const section of this.data.sections)
          for (const row of section.products) if (row.isPopular) popular.add(row.id);
        for (const card of result.data.products) memory.categoryOf[card.id] = card.categoryId;
        const groups = rowsByCategory(result.data.products, this.data.locale, popular);
        for (const id of ids) memory.held[id] = groups[id] ?? [];
      })();
      memory.fetching = call;
      await call;
      memory.fetching = null;
      await this.fillThrough(Math.max(...ids.map((id) => this.indexOf(id))));
      if (categoryIds.length > ids.length) await this.fetchSections(categoryIds.slice(ids.length));
    },

    /** Search as the customer types: the newest answer wins; an empty box shows the menu again. */
    async onSearchInput(event: WechatMiniprogram.Input) {
      const text = event.detail.value.trim();
      this.setData({ searchText: event.detail.value });
      if (!text) {
        this.setData({ searchResults: [], searchEmptyText: '' });
        return;
      }
      const memory = memoryOf(this);
      const ticket = (memory.searchTicket += 1);
      const result = await callCloud('browse', 'search', { storeId: this.data.storeId, text });
      if (ticket !== memory.searchTicket) return;
      if (!result.ok) {
        void wx.showToast({ title: errorTextIn(result.error.code), icon: 'none' });
        return;
      }
      const popular = new Set<string>();
      const rows = result.data.products.map((card) => menuRow(card, this.data.locale, popular));
      this.setData({
        searchResults: rows,
        searchEmptyText: rows.length === 0 ? t('menu.searchEmpty', { text }) : '',
      });
    },
    onSearchClear() {
      memoryOf(this).searchTicket += 1;
      this.setData({ searchText: '', searchResults: [], searchEmptyText: '' });
    },

    /** A card's "+" (or the popup's suggestion): straight into the cart when there is nothing to choose. */
    async onAdd(event: WechatMiniprogram.CustomEvent<{ productId: string }>) {
      await this.addOne(event.detail.productId);
    },
    /** A card's stepper: up adds one more; down takes one off its only line (several lines: the cart popup). */
    async onQuantity(event: WechatMiniprogram.CustomEvent<{ productId: string; quantity: number }>) {
      const { productId, quantity } = event.detail;
      const now = cart.quantityByProduct[productId] ?? 0;
      if (quantity > now) {
        await this.addOne(productId);
        return;
      }
      const lines = cart.lines.filter((line) => line.productId === productId);
      const line = lines[0];
      if (lines.length !== 1 || !line) {
        this.drawCart();
        void wx.showToast({ title: t('menu.specsInCart'), icon: 'none' });
        this.setData({ showCart: true });
        return;
      }
      const result = await cart.setQuantity(this.data.storeId, line.lineId, line.quantity - (now - quantity));
      if (!result.ok) void wx.showToast({ title: errorTextIn(result.error.code), icon: 'none' });
    },
    async addOne(productId: string) {
      if (this.data.closedReason) {
        void wx.showToast({ title: t('menu.closedNoOrders'), icon: 'none' });
        return;
      }
      const detail = await this.productDetail(productId);
      if (!detail) return;
      const selection = directSelection(detail);
      if (!selection) {
        this.setData({ specProductId: productId, showSpecs: true });
        return;
      }
      const result = await cart.add(this.data.storeId, selection, 1);
      if (!result.ok) void wx.showToast({ title: errorTextIn(result.error.code), icon: 'none' });
    },
    async productDetail(productId: string): Promise<ProductDetail | null> {
      const memory = memoryOf(this);
      const known = memory.details.get(productId);
      if (known) return known;
      const result = await callCloud('browse', 'product', { storeId: this.data.storeId, productId });
      if (!result.ok) {
        void wx.showToast({ title: errorTextIn(result.error.code), icon: 'none' });
        return null;
      }
      memory.details.set(productId, result.data);
      return result.data;
    },
    /** A card's photo or name: the product's own page. */
    onOpen(event: WechatMiniprogram.CustomEvent<{ productId: string }>) {
      const { productId } = event.detail;
      void wx.navigateTo({ url: `/pages/product/index?storeId=${this.data.storeId}&productId=${productId}` });
    },
    /** The spec sheet closes; it added through the cart store (the bar follows) or said its refusal itself. */
    onSpecsClose() {
      this.setData({ showSpecs: false });
    },
    onSpecsAdded() {
      this.setData({ showSpecs: false });
    },

    onOpenCart() {
      this.setData({ showCart: true });
    },
    onCloseCart() {
      this.setData({ showCart: false });
    },
    onPick(event: WechatMiniprogram.CustomEvent<{ productId: string }>) {
      void this.addOne(event.detail.productId);
    },
    onCheckout() {
      void wx.navigateTo({ url: '/checkout/pages/checkout/index' });
    },
  },
});
