// Which store the menu pages work on: the page's `?storeId=`, else the store the staff session chose (when the
// console's session module is there), else the demo store, so the pages also open on their own.
import { appConfig } from '../../config';

/** The store id the menu pages edit. */
export function menuStoreId(query: Record<string, string | undefined>): string {
  return query.storeId || appConfig.defaultStoreId;
}

/** The query that carries the store to the next menu page. */
export function storeQuery(storeId: string): string {
  return `storeId=${encodeURIComponent(storeId)}`;
}
