import type { ProductDetail } from '../../typings/contracts/catalog';
import {
  choiceFrom,
  chooseOption,
  chosenSku,
  defaultChoice,
  isComplete,
  isOptionSoldOut,
  maxQuantityOf,
  MAX_QUANTITY,
  problemOf,
  selectionOf,
  setAddonQuantity,
  setQuantity,
  totalPriceFen,
  unitPriceFen,
} from './spec-choice';

// The selection model over a product with two SKU groups (size × milk), one free choice and two add-ons.
const option = (value: string, isDefault = false) => ({ value, name: value, nameEn: value, isDefault });

function product(overrides: Partial<ProductDetail> = {}): ProductDetail {
  const sku = (
    size: string,
    milk: string,
    priceFen: number,
    isSoldOut = false,
    stockLeft: number | null = null,
  ) => ({
    id: `sku-${size}-${milk}`,
    specs: { size, milk },
    priceFen,
    isSoldOut,
    stockLeft,
  });
  return {
    id: 'prod-latte',
    categoryId: 'cat-coffee',
    name: '拿铁',
    nameEn: 'Latte',
    imageUrl: '',
    fromPriceFen: 2400,
    isSoldOut: false,
    tags: [],
    description: '',
    descriptionEn: '',
    specGroups: [
      {
        key: 'size',
        kind: 'sku',
        name: '杯型',
        nameEn: 'Size',
        options: [option('medium', true), option('large')],
      },
      {
        key: 'milk',
        kind: 'sku',
        name: '奶',
        nameEn: 'Milk',
        options: [option('whole', true), option('oat')],
      },
      {
        key: 'sugar',
        kind: 'choice',
        name: '糖度',
        nameEn: 'Sweetness',
        options: [option('none', true), option('light')],
      },
    ],
    addons: [
      { id: 'shot', name: '加浓缩', nameEn: 'Extra shot', priceFen: 400, maxQuantity: 2 },
      { id: 'syrup', name: '糖浆', nameEn: 'Syrup', priceFen: 200, maxQuantity: 1 },
    ],
    skus: [
      sku('medium', 'whole', 2400),
      sku('medium', 'oat', 2700),
      sku('large', 'whole', 2800),
      sku('large', 'oat', 3100, true),
    ],
    ...overrides,
  };
}

test('the default choice takes each group default, no add-ons, one item', () => {
  const latte = product();
  const choice = defaultChoice(latte);
  expect(choice).toEqual({
    specs: { size: 'medium', milk: 'whole', sugar: 'none' },
    addons: {},
    quantity: 1,
  });
  expect(chosenSku(latte, choice)?.id).toBe('sku-medium-whole');
  expect(unitPriceFen(latte, choice)).toBe(2400);
  expect(isComplete(latte, choice)).toBe(true);
});

test('an option is sold out when its SKU is sold out given the other SKU choices', () => {
  const latte = product();
  const medium = defaultChoice(latte);
  expect(isOptionSoldOut(latte, medium, 'milk', 'oat')).toBe(false);
  const large = chooseOption(latte, medium, 'size', 'large');
  expect(isOptionSoldOut(latte, large, 'milk', 'oat')).toBe(true);
  const oat = chooseOption(latte, medium, 'milk', 'oat');
  expect(isOptionSoldOut(latte, oat, 'size', 'large')).toBe(true);
  expect(isOptionSoldOut(latte, oat, 'size', 'medium')).toBe(false);
  expect(isOptionSoldOut(latte, oat, 'sugar', 'light')).toBe(false);
});

test('choosing a sold-out or unknown option changes nothing; a valid one moves the price', () => {
  const latte = product();
  const large = chooseOption(latte, defaultChoice(latte), 'size', 'large');
  expect(unitPriceFen(latte, large)).toBe(2800);
  expect(chooseOption(latte, large, 'milk', 'oat')).toBe(large);
  expect(chooseOption(latte, large, 'milk', 'soy')).toBe(large);
  expect(chooseOption(latte, large, 'ice', 'lots')).toBe(large);
  expect(chooseOption(latte, large, 'sugar', 'light').specs.sugar).toBe('light');
});

test('a sold-out default starts at the first open option', () => {
  const latte = product();
  const skus = latte.skus.map((sku) => (sku.id === 'sku-medium-whole' ? { ...sku, isSoldOut: true } : sku));
  expect(defaultChoice({ ...latte, skus }).specs).toEqual({ size: 'medium', milk: 'oat', sugar: 'none' });
});

test('add-ons stay within 0…maxQuantity and add to the unit and total price', () => {
  const latte = product();
  let choice = setAddonQuantity(latte, defaultChoice(latte), 'shot', 5);
  expect(choice.addons).toEqual({ shot: 2 });
  choice = setAddonQuantity(latte, choice, 'syrup', 1);
  expect(unitPriceFen(latte, choice)).toBe(2400 + 800 + 200);
  choice = setQuantity(latte, choice, 3);
  expect(totalPriceFen(latte, choice)).toBe(3 * 3400);
  choice = setAddonQuantity(latte, choice, 'shot', -1);
  expect(choice.addons).toEqual({ syrup: 1 });
  expect(setAddonQuantity(latte, choice, 'cream', 1)).toBe(choice);
});

test('the quantity stays within 1…the SKU stock (or MAX_QUANTITY when not counted)', () => {
  const latte = product();
  const choice = defaultChoice(latte);
  expect(setQuantity(latte, choice, 0).quantity).toBe(1);
  expect(setQuantity(latte, choice, 1000).quantity).toBe(MAX_QUANTITY);
  const counted = product({
    skus: latte.skus.map((sku) => (sku.id === 'sku-medium-whole' ? { ...sku, stockLeft: 3 } : sku)),
  });
  expect(maxQuantityOf(counted, choice)).toBe(3);
  expect(setQuantity(counted, choice, 5).quantity).toBe(3);
  const moreThanLeft = { ...choice, quantity: 5 };
  expect(problemOf(counted, moreThanLeft)).toEqual({ kind: 'notEnough', stockLeft: 3 });
});

test('a group without a default must be chosen; before every SKU group is chosen the price is the lowest possible', () => {
  const latte = product();
  const [size, milk, sugar] = latte.specGroups;
  if (!size || !milk || !sugar) throw new Error('fixture');
  const open = { ...milk, options: milk.options.map((o) => ({ ...o, isDefault: false })) };
  const undecided = product({ specGroups: [size, open, sugar] });
  const choice = defaultChoice(undecided);
  expect(choice.specs).toEqual({ size: 'medium', sugar: 'none' });
  expect(problemOf(undecided, choice)).toEqual({ kind: 'choose', group: open });
  expect(chosenSku(undecided, choice)).toBeUndefined();
  expect(unitPriceFen(undecided, choice)).toBe(2400);
  expect(problemOf(undecided, chooseOption(undecided, choice, 'milk', 'oat'))).toBeNull();
});

test('a sold-out product, or a combination without a SKU, cannot be added', () => {
  const latte = product();
  expect(problemOf({ ...latte, isSoldOut: true }, defaultChoice(latte))).toEqual({ kind: 'soldOut' });
  const missing = product({ skus: latte.skus.filter((sku) => sku.id !== 'sku-large-whole') });
  const choice = { ...defaultChoice(missing), specs: { size: 'large', milk: 'whole', sugar: 'none' } };
  expect(problemOf(missing, choice)).toEqual({ kind: 'noSku' });
  const soldOut = { ...choice, specs: { ...choice.specs, milk: 'oat' } };
  expect(problemOf(latte, soldOut)).toEqual({ kind: 'soldOut' });
});

test('the selection to send names every chosen spec and the add-ons in the product order', () => {
  const latte = product();
  let choice = chooseOption(latte, defaultChoice(latte), 'sugar', 'light');
  choice = setAddonQuantity(latte, choice, 'syrup', 1);
  choice = setAddonQuantity(latte, choice, 'shot', 1);
  expect(selectionOf(latte, choice)).toEqual({
    productId: 'prod-latte',
    specs: { size: 'medium', milk: 'whole', sugar: 'light' },
    addons: [
      { id: 'shot', quantity: 1 },
      { id: 'syrup', quantity: 1 },
    ],
  });
});

test('editing starts from a selection, keeping what the product still has', () => {
  const latte = product();
  const choice = choiceFrom(latte, {
    specs: { size: 'large', milk: 'almond', sugar: 'light' },
    addons: [
      { id: 'shot', quantity: 9 },
      { id: 'gone', quantity: 1 },
    ],
    quantity: 4,
  });
  expect(choice).toEqual({
    specs: { size: 'large', milk: 'whole', sugar: 'light' },
    addons: { shot: 2 },
    quantity: 4,
  });
  expect(choiceFrom(latte, {})).toEqual(defaultChoice(latte));
});

test('a product without SKU groups picks its only SKU', () => {
  const croissant = product({
    specGroups: [],
    addons: [],
    skus: [{ id: 'sku-croissant', specs: {}, priceFen: 1500, isSoldOut: false, stockLeft: 6 }],
  });
  const choice = defaultChoice(croissant);
  expect(chosenSku(croissant, choice)?.id).toBe('sku-croissant');
  expect(maxQuantityOf(croissant, choice)).toBe(6);
  expect(selectionOf(croissant, choice)).toEqual({ productId: 'prod-latte', specs: {}, addons: [] });
});
