// Which store the menu pages work on: the page's `?storeId=` (the console passes the store it chose), else the
// store of the session, else the default store, so the pages also open on their own. Reading the session also
// restores the language chosen on the me page, for a staff page opened first.
import { appConfig } from '../../config';
import { session } from '../../stores/index';

/** The store id the menu pages edit. */
export function menuStoreId(query: Record<string, string | undefined>): string {
  return query.storeId || session.storeId || appConfig.defaultStoreId;
}

/** The query that carries the store to the next menu page. */
export function storeQuery(storeId: string): string {
  return `storeId=${encodeURIComponent(storeId)}`;
}
