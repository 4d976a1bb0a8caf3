/** zh-CN texts of the figures page; keys start with `staff.figures.`. */
export const staffFiguresZh = {
  'staff.figures.title': '营业数据',
  'staff.figures.today': '今天',
  'staff.figures.week': '近 7 天',
  'staff.figures.sales': '销售额',
  'staff.figures.orders': '订单数',
  'staff.figures.average': '客单价',
  'staff.figures.refunds': '退款',
  'staff.figures.byHour': '各时段订单',
  'staff.figures.byDay': '每日销售额',
  'staff.figures.topItems': '热销商品',
  'staff.figures.units': '{count} 份',
  'staff.figures.empty': '这段时间还没有支付的订单',
  'staff.figures.hour': '{hour} 时',
  'staff.figures.loading': '正在统计…',
  'staff.figures.retry': '重试',
  'staff.figures.noStore': '请从店铺管理进入，并选择一家店',
} as const;
