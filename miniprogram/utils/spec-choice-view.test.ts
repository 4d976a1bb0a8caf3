import type { ProductDetail } from '../../typings/contracts/catalog';
import { changedPaths } from './changed-paths';
import { chooseOption, defaultChoice, setQuantity } from './spec-choice';
import { choiceViewOf, limitFromRefusal, problemText, productHeadOf } from './spec-choice-view';

// What the sheet and the page draw for a choice, in both languages, and how little a tap sends.
const option = (value: string, name: string, nameEn: string, isDefault = false) => ({
  value,
  name,
  nameEn,
  isDefault,
});
const latte: ProductDetail = {
  id: 'prod-latte',
  categoryId: 'cat-coffee',
  name: '拿铁',
  nameEn: 'Latte',
  imageUrl: '',
  fromPriceFen: 2400,
  isSoldOut: false,
  tags: [],
  description: '浓缩与丝滑牛奶。',
  descriptionEn: 'Espresso with silky steamed milk.',
  specGroups: [
    {
      key: 'size',
      kind: 'sku',
      name: '杯型',
      nameEn: 'Size',
      options: [option('medium', '中杯', 'Medium', true), option('large', '大杯', 'Large')],
    },
    {
      key: 'temperature',
      kind: 'choice',
      name: '温度',
      nameEn: 'Temperature',
      options: [option('hot', '热', 'Hot'), option('iced', '冰', 'Iced')],
    },
  ],
  addons: [{ id: 'shot', name: '加浓缩', nameEn: 'Extra shot', priceFen: 400, maxQuantity: 2 }],
  skus: [
    { id: 'sku-medium', specs: { size: 'medium' }, priceFen: 2400, isSoldOut: false, stockLeft: null },
    { id: 'sku-large', specs: { size: 'large' }, priceFen: 2800, isSoldOut: false, stockLeft: 4 },
  ],
};

test('an unchosen group is the reason, zh-CN first with English alongside', () => {
  const view = choiceViewOf(latte, defaultChoice(latte), 'zh-CN');
  expect(view.canAdd).toBe(false);
  expect(view.reason).toBe('请选择 温度 · Choose temperature');
  expect(view.groups[1]?.isRequired).toBe(true);
  expect(view.groups[0]?.options.map((chip) => chip.label)).toEqual(['中杯', '大杯']);
  expect(view.unitText).toBe('单价 ¥24.00');
  expect(problemText({ kind: 'notEnough', stockLeft: 2 })).toBe('仅剩 2 件 · Only 2 left');
});

test('in English the names, chips and price line are English', () => {
  const choice = chooseOption(latte, defaultChoice(latte), 'temperature', 'iced');
  const view = choiceViewOf(latte, choice, 'en');
  expect(view.groups.map((group) => group.title)).toEqual(['Size', 'Temperature']);
  expect(view.addons[0]).toEqual({
    id: 'shot',
    label: 'Extra shot',
    priceText: '+¥4.00',
    quantity: 0,
    max: 2,
  });
  expect(view.unitText).toBe('¥24.00 each');
  expect(view).toMatchObject({ canAdd: true, reason: '' });
  expect(productHeadOf(latte, 'en')).toMatchObject({
    name: 'Latte',
    otherName: '拿铁',
    description: latte.descriptionEn,
  });
});

test('a stock refusal caps the quantity at what still fits and says why above it', () => {
  const limit = limitFromRefusal(
    { skuId: 'sku-large', stockLeft: 4, wanted: 5, reason: 'NOT_ENOUGH_STOCK' },
    2,
  );
  expect(limit).toEqual({ skuId: 'sku-large', stockLeft: 4, inCart: 3 });
  let choice = chooseOption(latte, defaultChoice(latte), 'temperature', 'hot');
  choice = setQuantity(latte, chooseOption(latte, choice, 'size', 'large'), 2);
  const view = choiceViewOf(latte, choice, 'zh-CN', limit);
  expect(view).toMatchObject({ canAdd: false, maxQuantity: 1 });
  expect(view.reason).toBe(
    '库存不足，仅剩 4 件，购物车里已有 3 件 · Not enough stock: only 4 left, 3 already in your cart',
  );
  expect(choiceViewOf(latte, setQuantity(latte, choice, 1), 'zh-CN', limit).canAdd).toBe(true);
  expect(limitFromRefusal({ skuId: 'sku-large', stockLeft: null, wanted: 1 }, 1)).toBeNull();
});

test('choosing a size sends only the chips and prices it changed', () => {
  const start = chooseOption(latte, defaultChoice(latte), 'temperature', 'hot');
  const before = choiceViewOf(latte, start, 'zh-CN');
  const after = choiceViewOf(latte, chooseOption(latte, start, 'size', 'large'), 'zh-CN');
  const patch = changedPaths(before, after, 'view');
  expect(Object.keys(patch).sort()).toEqual([
    'view.groups[0].options[0].isChosen',
    'view.groups[0].options[1].isChosen',
    'view.maxQuantity',
    'view.totalText',
    'view.unitText',
  ]);
  expect(JSON.stringify(patch).length).toBeLessThan(JSON.stringify(after).length / 3);
});
