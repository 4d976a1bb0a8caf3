/** zh-CN texts of the store picker; keys start with `stores.`. */
export const storesZh = {
  'stores.title': '选择门店',
  'stores.nearestFirst': '按距离由近到远',
  'stores.noLocation': '没有获得你的位置，门店按默认顺序排列',
  'stores.empty': '暂时没有门店',
  'stores.metres': '{count} 米',
  'stores.kilometres': '{km} 公里',
  'stores.paused': '暂停营业',
  'stores.opensToday': '今天 {time} 营业',
  'stores.opensTomorrow': '明天 {time} 营业',
  'stores.opensLater': '{days} 天后 {time} 营业',
  'stores.deliversHere': '可外送到你这里',
  'stores.current': '当前',
  'stores.choose': '去点单',
} as const;
