import { texts } from '../../../i18n';
import { callCloud } from '../../../services/cloud';
import { errorText } from '../../../utils/error-text';
import { ensurePrivacy } from '../../utils/privacy-gate';
import { accountTexts, at } from '../../i18n';
import {
  checkAddressForm,
  EMPTY_FORM,
  fromChosenAddress,
  fromSavedAddress,
  saveInput,
  serverErrors,
  type AddressForm,
  type FormErrors,
} from './address-form';

// Add or edit one address: typed in, filled from WeChat's address book, located on the map; saved by `account.saveAddress`.
const MAIN_TEXT_KEYS = {
  loading: 'common.loading',
  retry: 'common.retry',
} as const;
const TEXT_KEYS = {
  userName: 'me.address.userName',
  telNumber: 'me.address.telNumber',
  province: 'me.address.province',
  city: 'me.address.city',
  county: 'me.address.county',
  detail: 'me.address.detail',
  location: 'me.address.location',
  userNamePlaceholder: 'me.address.userNamePlaceholder',
  telPlaceholder: 'me.address.telPlaceholder',
  detailPlaceholder: 'me.address.detailPlaceholder',
  useWechat: 'me.address.useWechat',
  pickOnMap: 'me.address.pickOnMap',
  noLocation: 'me.address.noLocation',
  makeDefault: 'me.address.makeDefault',
  save: 'me.address.save',
  editNote: 'me.address.editNote',
} as const;

type FieldName = Exclude<keyof AddressForm, 'latitude' | 'longitude' | 'placeName'>;
type InputEvent = WechatMiniprogram.Input & { currentTarget: { dataset: { field: FieldName } } };

Component({
  data: {
    id: '',
    loading: false,
    errorMessage: '',
    saving: false,
    form: { ...EMPTY_FORM },
    errors: {} as FormErrors,
    /** The saved address's masked parts, shown beside the fields to re-enter. */
    was: { userName: '', telNumber: '', detail: '' },
    locationText: '',
    isDefault: false,
    text: { ...texts(MAIN_TEXT_KEYS), ...accountTexts(TEXT_KEYS) },
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const id = query.id ?? '';
      this.setData({ id, text: { ...texts(MAIN_TEXT_KEYS), ...accountTexts(TEXT_KEYS) } });
      wx.setNavigationBarTitle({ title: at(id ? 'me.address.editTitle' : 'me.address.addTitle') });
      return id ? this.loadSaved() : undefined;
    },
    onRetry() {
      return this.loadSaved();
    },
    /** An edit: the region in clear and the masked parts as hints (the server never answers them in full). */
    async loadSaved() {
      this.setData({ loading: true, errorMessage: '' });
      const result = await callCloud('account', 'listAddresses', {});
      if (!result.ok) return this.setData({ loading: false, errorMessage: errorText(result.error.code) });
      const view = result.data.addresses.find((address) => address.id === this.data.id);
      if (!view) return this.setData({ loading: false, errorMessage: errorText('NOT_FOUND') });
      const was = (value: string) => at('me.address.was', { value });
      return this.setData({
        loading: false,
        form: fromSavedAddress(view),
        isDefault: view.isDefault,
        was: {
          userName: was(view.contactNameMasked),
          telNumber: was(view.phoneMasked),
          detail: was(view.detailMasked),
        },
      });
    },
    onInput(event: InputEvent) {
      const field = event.currentTarget.dataset.field;
      this.setData({ [`form.${field}`]: event.detail.value });
    },
    onDefaultChange(event: WechatMiniprogram.SwitchChange) {
      this.setData({ isDefault: event.detail.value });
    },
    async onUseWechat() {
      if (!(await this.privacyAgreed())) return;
      const answer = await wx.chooseAddress({}).catch(() => null); // cancelled: the form stays as it is
      if (!answer) return;
      const filled = fromChosenAddress(answer as unknown as Record<string, unknown>);
      const paths = Object.fromEntries(
        Object.entries(filled).map(([name, value]) => [`form.${name}`, value]),
      );
      this.setData({ ...paths, errors: {} });
    },
    async onPickOnMap() {
      if (!(await this.privacyAgreed())) return;
      const place = await wx.chooseLocation({}).catch(() => null);
      if (!place) return;
      const name = place.name || place.address;
      this.setData({
        'form.latitude': place.latitude,
        'form.longitude': place.longitude,
        'form.placeName': name,
        locationText: at('me.address.locationSet', { place: name }),
        'errors.location': '',
        // The picked place fills the street only when the customer has not typed one.
        ...(this.data.form.detailInfo.trim() === '' && name ? { 'form.detailInfo': name } : {}),
      });
    },
    async privacyAgreed(): Promise<boolean> {
      const agreed = await ensurePrivacy();
      if (!agreed) wx.showToast({ title: at('me.privacyGuide.declined'), icon: 'none' });
      return agreed;
    },
    async onSave() {
      if (this.data.saving) return;
      const errors = checkAddressForm(this.data.form);
      this.setData({ errors });
      if (Object.keys(errors).length > 0) return;
      this.setData({ saving: true });
      const input = saveInput(this.data.form, this.data.id || null, this.data.isDefault);
      const result = await callCloud('account', 'saveAddress', input);
      this.setData({ saving: false });
      if (!result.ok) {
        const fieldErrors = serverErrors(result.error);
        if (Object.keys(fieldErrors).length > 0) this.setData({ errors: fieldErrors });
        wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        return;
      }
      wx.showToast({ title: at('me.address.saved'), icon: 'success' });
      wx.navigateBack({ delta: 1 });
    },
  },
});
