import type { StaffCategoryView, StaffProductView } from '../../../../typings/contracts/staff-menu';
import type { ErrorCode } from '../../../../typings/result';
import { getLocale, texts } from '../../../i18n';
import { callCloud } from '../../../services/cloud';
import { errorText } from '../../../utils/error-text';
import { st, staffTexts } from '../../i18n';
import { menuStoreId } from '../../services/menu-store';
import * as edits from './draft-edits';
import { fieldsOf, withFieldErrors } from './field-errors';
import { chooseAndUploadPicture } from './picture-upload';
import { categoryNames, draftOf, inputOf } from './product-draft';
import { FIELD_WORDS, PROBLEM_WORDS, TEXT_KEYS } from './product-edit-texts';

type PageState = 'loading' | 'error' | 'forbidden' | 'notFound' | 'ready';
type Tap<D extends WechatMiniprogram.IAnyObject> = WechatMiniprogram.TouchEvent<
  Record<string, never>,
  Record<string, never>,
  D
>;
type Indexes = { group?: number; choice?: number; addon?: number };

/** The categories of the store, off `data` (the picker draws their names). */
const categoryLists = new WeakMap<object, StaffCategoryView[]>();

// The product editor (`?storeId=&productId=` to edit, `&categoryId=` to add): names in both languages,
// category, picture (chosen and uploaded), spec groups and choices (priced ones get a price row each, every
// choice a one-tap sold-out switch), add-ons, prices per SKU and stock. The server checks the save; what it
// refuses is shown beside the field it names.
Component({
  data: {
    storeId: '',
    state: 'loading' as PageState,
    errorMessage: '',
    draft: draftOf(undefined, ''),
    categoryNames: [] as string[],
    categoryIndex: 0,
    saving: false,
    uploading: false,
    text: staffTexts(TEXT_KEYS),
    common: texts({ loading: 'common.loading', retry: 'common.retry' }),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ storeId: menuStoreId(query) });
      wx.setNavigationBarTitle({
        title: st(query.productId ? 'staff.menu.editProduct' : 'staff.menu.newProduct'),
      });
      return this.read(query.productId ?? '', query.categoryId ?? '');
    },
    onRetry() {
      this.setData({ state: 'loading' });
      return this.read(this.data.draft.productId, this.data.draft.categoryId);
    },
    async read(productId: string, categoryId: string) {
      const result = await callCloud('staff', 'menu', { storeId: this.data.storeId });
      if (!result.ok) return this.showError(result.error.code);
      if (!result.data.canEdit) return this.showError('FORBIDDEN');
      const product = result.data.products.find((candidate) => candidate.id === productId);
      if (productId && !product) return this.setData({ state: 'notFound' });
      const categories = result.data.categories;
      categoryLists.set(this, categories);
      const draft = draftOf(product, categoryId || (categories[0]?.id ?? ''));
      this.setData({
        state: 'ready',
        draft,
        categoryNames: categoryNames(categories, getLocale() === 'en'),
        categoryIndex: Math.max(
          0,
          categories.findIndex((category) => category.id === draft.categoryId),
        ),
      });
    },
    showError(code: ErrorCode) {
      if (code === 'FORBIDDEN') this.setData({ state: 'forbidden' });
      else this.setData({ state: 'error', errorMessage: errorText(code) });
    },
    /** Text typed into a field: `data-path` names it inside the draft (`name`, `skus[0].priceText`…). */
    onInput(event: WechatMiniprogram.Input & { currentTarget: { dataset: { path: string } } }) {
      this.setData({ [`draft.${event.currentTarget.dataset.path}`]: event.detail.value });
    },
    onChoiceName(event: WechatMiniprogram.Input & { currentTarget: { dataset: Indexes } }) {
      const { group = 0, choice = 0 } = event.currentTarget.dataset;
      this.patch(edits.renameChoice(this.data.draft, Number(group), Number(choice), event.detail.value));
    },
    onCategory(event: WechatMiniprogram.PickerChange) {
      const index = Number(event.detail.value);
      const category = categoryLists.get(this)?.[index];
      if (category)
        this.setData({ categoryIndex: index, 'draft.categoryId': category.id, 'draft.errors.category': '' });
    },
    onListed() {
      this.setData({ 'draft.isListed': !this.data.draft.isListed });
    },
    patch(patch: edits.DraftPatch) {
      const paths = Object.fromEntries(Object.entries(patch).map(([key, value]) => [`draft.${key}`, value]));
      this.setData(paths);
    },
    onAddGroup() {
      this.patch(edits.addGroup(this.data.draft));
    },
    onRemoveGroup(event: Tap<Indexes>) {
      this.patch(edits.removeGroup(this.data.draft, Number(event.currentTarget.dataset.group)));
    },
    onGroupKind(event: Tap<Indexes & { kind: 'sku' | 'choice' }>) {
      const { group, kind } = event.currentTarget.dataset;
      this.patch(edits.setGroupKind(this.data.draft, Number(group), kind));
    },
    onAddChoice(event: Tap<Indexes>) {
      this.patch(edits.addChoice(this.data.draft, Number(event.currentTarget.dataset.group)));
    },
    onRemoveChoice(event: Tap<Indexes>) {
      const { group, choice } = event.currentTarget.dataset;
      this.patch(edits.removeChoice(this.data.draft, Number(group), Number(choice)));
    },
    onDefault(event: Tap<Indexes>) {
      const { group, choice } = event.currentTarget.dataset;
      this.patch(edits.setDefault(this.data.draft, Number(group), Number(choice)));
    },
    onAddAddon() {
      this.patch(edits.addAddon(this.data.draft));
    },
    onRemoveAddon(event: Tap<Indexes>) {
      this.patch(edits.removeAddon(this.data.draft, Number(event.currentTarget.dataset.addon)));
    },
    onAddonMax(event: Tap<Indexes & { step: number }>) {
      const { addon = 0, step } = event.currentTarget.dataset;
      const current = this.data.draft.addons[Number(addon)]?.maxQuantity ?? 1;
      this.setData({
        [`draft.addons[${addon}].maxQuantity`]: Math.min(5, Math.max(1, current + Number(step))),
      });
    },
    /** One tap on a stored choice: sold out or back at once (the server switches its SKUs or the choice). */
    async onChoiceSoldOut(event: Tap<Indexes>) {
      const group = Number(event.currentTarget.dataset.group);
      const choiceIndex = Number(event.currentTarget.dataset.choice);
      const spec = this.data.draft.groups[group];
      const option = spec?.options[choiceIndex];
      if (!spec || !option) return;
      if (!option.isStored || !this.data.draft.productId) {
        wx.showToast({ title: st('staff.menu.soldOutChoiceSaved'), icon: 'none' });
        return;
      }
      const soldOut = !option.isSoldOut;
      const result = await callCloud('staff', 'setSoldOut', {
        storeId: this.data.storeId,
        productId: this.data.draft.productId,
        soldOut,
        specGroupId: spec.key,
        choiceId: option.value,
      });
      if (!result.ok) {
        wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        return;
      }
      this.setData({ ...this.switchPaths(result.data.product) });
      wx.showToast({
        title: st(soldOut ? 'staff.menu.switchedOut' : 'staff.menu.switchedBack'),
        icon: 'none',
      });
    },
    /** The sold-out switches of the choices and price rows as the server now has them (only those paths). */
    switchPaths(product: StaffProductView): Record<string, boolean> {
      const paths: Record<string, boolean> = {};
      this.data.draft.groups.forEach((group, groupIndex) => {
        const stored = product.specGroups.find((candidate) => candidate.key === group.key);
        group.options.forEach((option, index) => {
          const now = stored?.options.find((candidate) => candidate.value === option.value)?.isSoldOut;
          if (now !== undefined && now !== option.isSoldOut)
            paths[`draft.groups[${groupIndex}].options[${index}].isSoldOut`] = now;
        });
      });
      this.data.draft.skus.forEach((sku, index) => {
        const stored = product.skus.find((candidate) =>
          Object.entries(sku.specs).every(([key, value]) => candidate.specs[key] === value),
        );
        if (stored && stored.isSoldOut !== sku.isSoldOut)
          paths[`draft.skus[${index}].isSoldOut`] = stored.isSoldOut;
      });
      return paths;
    },
    async onPicture() {
      if (this.data.uploading) return;
      this.setData({ uploading: true, 'draft.errors.picture': '' });
      try {
        const picture = await chooseAndUploadPicture(this.data.storeId, this.data.draft.productId);
        if (picture)
          this.setData({ 'draft.imageFileId': picture.fileID, 'draft.imageUrl': picture.previewPath });
      } catch {
        this.setData({ 'draft.errors.picture': st('staff.menu.uploadFailed') });
      }
      this.setData({ uploading: false });
    },
    async onSave() {
      if (this.data.saving) return;
      const checked = inputOf(this.data.draft, this.data.storeId, FIELD_WORDS());
      this.setData({ draft: checked.draft });
      if (checked.hasProblems) {
        wx.showToast({ title: st('staff.menu.fixFields'), icon: 'none' });
        return;
      }
      this.setData({ saving: true });
      const result = await callCloud('staff', 'saveProduct', checked.input);
      this.setData({ saving: false });
      if (result.ok) {
        wx.showToast({ title: st('staff.common.saved'), icon: 'success' });
        wx.navigateBack({ delta: 1 });
        return;
      }
      const fields = fieldsOf(result.error, PROBLEM_WORDS());
      if (fields.length > 0) {
        this.setData({ draft: withFieldErrors(this.data.draft, fields) });
        wx.showToast({ title: st('staff.menu.fixFields'), icon: 'none' });
      } else if (result.error.code === 'FORBIDDEN') this.showError('FORBIDDEN');
      else wx.showToast({ title: errorText(result.error.code), icon: 'none' });
    },
  },
});
