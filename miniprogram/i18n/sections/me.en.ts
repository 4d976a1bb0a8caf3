import type { TableOf } from '../types';
import type { meZh } from './me.zh-cn';

/** English texts of the me page, its language switch and the privacy guide: exactly the keys of the zh-CN section. */
export const meEn: TableOf<typeof meZh> = {
  'me.title': 'Me',
  'me.orders': 'My orders',
  'me.addresses': 'Addresses',
  'me.stores': 'Choose a store',
  'me.language': 'Language',
  'me.privacy': 'Privacy and data',
  'me.language.zh': '简体中文',
  'me.language.en': 'English',
  'me.currentStore': 'Current store',
  'me.noStore': 'No store chosen yet',
  'me.languageChanged': 'Switched to English',
  'me.privacyGuide.title': 'Privacy notice',
  'me.privacyGuide.intro':
    'To list stores by distance and fill in delivery addresses we need your location and address. Before that, please read',
  'me.privacyGuide.view': 'View the privacy guide',
  'me.privacyGuide.agree': 'Agree',
  'me.privacyGuide.decline': 'Decline',
  'me.privacyGuide.declined': 'Without agreeing to the privacy guide this is not available',
};
