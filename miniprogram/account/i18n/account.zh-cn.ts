import { addressEditZh } from './sections/address-edit.zh-cn';
import { addressesZh } from './sections/addresses.zh-cn';
import { invoiceZh } from './sections/invoice.zh-cn';
import { privacyGuideZh } from './sections/privacy-guide.zh-cn';
import { privacyPageZh } from './sections/privacy.zh-cn';
import { storesZh } from './sections/stores.zh-cn';

/** Every zh-CN text of the account pages: one section per page, spread in (keys start with the section's name). */
export const accountZh = {
  ...storesZh,
  ...addressesZh,
  ...addressEditZh,
  ...privacyPageZh,
  ...privacyGuideZh,
  ...invoiceZh,
};
