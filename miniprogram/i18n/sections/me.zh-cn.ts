/** zh-CN texts of the me page, address book, language and privacy; keys start with `me.`. */
export const meZh = {} as const;
