/** zh-CN texts of the me page and its language switch; keys start with `me.`. */
export const meZh = {
  'me.title': '我的',
  'me.orders': '我的订单',
  'me.addresses': '收货地址',
  'me.stores': '选择门店',
  'me.language': '语言',
  'me.privacy': '隐私与数据',
  'me.language.zh': '简体中文',
  'me.language.en': 'English',
  'me.languageChanged': '已切换为中文',
  'me.staffConsole': '店铺管理',
} as const;
