import type { TableOf } from '../types';
import type { meZh } from './me.zh-cn';

/** English texts of the me page and its language switch: exactly the keys of the zh-CN section. */
export const meEn: TableOf<typeof meZh> = {
  'me.title': 'Me',
  'me.orders': 'My orders',
  'me.addresses': 'Addresses',
  'me.stores': 'Choose a store',
  'me.language': 'Language',
  'me.privacy': 'Privacy and data',
  'me.language.zh': '简体中文',
  'me.language.en': 'English',
  'me.languageChanged': 'Switched to English',
  'me.staffConsole': 'Shop console',
};
