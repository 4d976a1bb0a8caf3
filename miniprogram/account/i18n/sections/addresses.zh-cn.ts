/** zh-CN texts of the address book; keys start with `me.addresses.`. */
export const addressesZh = {
  'me.addresses.title': '收货地址',
  'me.addresses.selectTitle': '选择收货地址',
  'me.addresses.empty': '还没有保存的地址',
  'me.addresses.emptyHint': '添加一个常用地址，外卖下单时无需重复填写',
  'me.addresses.add': '新增地址',
  'me.addresses.default': '默认',
  'me.addresses.setDefault': '设为默认',
  'me.addresses.edit': '编辑',
  'me.addresses.remove': '删除',
  'me.addresses.removeTitle': '删除地址',
  'me.addresses.removeConfirm': '确定删除这个地址吗？',
  'me.addresses.removed': '已删除',
  'me.addresses.defaultSet': '已设为默认',
  'me.addresses.full': '最多保存 {count} 个地址',
  'me.addresses.masked': '为保护你的信息，姓名、电话和详细地址遮挡显示',
} as const;
