import { loadDatabaseDefinition } from '../../database/load';
import type { ProductRecord, SkuRecord } from './catalog-types';
import { resolveSelection } from './selection';
import { latte, latteSkus } from './testing/catalog-fixtures';

const pick = (specs: Record<string, string>, addons: Array<{ id: string; quantity: number }> = []) => ({
  productId: 'prod-latte',
  specs,
  addons,
});

test('a full choice picks the SKU of its size and prices add-ons per unit', () => {
  const result = resolveSelection(
    pick({ size: 'large', temperature: 'iced', sugar: 'light' }, [{ id: 'shot', quantity: 2 }]),
    latte(),
    latteSkus(),
  );
  if (!result.ok) throw new Error(result.problem.message);
  expect(result.item.sku._id).toBe('sku-latte-large');
  expect(result.item.specs).toEqual({ size: 'large', temperature: 'iced', sugar: 'light' });
  expect(result.item.unitPriceFen).toBe(3200 + 2 * 400);
  expect(result.item.addons).toEqual([
    { id: 'shot', name: '浓缩', nameEn: 'Extra shot', quantity: 2, priceFen: 400 },
  ]);
  expect(result.item.specText).toBe('大杯 / 冰 / 少糖');
  expect(result.item.specTextEn).toBe('Large / Iced / Less sweet');
});

test('groups left out take their default option', () => {
  const result = resolveSelection(pick({ temperature: 'iced' }), latte(), latteSkus());
  if (!result.ok) throw new Error(result.problem.message);
  expect(result.item.specs).toEqual({ size: 'medium', temperature: 'iced', sugar: 'none' });
  expect(result.item.sku._id).toBe('sku-latte-medium');
  expect(result.item.unitPriceFen).toBe(2800);
});

test('add-ons come back in menu order whatever order they were chosen in', () => {
  const result = resolveSelection(
    pick({}, [
      { id: 'oat', quantity: 1 },
      { id: 'shot', quantity: 1 },
    ]),
    latte(),
    latteSkus(),
  );
  if (!result.ok) throw new Error(result.problem.message);
  expect(result.item.addons.map((addon) => addon.id)).toEqual(['shot', 'oat']);
  expect(result.item.unitPriceFen).toBe(2800 + 400 + 300);
});

const noDefaultSugar = latte({
  specGroups: latte().specGroups.map((group) =>
    group.key === 'sugar'
      ? { ...group, options: group.options.map((option) => ({ ...option, isDefault: false })) }
      : group,
  ),
});

test.each<[string, ReturnType<typeof pick>, ProductRecord | undefined, SkuRecord[], string]>([
  ['no product', pick({}), undefined, latteSkus(), 'UNKNOWN_PRODUCT'],
  ['another product', { ...pick({}), productId: 'prod-mocha' }, latte(), latteSkus(), 'UNKNOWN_PRODUCT'],
  ['off the menu', pick({}), latte({ isListed: false }), latteSkus(), 'UNLISTED'],
  ['a group the product lacks', pick({ milk: 'oat' }), latte(), latteSkus(), 'UNKNOWN_SPEC'],
  ['an inherited key', pick({ toString: 'x' }), latte(), latteSkus(), 'UNKNOWN_SPEC'],
  ['an option the group lacks', pick({ size: 'venti' }), latte(), latteSkus(), 'UNKNOWN_OPTION'],
  ['no choice and no default', pick({}), noDefaultSugar, latteSkus(), 'MISSING_SPEC'],
  [
    'an add-on the product lacks',
    pick({}, [{ id: 'cream', quantity: 1 }]),
    latte(),
    latteSkus(),
    'UNKNOWN_ADDON',
  ],
  ['too many of an add-on', pick({}, [{ id: 'shot', quantity: 4 }]), latte(), latteSkus(), 'ADDON_LIMIT'],
  ['zero of an add-on', pick({}, [{ id: 'shot', quantity: 0 }]), latte(), latteSkus(), 'ADDON_LIMIT'],
  ['a fractional add-on', pick({}, [{ id: 'shot', quantity: 1.5 }]), latte(), latteSkus(), 'ADDON_LIMIT'],
  [
    'the same add-on twice',
    pick({}, [
      { id: 'shot', quantity: 1 },
      { id: 'shot', quantity: 1 },
    ]),
    latte(),
    latteSkus(),
    'DUPLICATE_ADDON',
  ],
  ['a size without a SKU', pick({ size: 'large' }), latte(), latteSkus().slice(0, 1), 'NO_SKU'],
])('refuses %s', (_name, selection, product, skus, code) => {
  const result = resolveSelection(selection, product, skus);
  expect(result.ok ? 'resolved' : result.problem.code).toBe(code);
});

test('a SKU of another product never matches', () => {
  const foreign = latteSkus().map((candidate) => ({ ...candidate, productId: 'prod-mocha' }));
  const result = resolveSelection(pick({}), latte(), foreign);
  expect(result.ok ? 'resolved' : result.problem.code).toBe('NO_SKU');
});

test('every demo product resolves with its defaults to exactly one SKU', () => {
  const demo = loadDatabaseDefinition().seeds['demo'] ?? {};
  const products = (demo['products'] ?? []) as unknown as ProductRecord[];
  const skus = (demo['skus'] ?? []) as unknown as SkuRecord[];
  expect(products.length).toBeGreaterThanOrEqual(30);
  for (const product of products) {
    const result = resolveSelection({ productId: product._id, specs: {}, addons: [] }, product, skus);
    expect(result.ok ? result.item.sku.productId : result.problem).toBe(product._id);
  }
});
