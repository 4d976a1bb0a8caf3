import type { SaveProductInput } from '../../../../typings/contracts/staff-menu';
import { draftProblem, skuCombinations } from './product-rules';

const option = (value: string, isDefault = false) => ({ value, name: value, nameEn: value, isDefault });
const draft = (overrides: Partial<SaveProductInput> = {}): SaveProductInput => ({
  storeId: 's1',
  categoryId: 'c1',
  name: '拿铁',
  nameEn: 'Latte',
  description: '',
  descriptionEn: '',
  isListed: true,
  specGroups: [
    { key: 'size', kind: 'sku', name: '杯型', nameEn: 'Size', options: [option('m', true), option('l')] },
    { key: 'milk', kind: 'sku', name: '奶', nameEn: 'Milk', options: [option('whole', true), option('oat')] },
    { key: 'ice', kind: 'choice', name: '冰', nameEn: 'Ice', options: [option('hot', true), option('iced')] },
  ],
  addons: [],
  skus: ['m', 'l'].flatMap((size) =>
    ['whole', 'oat'].map((milk) => ({ specs: { size, milk }, priceFen: 2400 })),
  ),
  ...overrides,
});
const IMAGES = 'products/s1/';

test('every combination of priced choices, and nothing for free ones', () => {
  expect(skuCombinations(draft().specGroups)).toHaveLength(4);
  expect(skuCombinations([])).toEqual([{}]);
  expect(draftProblem(draft(), IMAGES)).toBeNull();
});

test('each broken rule names its field and problem', () => {
  const [size, milk, ice] = draft().specGroups;
  if (!size || !milk || !ice) throw new Error('three groups');
  const cases: Array<[Partial<SaveProductInput>, string, string]> = [
    [{ specGroups: [size, { ...milk, key: 'size' }, ice] }, 'specGroups[1].key', 'DUPLICATE_GROUP'],
    [
      { specGroups: [size, milk, { ...ice, options: [option('hot', true), option('hot')] }] },
      'specGroups[2].options[1].value',
      'DUPLICATE_CHOICE',
    ],
    [
      { specGroups: [size, milk, { ...ice, options: [option('hot', true), option('iced', true)] }] },
      'specGroups[2].options',
      'TWO_DEFAULTS',
    ],
    [{ skus: draft().skus.slice(1) }, 'skus', 'MISSING_SKU'],
    [
      { skus: [...draft().skus.slice(0, 3), { specs: { size: 'm', milk: 'whole' }, priceFen: 1 }] },
      'skus[3].specs',
      'DUPLICATE_SKU',
    ],
    [{ skus: [{ specs: { size: 'm' }, priceFen: 1 }, ...draft().skus] }, 'skus[0].specs', 'UNKNOWN_SPEC'],
    [
      { skus: [{ specs: { size: 'm', milk: 'whole', ice: 'hot' }, priceFen: 1 }] },
      'skus[0].specs',
      'UNKNOWN_SPEC',
    ],
    [
      { addons: [1, 2].map(() => ({ id: 'shot', name: 'a', nameEn: 'a', priceFen: 0, maxQuantity: 1 })) },
      'addons[1].id',
      'DUPLICATE_ADDON',
    ],
    [{ imageFileId: 'cloud://env.bucket/products/s2/x.jpg' }, 'imageFileId', 'BAD_IMAGE'],
    [{ imageFileId: 'https://example.com/x.jpg' }, 'imageFileId', 'BAD_IMAGE'],
    [{ imageFileId: 'cloud://env.bucket/products/s1/../s2/x.jpg' }, 'imageFileId', 'BAD_IMAGE'],
  ];
  for (const [change, field, problem] of cases) {
    expect(draftProblem(draft(change), IMAGES)).toMatchObject({ field, problem });
  }
  expect(draftProblem(draft({ imageFileId: 'cloud://env.bucket/products/s1/p-1.jpg' }), IMAGES)).toBeNull();
});
