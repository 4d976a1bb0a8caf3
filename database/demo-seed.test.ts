import { loadDatabaseDefinition } from './load';
import type { SeedDocument } from './types';

const definition = loadDatabaseDefinition();
const demo = definition.seeds.demo ?? {};
const documents = (collection: string): SeedDocument[] => demo[collection] ?? [];

interface SpecGroup {
  key: string;
  kind: 'sku' | 'choice';
  options: Array<{ value: string }>;
}

/** Every `…Fen` value anywhere in a value, with the path it was found at. */
function moneyIn(value: unknown, at: string): Array<{ at: string; fen: unknown }> {
  if (Array.isArray(value)) return value.flatMap((entry, index) => moneyIn(entry, `${at}[${index}]`));
  if (typeof value !== 'object' || value === null || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, entry]) =>
    key.endsWith('Fen') ? [{ at: `${at}.${key}`, fen: entry }] : moneyIn(entry, `${at}.${key}`),
  );
}

test('the demo café is one store, open for dine-in, pickup and delivery, with fees in fen', () => {
  const stores = documents('stores');
  expect(stores.map((store) => store._id)).toEqual(['store-demo']);
  const store = stores[0] as {
    timezone: string;
    hours: Record<string, Array<{ open: string; close: string }>>;
    modes: Record<string, { enabled: boolean; radiusMetres?: number; feeFen?: number; minimumFen?: number }>;
    unpaidOrderExpiryMinutes: number;
  };
  expect(store.timezone).toBe('Asia/Shanghai');
  expect(Object.keys(store.hours).sort()).toEqual(['fri', 'mon', 'sat', 'sun', 'thu', 'tue', 'wed']);
  expect(Object.values(store.hours).every((periods) => periods.length > 0)).toBe(true);
  expect(
    Object.entries(store.modes)
      .filter(([, mode]) => mode.enabled)
      .map(([name]) => name)
      .sort(),
  ).toEqual(['delivery', 'dine_in', 'pickup']);
  expect(store.modes.delivery?.radiusMetres).toBeGreaterThan(0);
  expect(store.modes.delivery?.feeFen).toBeGreaterThan(0);
  expect(store.unpaidOrderExpiryMinutes).toBeGreaterThan(0);
});

test('there are 12 tables with distinct codes', () => {
  const codes = documents('tables').map((table) => table.code);
  expect(codes).toHaveLength(12);
  expect(new Set(codes).size).toBe(12);
});

test('at least 30 products are spread over 6 categories, each category used', () => {
  const categoryIds = documents('categories').map((category) => category._id);
  const products = documents('products');
  expect(categoryIds).toHaveLength(6);
  expect(products.length).toBeGreaterThanOrEqual(30);
  for (const categoryId of categoryIds) {
    expect(products.filter((product) => product.categoryId === categoryId).length).toBeGreaterThanOrEqual(3);
  }
});

test('every product has spec groups and at least one SKU; sized products price each size on its own SKU', () => {
  const skus = documents('skus');
  let sized = 0;
  for (const product of documents('products')) {
    const groups = product.specGroups as SpecGroup[];
    const own = skus.filter((sku) => sku.productId === product._id);
    expect({ product: product._id, groups: groups.length > 0, skus: own.length > 0 }).toEqual({
      product: product._id,
      groups: true,
      skus: true,
    });
    const size = groups.find((group) => group.kind === 'sku');
    if (size) {
      sized += 1;
      const prices = own.map((sku) => sku.priceFen);
      expect(new Set(prices).size).toBe(size.options.length);
    }
  }
  expect(sized).toBeGreaterThanOrEqual(20);
});

test('temperature and sugar are free choices, and priced add-ons include an extra shot, oat milk and pearls', () => {
  const products = documents('products');
  const groups = products.flatMap((product) => product.specGroups as SpecGroup[]);
  expect(
    groups.filter((group) => group.key === 'temperature').every((group) => group.kind === 'choice'),
  ).toBe(true);
  expect(groups.filter((group) => group.key === 'sugar').every((group) => group.kind === 'choice')).toBe(
    true,
  );
  const addons = new Map(
    products
      .flatMap((product) => product.addons as Array<{ id: string; priceFen: number }>)
      .map((a) => [a.id, a]),
  );
  for (const id of ['extra_shot', 'oat_milk', 'pearls']) expect(addons.get(id)?.priceFen).toBeGreaterThan(0);
});

test('all money in the seed is integer fen, never negative', () => {
  const money = Object.entries(demo).flatMap(([collection, docs]) => moneyIn(docs, collection));
  expect(money.length).toBeGreaterThan(100);
  const wrong = money.filter(({ fen }) => !Number.isInteger(fen) || (fen as number) < 0);
  expect(wrong).toEqual([]);
});

test('names come in zh-CN with an English name alongside', () => {
  for (const collection of ['stores', 'tables', 'categories', 'products', 'coupons']) {
    for (const document of documents(collection)) {
      expect(document.name).toMatch(/[\u4e00-\u9fff]/);
      expect(document.nameEn).toMatch(/^[\x20-\x7e\u00c0-\u00ff¥]+$/);
    }
  }
});

test('a few SKUs have small stock, one is sold out, and drinks are unlimited', () => {
  const skus = documents('skus');
  const limited = skus.filter((sku) => typeof sku.stock === 'number' && sku.stock > 0 && sku.stock <= 10);
  expect(limited.length).toBeGreaterThanOrEqual(3);
  const soldOut = skus.filter((sku) => sku.isSoldOut === true);
  expect(soldOut).toHaveLength(1);
  expect(skus.find((sku) => sku._id === 'sku-latte-medium')?.stock).toBeNull();
});

test('the demo store has one active member per role, each record id `${storeId}_${openid}`', () => {
  const staff = documents('staff');
  expect(staff.map((member) => [member._id, member.role, member.isActive])).toEqual([
    ['store-demo_o-demo-owner', 'owner', true],
    ['store-demo_o-preview-manager', 'manager', true],
    ['store-demo_o-preview-clerk', 'clerk', true],
    ['store-demo_o-preview-kitchen', 'kitchen', true],
  ]);
  for (const member of staff) {
    expect(member._id).toBe(`${String(member.storeId)}_${String(member._openid)}`);
    expect(member.displayName).toMatch(/^演示\S+ Demo [A-Z][a-z]+$/);
  }
});

test('the catalog is readable by anyone, customer data by its owner only (orders also by the the store’s active staff), SKUs (they name orders in their hold marks) by nobody, and no client writes anything', () => {
  const rules = Object.fromEntries(
    definition.collections.map((collection) => [collection.name, collection.rules]),
  );
  for (const name of ['stores', 'tables', 'categories', 'products', 'coupons']) {
    expect({ name, rules: rules[name] }).toEqual({ name, rules: { read: true, write: false } });
  }
  expect(rules.orders).toEqual({
    read: 'doc._openid == auth.openid || get(`database.staff.${doc.storeId}_${auth.openid}`).isActive == true',
    write: false,
  });
  const owned = ['carts', 'refunds', 'members', 'addresses', 'user_coupons', 'subscriptions', 'invoices'];
  for (const name of owned) {
    expect({ name, rules: rules[name] }).toEqual({
      name,
      rules: { read: 'doc._openid == auth.openid', write: false },
    });
  }
  for (const name of ['skus', 'staff', 'audit_log', 'counters']) {
    expect({ name, rules: rules[name] }).toEqual({ name, rules: { read: false, write: false } });
  }
});

test('carts are unique per store and customer, and subscriptions per customer and template', () => {
  const uniqueKeys = (name: string) =>
    definition.collections
      .find((collection) => collection.name === name)
      ?.indexes.filter((index) => index.unique)
      .map((index) => index.keys.map((key) => key.name));
  expect(uniqueKeys('carts')).toEqual([['_openid', 'storeId']]);
  expect(uniqueKeys('subscriptions')).toEqual([['_openid', 'templateId']]);
});
