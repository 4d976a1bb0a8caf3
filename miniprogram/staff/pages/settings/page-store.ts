// Which store a staff page works on: the page query's `storeId`, else the one the staff console chose (remembered
// on the phone), else the demo store.
import { appConfig } from '../../../config';

/** Where the staff console remembers the chosen store. */
const CHOSEN_STORE_KEY = 'diandan.staff.store.v1';

/** The store id for a page opened with `query`. */
export function pageStoreId(query: Record<string, string | undefined>): string {
  if (query.storeId) return query.storeId;
  const remembered = wx.getStorageSync(CHOSEN_STORE_KEY) as unknown;
  return typeof remembered === 'string' && remembered ? remembered : appConfig.defaultStoreId;
}
