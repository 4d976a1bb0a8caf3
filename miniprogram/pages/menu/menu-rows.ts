// The menu's rows as the page draws them: compact (only the fields the template reads, falses left out), and
// a first draw that holds the popular row and the first categories only, so its setData stays small at any size.
import type { HomeOutput } from '../../../typings/contracts/browse';
import type { ProductCard } from '../../../typings/contracts/catalog';
import type { NavCategory } from '../../components/category-nav/index';
import type { MenuProduct, MenuSection } from '../../components/menu-list/index';
import type { Locale } from '../../i18n';

/** The popular row's section id (no category id starts with a space). */
export const POPULAR_SECTION_ID = ' popular';

/** Products the first draw holds at most (popular row aside); the first category is drawn whatever its size. */
export const FIRST_DRAW_PRODUCTS = 40;

/** A product card as a menu row: name in `locale`, the other language's name as its note. */
export function menuRow(card: ProductCard, locale: Locale, popular: ReadonlySet<string>): MenuProduct {
  const isZh = locale === 'zh-CN';
  const row: MenuProduct = {
    id: card.id,
    name: isZh ? card.name : card.nameEn,
    note: isZh ? card.nameEn : card.name,
    priceFen: card.fromPriceFen,
  };
  if (card.imageUrl) row.imageUrl = card.imageUrl;
  if (card.isSoldOut) row.isSoldOut = true;
  if (popular.has(card.id)) row.isPopular = true;
  return row;
}

/** A category's words in `locale`. */
function categoryName(category: { name: string; nameEn: string }, locale: Locale): string {
  return locale === 'zh-CN' ? category.name : category.nameEn;
}

/** The menu laid out for the page: the first draw, and what later draws fill in. */
export interface MenuLayout {
  /** What the first setData carries. */
  first: { sections: MenuSection[]; nav: NavCategory[] };
  /** Rows already answered but held back from the first draw, by category id. */
  held: Record<string, MenuProduct[]>;
  /** Categories the server has yet to send (`browse.menu`), in menu order. */
  pending: string[];
}

/** Groups rows by category id, keeping menu order. */
export function rowsByCategory(
  cards: readonly ProductCard[],
  locale: Locale,
  popular: ReadonlySet<string>,
): Record<string, MenuProduct[]> {
  const groups: Record<string, MenuProduct[]> = {};
  for (const card of cards) (groups[card.categoryId] ??= []).push(menuRow(card, locale, popular));
  return groups;
}

/**
 * Lays out the first screen's answer: a "popular now" section first (when the server named any), then one
 * section per category; categories after the first draw's budget, or still on the server, start pending.
 */
export function layoutMenu(
  home: Pick<HomeOutput, 'categories' | 'products' | 'popular' | 'pendingCategoryIds'>,
  locale: Locale,
  popularTitle: string,
): MenuLayout {
  const popular = new Set(home.popular.productIds);
  const groups = rowsByCategory(home.products, locale, popular);
  // An older server answers no pendingCategoryIds: everything came in this answer.
  const pending = Array.isArray(home.pendingCategoryIds) ? [...home.pendingCategoryIds] : [];
  const serverPending = new Set(pending);
  const sections: MenuSection[] = [];
  const nav: NavCategory[] = [];
  const held: Record<string, MenuProduct[]> = {};
  const byId = new Map(home.products.map((card) => [card.id, card]));
  const popularRows = home.popular.productIds
    .map((id) => byId.get(id))
    .filter((card): card is ProductCard => card !== undefined)
    .map((card) => menuRow(card, locale, popular));
  if (popularRows.length > 0) {
    sections.push({ id: POPULAR_SECTION_ID, title: popularTitle, products: popularRows });
    nav.push({ id: POPULAR_SECTION_ID, name: popularTitle });
  }
  let drawn = 0;
  for (const category of home.categories) {
    const name = categoryName(category, locale);
    nav.push({ id: category.id, name });
    const rows = groups[category.id] ?? [];
    const fits = drawn === 0 || drawn + rows.length <= FIRST_DRAW_PRODUCTS;
    if (serverPending.has(category.id) || !fits) {
      if (!serverPending.has(category.id)) held[category.id] = rows;
      // A first category too big for the server's budget came with its leading rows: shown until `menu` answers.
      const preview = drawn === 0 && serverPending.has(category.id) ? rows : [];
      drawn = FIRST_DRAW_PRODUCTS + 1; // once one waits, the rest wait too: sections fill in menu order
      sections.push({ id: category.id, title: name, products: preview, isPending: true });
      continue;
    }
    drawn += rows.length;
    sections.push({ id: category.id, title: name, products: rows });
  }
  return { first: { sections, nav }, held, pending };
}
