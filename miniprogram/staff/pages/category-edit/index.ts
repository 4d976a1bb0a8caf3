import type { StaffCategoryView } from '../../../../typings/contracts/staff-menu';
import type { ErrorCode } from '../../../../typings/result';
import { texts } from '../../../i18n';
import { callCloud } from '../../../services/cloud';
import { errorText } from '../../../utils/error-text';
import { st, staffTexts } from '../../i18n';
import { menuStoreId } from '../../services/menu-store';

type PageState = 'loading' | 'error' | 'forbidden' | 'notFound' | 'ready';

const TEXT_KEYS = {
  name: 'staff.menu.categoryName',
  nameEn: 'staff.menu.categoryNameEn',
  visible: 'staff.menu.visible',
  moveUp: 'staff.menu.moveUp',
  moveDown: 'staff.menu.moveDown',
  save: 'staff.common.save',
  forbidden: 'staff.common.forbidden',
  notFound: 'staff.menu.categoryNotFound',
  needName: 'staff.menu.needName',
  needNameEn: 'staff.menu.needNameEn',
} as const;

/** The schema's words for a field (`input/name must …`) → the field it names. */
function fieldOf(problem: string): 'name' | 'nameEn' | '' {
  const match = /^input\/(nameEn|name)\b/.exec(problem);
  return (match?.[1] as 'name' | 'nameEn' | undefined) ?? '';
}

// A category (`?storeId=` to add one, `&categoryId=` to edit it): names in both languages, shown to customers
// or hidden, and its place in the menu (up or down). Saved in one call; the menu page reads it on return.
Component({
  data: {
    storeId: '',
    categoryId: '',
    state: 'loading' as PageState,
    errorMessage: '',
    name: '',
    nameEn: '',
    isVisible: true,
    position: 0,
    count: 1,
    positionText: '',
    errors: { name: '', nameEn: '' },
    saving: false,
    text: staffTexts(TEXT_KEYS),
    common: texts({ loading: 'common.loading', retry: 'common.retry' }),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ storeId: menuStoreId(query), categoryId: query.categoryId ?? '' });
      wx.setNavigationBarTitle({
        title: st(query.categoryId ? 'staff.menu.editCategory' : 'staff.menu.newCategory'),
      });
      return this.read();
    },
    onRetry() {
      this.setData({ state: 'loading' });
      return this.read();
    },
    async read() {
      const result = await callCloud('staff', 'menu', { storeId: this.data.storeId });
      if (!result.ok) return this.showError(result.error.code);
      if (!result.data.canEdit) return this.showError('FORBIDDEN');
      const categories: StaffCategoryView[] = result.data.categories;
      const index = categories.findIndex((category) => category.id === this.data.categoryId);
      const category = categories[index];
      if (this.data.categoryId && !category) return this.setData({ state: 'notFound' });
      const count = category ? categories.length : categories.length + 1;
      const position = category ? index : categories.length;
      this.setData({
        state: 'ready',
        name: category?.name ?? '',
        nameEn: category?.nameEn ?? '',
        isVisible: category?.isVisible ?? true,
        count,
        ...this.positionData(position, count),
      });
    },
    positionData(position: number, count: number) {
      return {
        position,
        positionText: st('staff.menu.position', { position: `${position + 1} / ${count}` }),
      };
    },
    showError(code: ErrorCode) {
      if (code === 'FORBIDDEN') this.setData({ state: 'forbidden' });
      else this.setData({ state: 'error', errorMessage: errorText(code) });
    },
    onName(event: WechatMiniprogram.Input) {
      this.setData({ name: event.detail.value, 'errors.name': '' });
    },
    onNameEn(event: WechatMiniprogram.Input) {
      this.setData({ nameEn: event.detail.value, 'errors.nameEn': '' });
    },
    onVisible() {
      this.setData({ isVisible: !this.data.isVisible });
    },
    onMove(
      event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { step: number }>,
    ) {
      const next = this.data.position + Number(event.currentTarget.dataset.step);
      if (next >= 0 && next < this.data.count) this.setData(this.positionData(next, this.data.count));
    },
    async onSave() {
      const errors = {
        name: this.data.name.trim() === '' ? this.data.text.needName : '',
        nameEn: this.data.nameEn.trim() === '' ? this.data.text.needNameEn : '',
      };
      this.setData({ errors });
      if (errors.name || errors.nameEn || this.data.saving) return;
      this.setData({ saving: true });
      const result = await callCloud('staff', 'saveCategory', {
        storeId: this.data.storeId,
        ...(this.data.categoryId && { categoryId: this.data.categoryId }),
        name: this.data.name,
        nameEn: this.data.nameEn,
        isVisible: this.data.isVisible,
        position: this.data.position,
      });
      this.setData({ saving: false });
      if (result.ok) {
        wx.showToast({ title: st('staff.common.saved'), icon: 'success' });
        wx.navigateBack({ delta: 1 });
        return;
      }
      const problems =
        result.error.code === 'INVALID_INPUT' && result.error.details && 'problems' in result.error.details
          ? result.error.details.problems
          : [];
      const named = problems.map(fieldOf).filter((field) => field !== '');
      if (named.length > 0) {
        this.setData(
          Object.fromEntries(
            named.map((field) => [
              `errors.${field}`,
              this.data.text[field === 'name' ? 'needName' : 'needNameEn'],
            ]),
          ),
        );
      } else if (result.error.code === 'FORBIDDEN') this.showError('FORBIDDEN');
      else wx.showToast({ title: errorText(result.error.code), icon: 'none' });
    },
  },
});
