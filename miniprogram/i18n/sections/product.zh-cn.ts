/** zh-CN texts of the spec sheet and product detail; keys start with `product.`. */
export const productZh = {} as const;
