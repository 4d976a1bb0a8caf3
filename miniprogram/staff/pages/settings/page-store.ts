// Which store a staff page works on, and in which language: the page query's `storeId`, else the one the staff
// console chose (remembered on the phone), else the demo store; the language the me page chose (the session's).
import { appConfig } from '../../../config';
import { setLocale } from '../../../i18n';
import { session } from '../../../stores';

/** Where the staff console remembers the chosen store. */
const CHOSEN_STORE_KEY = 'diandan.staff.store.v1';

/** The store id for a page opened with `query`. */
export function pageStoreId(query: Record<string, string | undefined>): string {
  if (query.storeId) return query.storeId;
  const remembered = wx.getStorageSync(CHOSEN_STORE_KEY) as unknown;
  return typeof remembered === 'string' && remembered ? remembered : appConfig.defaultStoreId;
}

/** Speaks the language remembered with the session, for a staff page opened directly (not from the me page). */
export function speakSessionLocale(): void {
  setLocale(session.locale);
}
