// The first screen's weight: the bytes of `browse.home`'s response, how much of the menu it carries, and what the
// `browse.menu` calls for its pending categories then cost, as the menu page makes them while the customer scrolls.
import type { LocalCloud } from '../../emulator/src';
import { GatewayClient } from '../start/gateway-client';

/** Most bytes the first screen's whole response may take. */
export const FIRST_SCREEN_TARGET_BYTES = 32 * 1024;
/** Pending categories one `browse.menu` call asks for, as a page asks for the next few near the scroll. */
const CATEGORIES_PER_MENU_CALL = 2;

export interface FirstScreenFigures {
  /** Listed products of the menu, first screen and menu pages together. */
  products: number;
  homeBytes: number;
  /** Menu rows the first screen carries, and the categories it leaves pending. */
  homeRows: number;
  pendingCategories: number;
  /** `browse.menu` calls for the pending categories, their bytes together and the largest one's. */
  menuCalls: number;
  menuBytes: number;
  largestMenuBytes: number;
}

/** Opens a store's menu as a fresh customer and then fetches every pending category, two at a time. */
export async function measureFirstScreen(cloud: LocalCloud, storeId: string): Promise<FirstScreenFigures> {
  const client = new GatewayClient(cloud.baseUrl, `o-first-screen-${storeId}`);
  const home = await client.expect('browse', 'home', { storeId });
  const homeBytes = client.lastResponseBytes;
  const pending = new Set(home.pendingCategoryIds);
  const ids = new Set(home.products.filter((row) => !pending.has(row.categoryId)).map((row) => row.id));
  let menuCalls = 0;
  let menuBytes = 0;
  let largestMenuBytes = 0;
  for (let start = 0; start < home.pendingCategoryIds.length; start += CATEGORIES_PER_MENU_CALL) {
    const categoryIds = home.pendingCategoryIds.slice(start, start + CATEGORIES_PER_MENU_CALL);
    const page = await client.expect('browse', 'menu', { storeId, categoryIds });
    for (const row of page.products) ids.add(row.id);
    menuCalls += 1;
    menuBytes += client.lastResponseBytes;
    largestMenuBytes = Math.max(largestMenuBytes, client.lastResponseBytes);
  }
  return {
    products: ids.size,
    homeBytes,
    homeRows: home.products.length,
    pendingCategories: home.pendingCategoryIds.length,
    menuCalls,
    menuBytes,
    largestMenuBytes,
  };
}

/** The report's rows for two menus side by side, in the columns of the bench's menu table. */
export function firstScreenLines(demo: FirstScreenFigures, large: FirstScreenFigures): string[] {
  const row = (label: string, of: (figures: FirstScreenFigures) => number) =>
    `${label.padEnd(34)}${String(of(demo)).padStart(14)}${String(of(large)).padStart(18)}`;
  const within = Math.max(demo.homeBytes, large.homeBytes) <= FIRST_SCREEN_TARGET_BYTES;
  return [
    `${row('first screen: response bytes', (f) => f.homeBytes)}   target ≤ ${FIRST_SCREEN_TARGET_BYTES}: ${within ? 'within target' : 'OVER TARGET'}`,
    row('  menu rows on it', (f) => f.homeRows),
    row('  categories left pending', (f) => f.pendingCategories),
    row(`  browse.menu calls (${CATEGORIES_PER_MENU_CALL} a call)`, (f) => f.menuCalls),
    row('  their response bytes', (f) => f.menuBytes),
    row('  largest one', (f) => f.largestMenuBytes),
  ];
}
