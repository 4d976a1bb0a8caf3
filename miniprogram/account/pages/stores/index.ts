import type { StoresInput } from '../../../../typings/contracts/browse';
import { texts } from '../../../i18n';
import { callCloud } from '../../../services/cloud';
import { session } from '../../../stores';
import { errorText } from '../../../utils/error-text';
import { locateCustomer } from './locate';
import { storeRow, type StoreRow } from './store-row';
import { accountTexts, at } from '../../i18n';

// The store picker: every store, nearest first when the customer allows location; a tap remembers it and opens the menu.
const MAIN_TEXT_KEYS = {
  loading: 'common.loading',
  retry: 'common.retry',
} as const;
const TEXT_KEYS = {
  empty: 'stores.empty',
  nearestFirst: 'stores.nearestFirst',
  noLocation: 'stores.noLocation',
  deliversHere: 'stores.deliversHere',
  current: 'stores.current',
  choose: 'stores.choose',
} as const;

Component({
  data: {
    loading: true,
    errorMessage: '',
    /** Whether the list is nearest first (a location was given). */
    located: false,
    stores: [] as StoreRow[],
    text: { ...texts(MAIN_TEXT_KEYS), ...accountTexts(TEXT_KEYS) },
  },
  methods: {
    onLoad() {
      wx.setNavigationBarTitle({ title: at('stores.title') });
      void this.load(); // the privacy guide may wait for the customer: the page draws its loading state meanwhile
    },
    onRetry() {
      return this.load();
    },
    async load() {
      this.setData({
        loading: true,
        errorMessage: '',
        text: { ...texts(MAIN_TEXT_KEYS), ...accountTexts(TEXT_KEYS) },
      });
      const location = await locateCustomer();
      const input: StoresInput = location ? { location } : {};
      const result = await callCloud('browse', 'stores', input);
      if (!result.ok) {
        this.setData({ loading: false, errorMessage: errorText(result.error.code) });
        return;
      }
      const stores = result.data.stores.map((store) => storeRow(store, session.storeId));
      this.setData({ loading: false, located: location !== null, stores });
    },
    onChoose(
      event: WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { id: string }>,
    ) {
      session.chooseStore(event.currentTarget.dataset.id);
      return wx.switchTab({ url: '/pages/menu/index' });
    },
  },
});
