import type { TableOf } from '../../../i18n';
import type { staffCommonZh } from './common.zh-cn';

/** English texts every staff page shares: exactly the keys of the zh-CN section. */
export const staffCommonEn: TableOf<typeof staffCommonZh> = {
  'staff.common.title': 'Shop console',
  'staff.common.forbidden': 'You are not staff of this shop, or your role cannot do this',
  'staff.common.notStaff': 'Only the shop’s staff can open this',
  'staff.common.role.owner': 'Owner',
  'staff.common.role.manager': 'Manager',
  'staff.common.role.clerk': 'Clerk',
  'staff.common.role.kitchen': 'Kitchen',
  'staff.common.save': 'Save',
  'staff.common.saved': 'Saved',
};
