/** zh-CN texts of the cart page and checkout; keys start with `checkout.`. */
export const checkoutZh = {} as const;
