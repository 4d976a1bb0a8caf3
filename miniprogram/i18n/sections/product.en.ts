import type { TableOf } from '../types';
import type { productZh } from './product.zh-cn';

/** English texts of the spec sheet and product detail: exactly the keys of the zh-CN section. */
export const productEn: TableOf<typeof productZh> = {};
