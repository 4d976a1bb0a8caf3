import { staffCommonZh } from './sections/common.zh-cn';
import { staffFiguresZh } from './sections/figures.zh-cn';
import { staffInvoicesZh } from './sections/invoices.zh-cn';

/** Every zh-CN staff text: one section per page group, spread in (keys start with the section's name). */
export const staffZh = {
  ...staffCommonZh,
  ...staffFiguresZh,
  ...staffInvoicesZh,
};
