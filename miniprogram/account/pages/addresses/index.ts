import type { AddressBook, AddressView } from '../../../../typings/contracts/account';
import { texts } from '../../../i18n';
import { callCloud } from '../../../services/cloud';
import { errorText } from '../../../utils/error-text';
import { accountTexts, at } from '../../i18n';

// The address book: masked addresses, the default first; edit, delete, make default, add. With `?select=1` a tap
// hands the address to the page that opened this one (checkout) and goes back.
const MAIN_TEXT_KEYS = {
  loading: 'common.loading',
  retry: 'common.retry',
} as const;
const TEXT_KEYS = {
  empty: 'me.addresses.empty',
  emptyHint: 'me.addresses.emptyHint',
  add: 'me.addresses.add',
  isDefault: 'me.addresses.default',
  setDefault: 'me.addresses.setDefault',
  edit: 'me.addresses.edit',
  remove: 'me.addresses.remove',
  masked: 'me.addresses.masked',
} as const;

type IdEvent = WechatMiniprogram.TouchEvent<Record<string, never>, Record<string, never>, { id: string }>;

Component({
  data: {
    loading: true,
    errorMessage: '',
    select: false,
    addresses: [] as AddressView[],
    isFull: false,
    fullText: '',
    text: { ...texts(MAIN_TEXT_KEYS), ...accountTexts(TEXT_KEYS) },
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const select = query.select === '1';
      this.setData({ select, text: { ...texts(MAIN_TEXT_KEYS), ...accountTexts(TEXT_KEYS) } });
      return this.load();
    },
    /** Back from the edit page: the book may have changed. */
    onShow() {
      wx.setNavigationBarTitle({
        title: at(this.data.select ? 'me.addresses.selectTitle' : 'me.addresses.title'),
      });
      const self = this as unknown as { shownBefore?: boolean };
      if (self.shownBefore) return this.load();
      self.shownBefore = true;
      return undefined;
    },
    onRetry() {
      return this.load();
    },
    async load() {
      if (this.data.addresses.length === 0) this.setData({ loading: true, errorMessage: '' });
      const result = await callCloud('account', 'listAddresses', {});
      if (!result.ok) return this.setData({ loading: false, errorMessage: errorText(result.error.code) });
      return this.showBook(result.data);
    },
    showBook(book: AddressBook) {
      this.setData({
        loading: false,
        errorMessage: '',
        addresses: book.addresses,
        isFull: book.addresses.length >= book.maxAddresses,
        fullText: at('me.addresses.full', { count: book.maxAddresses }),
      });
    },
    onTapAddress(event: IdEvent) {
      const addressId = event.currentTarget.dataset.id;
      if (!this.data.select) return this.openEditor(addressId);
      const opener = this.getOpenerEventChannel ? this.getOpenerEventChannel() : undefined;
      opener?.emit?.('selected', { addressId });
      return wx.navigateBack({ delta: 1 });
    },
    onEdit(event: IdEvent) {
      return this.openEditor(event.currentTarget.dataset.id);
    },
    onAdd() {
      if (this.data.isFull) return wx.showToast({ title: this.data.fullText, icon: 'none' });
      return this.openEditor('');
    },
    openEditor(id: string) {
      return wx.navigateTo({
        url: id ? `/account/pages/address-edit/index?id=${id}` : '/account/pages/address-edit/index',
      });
    },
    async onSetDefault(event: IdEvent) {
      const id = event.currentTarget.dataset.id;
      const result = await callCloud('account', 'setDefaultAddress', { id });
      if (!result.ok) return wx.showToast({ title: errorText(result.error.code), icon: 'none' });
      // Only the two default marks change on screen; the order is the server's on the next visit.
      const paths: Record<string, boolean> = {};
      this.data.addresses.forEach((address, index) => {
        if (address.isDefault !== (address.id === id))
          paths[`addresses[${index}].isDefault`] = address.id === id;
      });
      this.setData(paths);
      return wx.showToast({ title: at('me.addresses.defaultSet'), icon: 'success' });
    },
    async onRemove(event: IdEvent) {
      const id = event.currentTarget.dataset.id;
      const { confirm } = await wx.showModal({
        title: at('me.addresses.removeTitle'),
        content: at('me.addresses.removeConfirm'),
        confirmColor: '#e64340', // the platform's own button words (ours could pass its 4-character limit)
      });
      if (!confirm) return undefined;
      const result = await callCloud('account', 'removeAddress', { id });
      if (!result.ok) return wx.showToast({ title: errorText(result.error.code), icon: 'none' });
      this.showBook(result.data); // a removal shifts the rows after it (and may move the default mark)
      return wx.showToast({ title: at('me.addresses.removed'), icon: 'success' });
    },
  },
});
