/** zh-CN texts every staff page shares; keys start with `staff.common.`. */
export const staffCommonZh = {
  'staff.common.title': '店铺管理',
  'staff.common.forbidden': '你不是这家店的员工，或你的角色不能这样做',
  'staff.common.notStaff': '只有店铺员工能打开这里',
  'staff.common.role.owner': '店长',
  'staff.common.role.manager': '经理',
  'staff.common.role.clerk': '店员',
  'staff.common.role.kitchen': '后厨',
  'staff.common.save': '保存',
  'staff.common.saved': '已保存',
} as const;
