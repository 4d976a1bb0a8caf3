import type { TableOf } from '../../../i18n';
import type { staffFiguresZh } from './figures.zh-cn';

/** English texts of the figures page: exactly the keys of the zh-CN section. */
export const staffFiguresEn: TableOf<typeof staffFiguresZh> = {
  'staff.figures.title': 'Figures',
  'staff.figures.today': 'Today',
  'staff.figures.week': 'Last 7 days',
  'staff.figures.sales': 'Sales',
  'staff.figures.orders': 'Orders',
  'staff.figures.average': 'Average',
  'staff.figures.refunds': 'Refunds',
  'staff.figures.byHour': 'Orders by hour',
  'staff.figures.byDay': 'Sales by day',
  'staff.figures.topItems': 'Top items',
  'staff.figures.units': '{count} sold',
  'staff.figures.empty': 'No paid orders in this period yet',
  'staff.figures.hour': '{hour}:00',
  'staff.figures.loading': 'Counting…',
  'staff.figures.retry': 'Retry',
  'staff.figures.noStore': 'Open this from the shop console and choose a shop',
};
