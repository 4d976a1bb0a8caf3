/** zh-CN texts of the tables page; keys start with `staff.tables.`. */
export const staffTablesZh = {
  'staff.tables.title': '桌台与桌码',
  'staff.tables.loading': '加载中…',
  'staff.tables.retry': '重试',
  'staff.tables.empty': '还没有桌台，先添加一张',
  'staff.tables.add': '添加桌台',
  'staff.tables.codePlaceholder': '桌号，如 A01',
  'staff.tables.codeRule': '一个大写字母加两位数字，如 A01',
  'staff.tables.seats': '{count} 座',
  'staff.tables.disabled': '已停用',
  'staff.tables.disable': '停用',
  'staff.tables.enable': '启用',
  'staff.tables.showCode': '桌码',
  'staff.tables.making': '生成中…',
  'staff.tables.codeHint': '点图片可放大，长按保存后打印',
  'staff.tables.added': '已添加',
  'staff.tables.readOnly': '店员可以查看和打印桌码；添加和停用请找店长或经理',
} as const;
