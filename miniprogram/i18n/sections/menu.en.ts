import type { TableOf } from '../types';
import type { menuZh } from './menu.zh-cn';

/** English texts of the menu (first screen), search and the cart popup: exactly the keys of the zh-CN section. */
export const menuEn: TableOf<typeof menuZh> = {};
