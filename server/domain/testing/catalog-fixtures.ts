// Small catalog documents for domain tests: a latte with a size (SKU) group, two free groups and add-ons.
import type { ProductRecord, SkuRecord, StoreRecord } from '../catalog-types';

const at = new Date('2026-01-01T00:00:00Z');

/** A listed latte: size medium/large (SKUs), temperature and sugar (free), add-ons shot (¥4, ≤3) and oat (¥3, ≤1). */
export function latte(overrides: Partial<ProductRecord> = {}): ProductRecord {
  return {
    _id: 'prod-latte',
    storeId: 'store-a',
    categoryId: 'cat-coffee',
    name: '拿铁',
    nameEn: 'Latte',
    description: '',
    descriptionEn: '',
    tags: [],
    sort: 1,
    isListed: true,
    specGroups: [
      {
        key: 'size',
        kind: 'sku',
        name: '杯型',
        nameEn: 'Size',
        options: [
          { value: 'medium', name: '中杯', nameEn: 'Medium', isDefault: true },
          { value: 'large', name: '大杯', nameEn: 'Large', isDefault: false },
        ],
      },
      {
        key: 'temperature',
        kind: 'choice',
        name: '温度',
        nameEn: 'Temperature',
        options: [
          { value: 'hot', name: '热', nameEn: 'Hot', isDefault: true },
          { value: 'iced', name: '冰', nameEn: 'Iced', isDefault: false },
        ],
      },
      {
        key: 'sugar',
        kind: 'choice',
        name: '糖度',
        nameEn: 'Sweetness',
        options: [
          { value: 'none', name: '不加糖', nameEn: 'No sugar', isDefault: true },
          { value: 'light', name: '少糖', nameEn: 'Less sweet', isDefault: false },
        ],
      },
    ],
    addons: [
      { id: 'shot', name: '浓缩', nameEn: 'Extra shot', priceFen: 400, maxQuantity: 3 },
      { id: 'oat', name: '燕麦奶', nameEn: 'Oat milk', priceFen: 300, maxQuantity: 1 },
    ],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** A SKU of the latte (or another product) with the given size, price and stock. */
export function sku(
  id: string,
  specs: Record<string, string>,
  priceFen: number,
  stock: number | null = null,
): SkuRecord {
  return {
    _id: id,
    storeId: 'store-a',
    productId: 'prod-latte',
    specs,
    priceFen,
    stock,
    isSoldOut: false,
    updatedAt: at,
  };
}

/** The latte's two SKUs: medium ¥28 (unlimited) and large ¥32 (5 left). */
export function latteSkus(): SkuRecord[] {
  return [
    sku('sku-latte-medium', { size: 'medium' }, 2800),
    sku('sku-latte-large', { size: 'large' }, 3200, 5),
  ];
}

/** A store in Shanghai that delivers within 3 km, ¥5 fee, ¥30 minimum, ¥1 packaging. */
export function store(overrides: Partial<StoreRecord> = {}): StoreRecord {
  return {
    _id: 'store-a',
    name: '示范店',
    nameEn: 'Demo',
    timezone: 'Asia/Shanghai',
    address: { text: '示范路 1 号', textEn: '1 Demo Road', latitude: 31.188, longitude: 121.437 },
    hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
    modes: {
      dine_in: { enabled: true },
      pickup: { enabled: true, prepMinutes: 10 },
      delivery: { enabled: true, radiusMetres: 3000, feeFen: 500, minimumFen: 3000, prepMinutes: 30 },
    },
    packagingFeeFen: 100,
    unpaidOrderExpiryMinutes: 15,
    notice: '',
    noticeEn: '',
    isAcceptingOrders: true,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
