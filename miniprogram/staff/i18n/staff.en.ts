import type { TableOf } from '../../i18n';
import { staffCommonEn } from './sections/common.en';
import type { staffZh } from './staff.zh-cn';
import { staffSettingsEn } from './sections/settings.en';
import { staffTablesEn } from './sections/tables.en';

/** Every English staff text: exactly the keys of the zh-CN table. */
export const staffEn: TableOf<typeof staffZh> = {
  ...staffCommonEn,
  ...staffSettingsEn,
  ...staffTablesEn,
};
