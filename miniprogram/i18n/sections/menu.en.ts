import type { TableOf } from '../types';
import type { menuZh } from './menu.zh-cn';

/** English texts of the menu (first screen), search and the cart popup: exactly the keys of the zh-CN section. */
export const menuEn: TableOf<typeof menuZh> = {
  'menu.popularNow': 'Popular now',
  'menu.opensToday': 'Opens today at {time}',
  'menu.opensTomorrow': 'Opens tomorrow at {time}',
  'menu.opensInDays': 'Opens in {days} days at {time}',
  'menu.closedToday': 'Closed for today',
  'menu.pausedByStaff': 'The staff paused orders for now; please come back later',
  'menu.busyNote': 'Many orders right now: yours may take longer than usual',
  'menu.closedNoOrders': 'The store is closed; have a look at the menu',
  'menu.busyNoOrders': 'The store is busy and takes no new orders for now',
  'menu.table': 'Table {name}',
  'menu.tableUnknown': 'We could not find this table code. Please ask the staff, or order for pickup',
  'menu.searchPlaceholder': 'Search drinks and bakes',
  'menu.searchClear': 'Clear',
  'menu.searchEmpty': 'Nothing matches “{text}”',
  'menu.sectionLoading': 'Loading this section…',
  'menu.emptyMenu': 'Nothing on the menu yet',
  'menu.cartEmpty': 'Nothing chosen yet',
  'menu.belowMinimum': '{amount} more for delivery',
  'menu.decrease': 'Fewer',
  'menu.increase': 'More',
  'menu.togetherTitle': 'Often ordered together',
  'menu.clearConfirm': 'Empty the cart?',
  'menu.specsInCart': 'Several choices: change them in the cart',
} as const;
