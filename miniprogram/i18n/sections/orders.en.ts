import type { TableOf } from '../types';
import type { ordersZh } from './orders.zh-cn';

/** English texts of the orders list and order page: exactly the keys of the zh-CN section. */
export const ordersEn: TableOf<typeof ordersZh> = {};
