import type { StaffMenuOutput, StaffProductView } from '../../../../typings/contracts/staff-menu';
import type { ErrorCode } from '../../../../typings/result';
import { texts } from '../../../i18n';
import { callCloud } from '../../../services/cloud';
import { errorText } from '../../../utils/error-text';
import { st, staffTexts } from '../../i18n';
import { menuStoreId, storeQuery } from '../../services/menu-store';
import { navRowsOf, productRowOf, rowsOf, type NavRow, type ProductRow } from './menu-rows';

type PageState = 'loading' | 'error' | 'forbidden' | 'empty' | 'ready';

const TEXT_KEYS = {
  title: 'staff.menu.title',
  addProduct: 'staff.menu.addProduct',
  addCategory: 'staff.menu.addCategory',
  editCategory: 'staff.menu.editCategory',
  hidden: 'staff.menu.hiddenCategory',
  unlisted: 'staff.menu.unlisted',
  emptyCategory: 'staff.menu.emptyCategory',
  emptyMenu: 'staff.menu.emptyMenu',
  readOnlyHint: 'staff.menu.readOnlyHint',
  forbidden: 'staff.common.forbidden',
} as const;

/** The last menu answered, off `data` (the rows drawn are derived from it). */
const menus = new WeakMap<object, StaffMenuOutput>();

// The menu editor's first page (`?storeId=`): categories on the left, the chosen one's products on the right,
// each with its price, stock and a one-tap sold-out switch; tap a product to edit it. Read again on every show,
// so what another page saved appears. Owners and managers also add and edit; others switch and count.
Component({
  data: {
    storeId: '',
    state: 'loading' as PageState,
    errorMessage: '',
    canEdit: false,
    nav: [] as NavRow[],
    activeId: '',
    rows: [] as ProductRow[],
    activeHidden: false,
    activeName: '',
    switching: '',
    text: staffTexts(TEXT_KEYS),
    common: texts({ loading: 'common.loading', retry: 'common.retry' }),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ storeId: menuStoreId(query) });
    },
    onShow() {
      wx.setNavigationBarTitle({ title: st('staff.menu.title') });
      return this.read();
    },
    onRetry() {
      this.setData({ state: 'loading' });
      return this.read();
    },
    async read() {
      const result = await callCloud('staff', 'menu', { storeId: this.data.storeId });
      if (!result.ok) return this.showError(result.error.code);
      menus.set(this, result.data);
      const { categories, products, canEdit } = result.data;
      const activeId = categories.some((category) => category.id === this.data.activeId)
        ? this.data.activeId
        : (categories[0]?.id ?? '');
      this.setData({
        state: categories.length === 0 ? 'empty' : 'ready',
        canEdit,
        nav: navRowsOf(categories, products),
        ...this.activeData(activeId),
      });
    },
    /** The paths that draw one category on the right. */
    activeData(activeId: string) {
      const menu = menus.get(this);
      const category = menu?.categories.find((candidate) => candidate.id === activeId);
      const [nav] = category && menu ? navRowsOf([category], menu.products) : [];
      return {
        activeId,
        activeName: nav?.label ?? '',
        activeHidden: category ? !category.isVisible : false,
        rows: menu ? rowsOf(menu.products, activeId) : [],
      };
    },
    showError(code: ErrorCode) {
      if (code === 'FORBIDDEN') this.setData({ state: 'forbidden' });
      else this.setData({ state: 'error', errorMessage: errorText(code) });
    },
    onCategory(
      event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { id: string }>,
    ) {
      const { id } = event.currentTarget.dataset;
      if (id !== this.data.activeId) this.setData(this.activeData(id));
    },
    /** One tap: the product sold out, or back on sale; the row changes when the server says so. */
    async onToggle(
      event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { id: string }>,
    ) {
      const { id } = event.currentTarget.dataset;
      const index = this.data.rows.findIndex((row) => row.id === id);
      const row = this.data.rows[index];
      if (!row || this.data.switching) return;
      this.setData({ switching: id });
      const soldOut = !row.isSoldOut;
      const result = await callCloud('staff', 'setSoldOut', {
        storeId: this.data.storeId,
        productId: id,
        soldOut,
      });
      this.setData({ switching: '' });
      if (!result.ok) {
        wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        return;
      }
      this.remember(result.data.product);
      this.setData({ [`rows[${index}]`]: productRowOf(result.data.product) });
      wx.showToast({
        title: st(soldOut ? 'staff.menu.switchedOut' : 'staff.menu.switchedBack'),
        icon: 'none',
      });
    },
    remember(product: StaffProductView) {
      const menu = menus.get(this);
      if (!menu) return;
      menu.products = menu.products.map((candidate) => (candidate.id === product.id ? product : candidate));
    },
    onEditProduct(
      event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { id: string }>,
    ) {
      if (!this.data.canEdit) return;
      const { id } = event.currentTarget.dataset;
      wx.navigateTo({
        url: `/staff/pages/product-edit/index?${storeQuery(this.data.storeId)}&productId=${encodeURIComponent(id)}`,
      });
    },
    onAddProduct() {
      const category = this.data.activeId ? `&categoryId=${encodeURIComponent(this.data.activeId)}` : '';
      wx.navigateTo({ url: `/staff/pages/product-edit/index?${storeQuery(this.data.storeId)}${category}` });
    },
    onAddCategory() {
      wx.navigateTo({ url: `/staff/pages/category-edit/index?${storeQuery(this.data.storeId)}` });
    },
    onEditCategory() {
      wx.navigateTo({
        url: `/staff/pages/category-edit/index?${storeQuery(this.data.storeId)}&categoryId=${encodeURIComponent(this.data.activeId)}`,
      });
    },
  },
});
