import { appConfig } from '../../config';
import { labelPair, texts } from '../../i18n';
import { session } from '../../stores';
import { errorText } from '../../utils/error-text';
import { choiceControllerOf, choiceTaps, forgetChoiceController } from '../../utils/spec-choice-taps';
import { choiceTexts, type ChoiceView, type ProductHeadView } from '../../utils/spec-choice-view';

/** The menu tab, where "back" goes when this page was opened first (from a shared link). */
const MENU_PAGE = '/pages/menu/index';

function pageTexts() {
  return {
    ...choiceTexts(),
    ...texts({ details: 'product.details' }),
    back: labelPair('product.backToMenu'),
    notFound: labelPair('product.notFound'),
    soldOutToday: labelPair('product.soldOutToday'),
  };
}

// The product detail page (`?storeId=&productId=`): a large photo, the description, and the spec sheet's
// selection model and add button on a full page; loading, error, not found and sold-out states.
Component({
  behaviors: [choiceTaps],
  data: {
    storeId: '',
    productId: '',
    /** `loading` · `error` · `notFound` · `ready`. */
    state: 'loading',
    errorText: '',
    adding: false,
    head: null as ProductHeadView | null,
    view: null as ChoiceView | null,
    text: pageTexts(),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const storeId = query.storeId || session.storeId || appConfig.defaultStoreId;
      this.setData({ storeId, productId: query.productId ?? '' });
      return this.load();
    },
    onUnload() {
      forgetChoiceController(this);
    },
    async load() {
      this.setData({ state: 'loading', errorText: '', text: pageTexts() });
      const loaded = await choiceControllerOf(this).load(this.data.storeId, this.data.productId);
      if (!loaded) return;
      if (loaded.ok) this.setData({ state: 'ready', head: loaded.head, view: loaded.view });
      else if (loaded.code === 'NOT_FOUND' || loaded.code === 'INVALID_INPUT')
        this.setData({ state: 'notFound' });
      else this.setData({ state: 'error', errorText: errorText(loaded.code) });
    },
    onRetry() {
      return this.load();
    },
    async onAdd() {
      this.setData({ adding: true });
      const added = await choiceControllerOf(this).add(this.data.storeId);
      this.setData({ adding: false, ...added?.patch });
    },
    /** Back to the menu: the page below when there is one, else the menu tab. */
    onBack() {
      if (getCurrentPages().length > 1) wx.navigateBack({ delta: 1 });
      else wx.switchTab({ url: MENU_PAGE });
    },
  },
});
