/** zh-CN texts of the orders list and order page; keys start with `orders.`. */
export const ordersZh = {} as const;
