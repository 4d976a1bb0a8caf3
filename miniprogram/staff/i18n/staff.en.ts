import type { TableOf } from '../../i18n';
import { staffCommonEn } from './sections/common.en';
import { staffFiguresEn } from './sections/figures.en';
import { staffInvoicesEn } from './sections/invoices.en';
import type { staffZh } from './staff.zh-cn';
import { staffTeamEn } from './sections/team.en';
import { staffBoardEn } from './sections/board.en';
import { staffMenuEn } from './sections/menu.en';
import { staffSettingsEn } from './sections/settings.en';
import { staffTablesEn } from './sections/tables.en';

/** Every English staff text: exactly the keys of the zh-CN table. */
export const staffEn: TableOf<typeof staffZh> = {
  ...staffCommonEn,
  ...staffTeamEn,
  ...staffBoardEn,
  ...staffMenuEn,
  ...staffSettingsEn,
  ...staffTablesEn,
  ...staffFiguresEn,
  ...staffInvoicesEn,
};
