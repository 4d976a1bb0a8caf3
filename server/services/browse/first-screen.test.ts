import fc from 'fast-check';
import type { ProductCard } from '../../../typings/contracts/catalog';
import { firstScreenOf, jsonBytes, type HomeDraft } from './first-screen';

const row = (id: string, categoryId: string): ProductCard => ({
  id,
  categoryId,
  name: `商品${id}`,
  nameEn: `Product ${id}`,
  imageUrl: '',
  fromPriceFen: 1000,
  isSoldOut: false,
  tags: [],
});

/** A draft with `categoryCount` categories `c0`…, and the menu: `perCategory` rows each, in menu order. */
function menuOf(categoryCount: number, perCategory: number, popular: string[] = []) {
  const categories = Array.from({ length: categoryCount }, (_, index) => ({
    id: `c${index}`,
    name: `分类${index}`,
    nameEn: `Category ${index}`,
  }));
  const menu = categories.flatMap((category) =>
    Array.from({ length: perCategory }, (_, index) => row(`${category.id}p${index}`, category.id)),
  );
  const draft = {
    store: {},
    table: null,
    isTableUnknown: false,
    categories,
    popular: { productIds: popular, source: 'orders' },
  } as unknown as HomeDraft;
  return { draft, menu };
}

test('a menu within the budget comes whole, with nothing pending', () => {
  const { draft, menu } = menuOf(3, 5);
  expect(firstScreenOf(draft, menu)).toMatchObject({ products: menu, pendingCategoryIds: [] });
});

test('categories come whole until the next would pass the budget; the rest are pending, in order', () => {
  const { draft, menu } = menuOf(4, 5);
  const twoCategories = jsonBytes({
    ...draft,
    products: menu.slice(0, 10),
    pendingCategoryIds: ['c2', 'c3'],
  });
  const home = firstScreenOf(draft, menu, twoCategories + 60);
  expect(home.products).toEqual(menu.slice(0, 10));
  expect(home.pendingCategoryIds).toEqual(['c2', 'c3']);
});

test('a first category bigger than the budget sends its leading rows and stays pending', () => {
  const { draft, menu } = menuOf(2, 50);
  const home = firstScreenOf(draft, menu, 2000);
  expect(home.pendingCategoryIds).toEqual(['c0', 'c1']);
  expect(home.products.length).toBeGreaterThan(0);
  expect(home.products).toEqual(menu.slice(0, home.products.length));
  expect(jsonBytes(home)).toBeLessThanOrEqual(2000);
});

test('popular rows of pending categories come after the menu-order rows, in popular order', () => {
  const { draft, menu } = menuOf(4, 5, ['c3p1', 'c0p2', 'c2p0']);
  const oneCategory = jsonBytes({
    ...draft,
    products: menu.slice(0, 5),
    pendingCategoryIds: ['c1', 'c2', 'c3'],
  });
  const home = firstScreenOf(draft, menu, oneCategory + 2 * jsonBytes(menu[0]) + 10);
  expect(home.pendingCategoryIds).toEqual(['c1', 'c2', 'c3']);
  expect(home.products.map((card) => card.id)).toEqual([
    'c0p0',
    'c0p1',
    'c0p2',
    'c0p3',
    'c0p4',
    'c3p1',
    'c2p0',
  ]);
});

test('whatever the menu and budget, the answer keeps to the budget (popular rows aside) and shows whole categories', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 1000, max: 20000 }),
      fc.array(fc.nat({ max: 300 }), { maxLength: 6 }),
      (categoryCount, perCategory, budget, picks) => {
        const { menu } = menuOf(categoryCount, perCategory);
        const popular = [
          ...new Set(picks.flatMap((pick) => menu[pick % Math.max(1, menu.length)]?.id ?? [])),
        ];
        const { draft } = menuOf(categoryCount, perCategory, popular);
        const home = firstScreenOf(draft, menu, budget);
        // Popular rows always come: only a budget too small for them alone is passed, and by no more than them.
        const popularRows = popular.map((id) => menu.find((card) => card.id === id));
        const categoryIds = draft.categories.map((category) => category.id);
        const floor = jsonBytes({ ...draft, products: popularRows, pendingCategoryIds: categoryIds });
        expect(jsonBytes(home)).toBeLessThanOrEqual(Math.max(budget, floor));
        const pending = new Set(home.pendingCategoryIds);
        const shown = home.products.filter((card) => !pending.has(card.categoryId));
        expect(shown).toEqual(menu.filter((card) => !pending.has(card.categoryId)));
        for (const id of popular) expect(home.products.map((card) => card.id)).toContain(id);
      },
    ),
  );
});
