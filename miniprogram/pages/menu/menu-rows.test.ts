import type { ProductCard } from '../../../typings/contracts/catalog';
import { FIRST_DRAW_PRODUCTS, layoutMenu, menuRow, POPULAR_SECTION_ID } from './menu-rows';

// The menu's rows as the page draws them, and the first draw's budget.
function card(id: string, categoryId: string, extra: Partial<ProductCard> = {}): ProductCard {
  return {
    id,
    categoryId,
    name: `中${id}`,
    nameEn: `En ${id}`,
    imageUrl: '',
    fromPriceFen: 100,
    isSoldOut: false,
    tags: [],
    ...extra,
  };
}
const categories = ['a', 'b', 'c'].map((id) => ({ id, name: `类${id}`, nameEn: `Cat ${id}` }));
const many = (categoryId: string, count: number) =>
  Array.from({ length: count }, (_, index) => card(`${categoryId}${index}`, categoryId));

test('a row holds only what the card draws, in the locale, the other language as its note', () => {
  expect(menuRow(card('p', 'a'), 'zh-CN', new Set())).toEqual({
    id: 'p',
    name: '中p',
    note: 'En p',
    priceFen: 100,
  });
  expect(menuRow(card('p', 'a', { isSoldOut: true, imageUrl: 'cloud://x' }), 'en', new Set(['p']))).toEqual({
    id: 'p',
    name: 'En p',
    note: '中p',
    priceFen: 100,
    imageUrl: 'cloud://x',
    isSoldOut: true,
    isPopular: true,
  });
});

test('popular first; categories past the budget wait, held; the server pending ones wait to be fetched', () => {
  const products = [...many('a', 30), ...many('b', FIRST_DRAW_PRODUCTS), card('c0', 'c')];
  const layout = layoutMenu(
    { categories, products, popular: { productIds: ['b1', 'a2'], source: 'orders' }, pendingCategoryIds: [] },
    'zh-CN',
    '人气推荐',
  );
  expect(layout.first.nav.map((entry) => entry.id)).toEqual([POPULAR_SECTION_ID, 'a', 'b', 'c']);
  expect(
    layout.first.sections.map((section) => [section.id, section.products.length, section.isPending ?? false]),
  ).toEqual([
    [POPULAR_SECTION_ID, 2, false],
    ['a', 30, false],
    ['b', 0, true],
    ['c', 0, true],
  ]);
  expect(Object.keys(layout.held)).toEqual(['b', 'c']);
  expect(layout.pending).toEqual([]);
});

test('a first category the server left pending shows its leading rows until its menu page comes', () => {
  const layout = layoutMenu(
    {
      categories,
      products: many('a', 3),
      popular: { productIds: [], source: 'menu' },
      pendingCategoryIds: ['a', 'b', 'c'],
    },
    'en',
    'Popular now',
  );
  expect(
    layout.first.sections.map((section) => [section.id, section.products.length, section.isPending]),
  ).toEqual([
    ['a', 3, true],
    ['b', 0, true],
    ['c', 0, true],
  ]);
  expect(layout.pending).toEqual(['a', 'b', 'c']);
  expect(layout.held).toEqual({});
});
