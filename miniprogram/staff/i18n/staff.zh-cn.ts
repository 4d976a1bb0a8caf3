import { staffCommonZh } from './sections/common.zh-cn';
import { staffTeamZh } from './sections/team.zh-cn';
import { staffBoardZh } from './sections/board.zh-cn';
import { staffMenuZh } from './sections/menu.zh-cn';
import { staffSettingsZh } from './sections/settings.zh-cn';
import { staffTablesZh } from './sections/tables.zh-cn';
import { staffFiguresZh } from './sections/figures.zh-cn';
import { staffInvoicesZh } from './sections/invoices.zh-cn';

/** Every zh-CN staff text: one section per page group, spread in (keys start with the section's name). */
export const staffZh = {
  ...staffCommonZh,
  ...staffTeamZh,
  ...staffBoardZh,
  ...staffMenuZh,
  ...staffSettingsZh,
  ...staffTablesZh,
  ...staffFiguresZh,
  ...staffInvoicesZh,
};
