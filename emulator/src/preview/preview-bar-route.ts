// `/preview/stores`: the stores in the local cloud, for the bar's store picker.
import type { DatabaseEngine } from '../db';
import type { LocalCloudServer } from '../http/server';

/** Where the bar reads the stores it offers. */
export const PREVIEW_STORES_PATH = '/preview/stores';

/** A store as the bar lists it. */
export interface PreviewStore {
  id: string;
  name: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The stores of the local cloud's `stores` collection, by id. */
export function previewStores(database: DatabaseEngine): PreviewStore[] {
  if (!database.hasCollection('stores')) return [];
  return database.find('stores', {}, { sort: { _id: 1 } }).map((store) => ({
    id: text(store._id),
    name: [text(store.name), text(store.nameEn)].filter(Boolean).join(' '),
  }));
}

/** Serves the store list the bar's picker draws. */
export function registerPreviewBarRoute(server: LocalCloudServer, database: DatabaseEngine): void {
  server.route('GET', PREVIEW_STORES_PATH, () => ({ status: 200, json: previewStores(database) }));
}
