import type { TableOf } from '../../../i18n';
import type { staffTablesZh } from './tables.zh-cn';

/** English texts of the tables page: exactly the keys of the zh-CN section. */
export const staffTablesEn: TableOf<typeof staffTablesZh> = {
  'staff.tables.title': 'Tables and codes',
  'staff.tables.loading': 'Loading…',
  'staff.tables.retry': 'Retry',
  'staff.tables.empty': 'No tables yet; add the first one',
  'staff.tables.add': 'Add table',
  'staff.tables.codePlaceholder': 'Table code, e.g. A01',
  'staff.tables.codeRule': 'One capital letter and two digits, e.g. A01',
  'staff.tables.seats': '{count} seats',
  'staff.tables.disabled': 'Disabled',
  'staff.tables.disable': 'Disable',
  'staff.tables.enable': 'Enable',
  'staff.tables.showCode': 'Code',
  'staff.tables.making': 'Making…',
  'staff.tables.codeHint': 'Tap the image to enlarge it, long-press to save it for printing',
  'staff.tables.added': 'Added',
  'staff.tables.codeTaken': 'This store already has table {code}; choose another code',
  'staff.tables.readOnly':
    'Clerks view and print the codes; ask the owner or a manager to add or disable tables',
};
