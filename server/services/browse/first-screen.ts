// How much of the menu the first screen carries: whole categories in menu order while the answer stays within a
// byte budget; the rest is named in `pendingCategoryIds` for `browse.menu`. Pure: no reads.
import type { HomeOutput } from '../../../typings/contracts/browse';
import type { ProductCard } from '../../../typings/contracts/catalog';

/**
 * Most bytes (UTF-8 JSON) the `home` answer may take with its products: 28 KiB, so the whole response with the
 * result envelope stays under 32 KiB. A demo-sized menu (35 rows, about 6 KiB) always comes whole.
 */
export const FIRST_SCREEN_BYTES = 28 * 1024;

/** The answer before choosing its rows: everything `home` says, with every menu row and its popular ids. */
export type HomeDraft = Omit<HomeOutput, 'products' | 'pendingCategoryIds'>;

/**
 * The first screen's rows: the categories in menu order, whole, while the answer fits `budgetBytes`; the categories
 * from the first that does not fit on are pending. When even the first category does not fit, its leading rows that
 * do come and it is pending too (the screen is never empty, the budget never passed). The popular rows of pending
 * categories come as well, after the menu-order rows, so "popular now" draws at once. A pending category's rows on
 * the first screen are a preview: `menu` answers the category whole, and the page shows that answer instead.
 * Popular rows (at most 6) always come, so only a budget too small for them alone is ever passed.
 */
export function firstScreenOf(
  draft: HomeDraft,
  menu: readonly ProductCard[],
  budgetBytes = FIRST_SCREEN_BYTES,
): HomeOutput {
  const popular = new Set(draft.popular.productIds);
  const rowOf = new Map(menu.map((row) => [row.id, row]));
  const popularRows = draft.popular.productIds.flatMap((id) => rowOf.get(id) ?? []);
  const categoryIds = draft.categories.map((category) => category.id);
  // Upper bound: every category still pending, and the popular rows counted once up front.
  let used =
    jsonBytes({ ...draft, products: [], pendingCategoryIds: categoryIds }) +
    popularRows.reduce((sum, row) => sum + rowBytes(row), 0);
  // A popular row's bytes are counted already.
  const costOf = (row: ProductCard) => (popular.has(row.id) ? 0 : rowBytes(row));
  const rowsOf = groupByCategory(menu);
  const shown = new Set<string>();
  const preview = new Set<string>();
  for (const categoryId of categoryIds) {
    const rows = rowsOf.get(categoryId) ?? [];
    const cost = rows.reduce((sum, row) => sum + costOf(row), 0);
    if (used + cost <= budgetBytes) {
      used += cost;
      shown.add(categoryId);
      continue;
    }
    if (shown.size === 0) {
      for (const row of rows) {
        if (used + costOf(row) > budgetBytes) break;
        used += costOf(row);
        preview.add(row.id);
      }
    }
    break;
  }
  const inOrder = menu.filter((row) => shown.has(row.categoryId) || preview.has(row.id));
  const early = popularRows.filter((row) => !shown.has(row.categoryId) && !preview.has(row.id));
  return {
    ...draft,
    products: [...inOrder, ...early],
    pendingCategoryIds: categoryIds.filter((id) => !shown.has(id)),
  };
}

function groupByCategory(rows: readonly ProductCard[]): Map<string, ProductCard[]> {
  const groups = new Map<string, ProductCard[]>();
  for (const row of rows) {
    const group = groups.get(row.categoryId);
    if (group) group.push(row);
    else groups.set(row.categoryId, [row]);
  }
  return groups;
}

/** A row's bytes in the `products` array: its JSON and a comma. */
function rowBytes(row: ProductCard): number {
  return jsonBytes(row) + 1;
}

/** Bytes of a value's JSON text in UTF-8 (what the response carries). */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}
