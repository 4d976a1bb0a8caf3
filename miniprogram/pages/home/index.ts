import type { HomeOutput } from '../../../typings/contracts/browse';
import { appConfig } from '../../config';
import { labelPair } from '../../i18n';
import { callCloud } from '../../services/cloud';
import { errorText } from '../../utils/error-text';

// Shop home: the store's name and state and its menu categories, from one call to `browse`.
Component({
  data: {
    storeId: appConfig.defaultStoreId,
    loading: true,
    errorMessage: '',
    storeName: '',
    isOpen: false,
    categories: [] as HomeOutput['categories'],
    text: {
      loading: labelPair('common.loading'),
      retry: labelPair('common.retry'),
      open: labelPair('store.open'),
      closed: labelPair('store.closed'),
    },
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      if (query.storeId) this.setData({ storeId: query.storeId });
      return this.load();
    },
    onRetry() {
      return this.load();
    },
    async load() {
      this.setData({ loading: true, errorMessage: '' });
      const result = await callCloud('browse', 'home', { storeId: this.data.storeId });
      if (!result.ok) {
        this.setData({ loading: false, errorMessage: errorText(result.error.code) });
        return;
      }
      const { store, categories } = result.data;
      this.setData({ loading: false, storeName: store.name, isOpen: store.isOpen, categories });
    },
  },
});
