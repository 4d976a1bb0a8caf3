import type { TableOf } from '../../i18n';
import type { accountZh } from './account.zh-cn';
import { addressEditEn } from './sections/address-edit.en';
import { addressesEn } from './sections/addresses.en';
import { invoiceEn } from './sections/invoice.en';
import { privacyGuideEn } from './sections/privacy-guide.en';
import { privacyPageEn } from './sections/privacy.en';
import { storesEn } from './sections/stores.en';

/** Every English text of the account pages: exactly the keys of the zh-CN table. */
export const accountEn: TableOf<typeof accountZh> = {
  ...storesEn,
  ...addressesEn,
  ...addressEditEn,
  ...privacyPageEn,
  ...privacyGuideEn,
  ...invoiceEn,
};
