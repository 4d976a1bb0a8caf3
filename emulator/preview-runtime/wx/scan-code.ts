import type { ScannableTable, ScannableTables } from '../../src/preview/preview-tables-route';
import { answer, type Callbacks } from './callbacks';
import { element, openBottomSheet, styleOnce, wxFailure } from './sheet-layer';

/** What `wx.scanCode` answers for a scanned mini program code (`scanType` `WX_CODE`). */
export interface ScanCodeResult {
  result: string;
  scanType: 'WX_CODE';
  charSet: 'utf-8';
  /** The page the code opens and its query, e.g. `pages/home/index?scene=table-demo-a01`. */
  path: string;
  /** The code's raw content, base64. */
  rawData: string;
  errMsg: 'scanCode:ok';
}

/** Where the local cloud lists the tables (emulator/src/preview/preview-tables-route.ts). */
const TABLES_PATH = '/preview/tables';

styleOnce(
  'scan',
  `.wx-scan-viewfinder { height: 96px; margin: 12px 16px; border-radius: 5px; background: #111; color: #9de6bf;
    display: flex; align-items: center; justify-content: center; font-size: 13px; position: relative; overflow: hidden; }
  .wx-scan-viewfinder::after { content: ''; position: absolute; left: 10%; right: 10%; height: 2px;
    background: linear-gradient(90deg, transparent, #07c160, transparent); top: 82%; }
  .wx-scan-table { font-variant-numeric: tabular-nums; }
  .wx-scan-code { width: 44px; height: 44px; flex: none; border-radius: 5px; background: #f2f2f2;
    display: flex; align-items: center; justify-content: center; font-weight: 700; color: #06ae56; }
  .wx-scan-empty { padding: 32px 16px; text-align: center; color: rgba(0, 0, 0, .5); font-size: 14px; }`,
);

/** The answer a table's code gives: its page with `scene` = the table's id, as `wxacode.getUnlimited` makes it. */
export function tableScanResult(entryPage: string, table: Pick<ScannableTable, '_id'>): ScanCodeResult {
  const path = `${entryPage}?scene=${encodeURIComponent(table._id)}`;
  return {
    result: '',
    scanType: 'WX_CODE',
    charSet: 'utf-8',
    path,
    rawData: btoa(path),
    errMsg: 'scanCode:ok',
  };
}

async function readTables(baseUrl: string, storeId: string | null): Promise<ScannableTables> {
  const query = storeId ? `?store=${encodeURIComponent(storeId)}` : '';
  const response = await fetch(`${baseUrl}${TABLES_PATH}${query}`);
  if (!response.ok) throw wxFailure('scanCode', `the local cloud answered HTTP ${response.status}`);
  return (await response.json()) as ScannableTables;
}

/** Draws the scanner: the stores' tables by area; tapping one "scans" its code. */
function drawScanner(frame: HTMLElement, tables: ScannableTables): Promise<ScanCodeResult> {
  const sheet = openBottomSheet(frame, 'scan', '扫码 · 选择桌码');
  sheet.body.append(element('div', 'wx-scan-viewfinder', '将桌上的小程序码放入框内 — 或选择下方的桌码'));
  return new Promise((resolve, reject) => {
    sheet.cancel.addEventListener('click', () => {
      sheet.layer.close();
      reject(wxFailure('scanCode', 'cancel'));
    });
    let listed = 0;
    for (const store of tables.stores) {
      let area: string | undefined;
      for (const table of store.tables) {
        if (table.area !== area) {
          area = table.area;
          const heading = tables.stores.length > 1 ? `${store.name} · ${area}` : area;
          sheet.body.append(element('div', 'wx-sheet-group', `${heading} ${table.areaEn}`));
        }
        const row = element('div', 'wx-sheet-row wx-scan-table');
        row.dataset.table = table._id;
        const main = element('div', 'wx-sheet-main', table.name);
        main.append(element('small', '', `${table.nameEn} · ${table.seats} 座 seats`));
        row.append(element('div', 'wx-scan-code', table.code), main);
        row.addEventListener('click', () => {
          sheet.layer.close();
          resolve(tableScanResult(tables.entryPage, table));
        });
        sheet.body.append(row);
        listed += 1;
      }
    }
    if (listed === 0) sheet.body.append(element('div', 'wx-scan-empty', '这家店还没有桌码 No tables yet'));
  });
}

/**
 * `wx.scanCode` as a table picker: the local cloud's tables (of the store named by `?storeId=` in the
 * preview's address, else every store's) stand for the codes printed on them.
 */
export function scanApis(frame: HTMLElement, baseUrl: string) {
  return {
    scanCode: (options: Callbacks & { onlyFromCamera?: boolean; scanType?: string[] } = {}) =>
      answer(
        options,
        readTables(baseUrl, new URLSearchParams(location.search).get('storeId')).then((tables) =>
          drawScanner(frame, tables),
        ),
      ),
  };
}
