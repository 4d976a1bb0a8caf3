// Which store a staff page works on: the page's `storeId` query (the console opens pages with it), else the store
// the mini program last chose (the session's), else none — the page then says how to get here.
import { session } from '../../stores';

/** The store id from the page query, or the session's chosen store, or '' when there is neither. */
export function pageStoreId(query: Record<string, string | undefined>): string {
  const fromQuery = decodeURIComponent(query.storeId ?? '');
  return fromQuery || session.storeId || '';
}
