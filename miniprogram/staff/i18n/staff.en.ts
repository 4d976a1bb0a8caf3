import type { TableOf } from '../../i18n';
import { staffCommonEn } from './sections/common.en';
import { staffFiguresEn } from './sections/figures.en';
import { staffInvoicesEn } from './sections/invoices.en';
import type { staffZh } from './staff.zh-cn';

/** Every English staff text: exactly the keys of the zh-CN table. */
export const staffEn: TableOf<typeof staffZh> = {
  ...staffCommonEn,
  ...staffFiguresEn,
  ...staffInvoicesEn,
};
