import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentStore } from '../db/document-store';
import type { LocalCloudServer } from '../http/server';

/** Where the preview's code scanner reads the tables it can "scan". */
export const PREVIEW_TABLES_PATH = '/preview/tables';

/** One table as the scanner lists it: its `_id` is the scene its code carries. */
export interface ScannableTable {
  _id: string;
  code: string;
  name: string;
  nameEn: string;
  area: string;
  areaEn: string;
  seats: number;
}

/** A store and its active tables, in code order. */
export interface ScannableStore {
  storeId: string;
  name: string;
  nameEn: string;
  tables: ScannableTable[];
}

/** The answer of `GET /preview/tables`: the page a table code opens, and the stores' tables. */
export interface ScannableTables {
  /** The page a table's code opens (app.json's `entryPagePath`, else its first page), without a leading slash. */
  entryPage: string;
  stores: ScannableStore[];
}

function entryPageOf(miniprogramRoot: string): string {
  const appJson = JSON.parse(readFileSync(path.join(miniprogramRoot, 'app.json'), 'utf8')) as {
    pages?: string[];
    entryPagePath?: string;
  };
  return (appJson.entryPagePath ?? appJson.pages?.[0] ?? '').replace(/^\/+/, '');
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Reads the active tables of every store (or of `storeId` alone) from the local cloud's database. */
export function scannableTables(
  store: DocumentStore,
  miniprogramRoot: string,
  storeId?: string,
): ScannableTables {
  const stores = store.find('stores', storeId ? { _id: storeId } : {}, { sort: { _id: 1 } });
  return {
    entryPage: entryPageOf(miniprogramRoot),
    stores: stores.map((found) => ({
      storeId: found._id,
      name: text(found.name),
      nameEn: text(found.nameEn),
      tables: store
        .find('tables', { storeId: found._id, isActive: true }, { sort: { code: 1 } })
        .map((table) => ({
          _id: table._id,
          code: text(table.code),
          name: text(table.name),
          nameEn: text(table.nameEn),
          area: text(table.area),
          areaEn: text(table.areaEn),
          seats: typeof table.seats === 'number' ? table.seats : 0,
        })),
    })),
  };
}

/**
 * `GET /preview/tables[?store=<id>]`: the tables the preview's `wx.scanCode` offers, as if their printed
 * codes were in front of the camera; read afresh from the database on every request.
 */
export function registerPreviewTablesRoute(
  server: LocalCloudServer,
  store: DocumentStore,
  miniprogramRoot: string,
): void {
  server.route('GET', PREVIEW_TABLES_PATH, ({ url }) => {
    if (url.pathname !== PREVIEW_TABLES_PATH)
      return { status: 404, json: { errCode: 404, errMsg: `no preview file ${url.pathname}` } };
    const storeId = url.searchParams.get('store') ?? undefined;
    return { status: 200, json: scannableTables(store, miniprogramRoot, storeId) };
  });
}
