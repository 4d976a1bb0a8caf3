/** zh-CN texts of the menu (first screen), search and the cart popup; keys start with `menu.`. */
export const menuZh = {} as const;
