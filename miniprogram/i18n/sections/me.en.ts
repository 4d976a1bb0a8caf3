import type { TableOf } from '../types';
import type { meZh } from './me.zh-cn';

/** English texts of the me page, address book, language and privacy: exactly the keys of the zh-CN section. */
export const meEn: TableOf<typeof meZh> = {};
