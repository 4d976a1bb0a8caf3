import type { TableOf } from '../types';
import type { storesZh } from './stores.zh-cn';

/** English texts of the store picker: exactly the keys of the zh-CN section. */
export const storesEn: TableOf<typeof storesZh> = {};
