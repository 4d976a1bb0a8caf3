import type { TableOf } from '../../../i18n';
import type { storesZh } from './stores.zh-cn';

/** English texts of the store picker: exactly the keys of the zh-CN section. */
export const storesEn: TableOf<typeof storesZh> = {
  'stores.title': 'Choose a store',
  'stores.nearestFirst': 'Nearest first',
  'stores.noLocation': 'Without your location the stores are in their usual order',
  'stores.empty': 'No stores yet',
  'stores.metres': '{count} m',
  'stores.kilometres': '{km} km',
  'stores.paused': 'Paused',
  'stores.opensToday': 'Opens today {time}',
  'stores.opensTomorrow': 'Opens tomorrow {time}',
  'stores.opensLater': 'Opens in {days} days, {time}',
  'stores.deliversHere': 'Delivers to you',
  'stores.current': 'Current',
  'stores.choose': 'Order here',
} as const;
