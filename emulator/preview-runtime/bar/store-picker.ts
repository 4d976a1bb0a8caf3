// The bar's store picker: the stores of the local cloud; choosing one reloads the page with `?storeId=`.
import type { PreviewStore } from '../../src/preview/preview-bar-route';
import { PREVIEW_STORES_PATH } from '../../src/preview/preview-bar-route';
import { barGroup, barSelect, fetchJson, hasFields, reloadWith } from './bar-parts';

/** The address parameter the store is chosen by (the pages read it from their onLoad query). */
export const STORE_PARAMETER = 'storeId';

function readStores(answer: unknown): PreviewStore[] {
  if (!Array.isArray(answer)) throw new Error(`${PREVIEW_STORES_PATH} answered no list`);
  return answer.map((store: unknown) => {
    if (!hasFields(store, { id: 'string', name: 'string' }))
      throw new Error(`${PREVIEW_STORES_PATH}: not a store`);
    return { id: store.id, name: store.name };
  });
}

/** Draws the picker once the stores have been read; the address's store (else the first) is chosen. */
export async function drawStorePicker(bar: HTMLElement): Promise<void> {
  const stores = await fetchJson(PREVIEW_STORES_PATH, readStores);
  const chosen = new URLSearchParams(location.search).get(STORE_PARAMETER) ?? stores[0]?.id ?? '';
  const options = stores.map((store) => ({ value: store.id, text: `${store.name} (${store.id})` }));
  if (!stores.some((store) => store.id === chosen))
    options.push({ value: chosen, text: `${chosen} (不存在 none)` });
  const select = barSelect('preview-store', options, chosen, (storeId) =>
    reloadWith(STORE_PARAMETER, storeId),
  );
  bar.append(barGroup('门店 Store', select));
}
