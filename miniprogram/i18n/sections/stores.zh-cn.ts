/** zh-CN texts of the store picker; keys start with `stores.`. */
export const storesZh = {} as const;
