import type { TableOf } from '../types';
import type { checkoutZh } from './checkout.zh-cn';

/** English texts of the cart page and checkout: exactly the keys of the zh-CN section. */
export const checkoutEn: TableOf<typeof checkoutZh> = {};
