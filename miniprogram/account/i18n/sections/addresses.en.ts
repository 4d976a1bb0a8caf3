import type { TableOf } from '../../../i18n';
import type { addressesZh } from './addresses.zh-cn';

/** English texts of the address book: exactly the keys of the zh-CN section. */
export const addressesEn: TableOf<typeof addressesZh> = {
  'me.addresses.title': 'Addresses',
  'me.addresses.selectTitle': 'Choose an address',
  'me.addresses.empty': 'No saved addresses yet',
  'me.addresses.emptyHint': 'Save an address you use often and skip typing it at checkout',
  'me.addresses.add': 'Add an address',
  'me.addresses.default': 'Default',
  'me.addresses.setDefault': 'Make default',
  'me.addresses.edit': 'Edit',
  'me.addresses.remove': 'Delete',
  'me.addresses.removeTitle': 'Delete address',
  'me.addresses.removeConfirm': 'Delete this address?',
  'me.addresses.removed': 'Deleted',
  'me.addresses.defaultSet': 'Now the default',
  'me.addresses.full': 'At most {count} addresses',
  'me.addresses.masked': 'Names, phone numbers and street details are shown masked to protect you',
};
