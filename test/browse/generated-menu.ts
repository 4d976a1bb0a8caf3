// A large generated menu in its own store, shaped like the demo's: to show that costs do not grow with the menu.
import type { DocumentStore } from '../../emulator/src/db/document-store';

/** Size of the generated menu. */
export interface GeneratedMenuSpec {
  storeId: string;
  products: number;
  /** One SKU per size option (`s0`, `s1`, …). */
  skusPerProduct: number;
  /** Categories the products are spread over, round robin; 6 unless told. */
  categories?: number;
  /** Names and image file ids as long as a real shop's (a cloud file id per product, some tags); else short. */
  isRealistic?: boolean;
}

/** A cloud file id as the platform writes them: environment, bucket, then the path. */
const IMAGE_PREFIX = 'cloud://diandan-prod-8g2k1c3e.6469-diandan-prod-8g2k1c3e-1319000000/products';

const DEFAULT_CATEGORY_COUNT = 6;

/**
 * Inserts a store (a copy of the demo store), a table `A01`, six categories (or `categories`), `products` products and their
 * SKUs. Every 7th product is sold out on every SKU; every 5th has one SKU with no stock left (still orderable).
 */
export function insertGeneratedMenu(database: DocumentStore, spec: GeneratedMenuSpec): void {
  const at = new Date('2026-01-01T00:00:00Z');
  const categoryCount = spec.categories ?? DEFAULT_CATEGORY_COUNT;
  const [demoStore] = database.find('stores', { _id: 'store-demo' });
  if (!demoStore) throw new Error('the generated menu copies the demo store; seed it first');
  database.insert('stores', [
    { ...demoStore, _id: spec.storeId, name: '大菜单店', nameEn: 'Big Menu Store' },
  ]);
  database.insert('tables', [
    {
      _id: `${spec.storeId}-a01`,
      storeId: spec.storeId,
      code: 'A01',
      name: 'A01 号桌',
      nameEn: 'Table A01',
      area: '大厅',
      areaEn: 'Hall',
      seats: 4,
      isActive: true,
      createdAt: at,
      updatedAt: at,
    },
  ]);
  database.insert(
    'categories',
    Array.from({ length: categoryCount }, (_, index) => ({
      _id: `${spec.storeId}-cat-${index}`,
      storeId: spec.storeId,
      name: `分类${index}`,
      nameEn: `Category ${index}`,
      sort: index,
      isVisible: true,
      createdAt: at,
      updatedAt: at,
    })),
  );
  const sizes = Array.from({ length: spec.skusPerProduct }, (_, index) => `s${index}`);
  const products = Array.from({ length: spec.products }, (_, index) => ({
    _id: `${spec.storeId}-prod-${index}`,
    storeId: spec.storeId,
    categoryId: `${spec.storeId}-cat-${index % categoryCount}`,
    name: spec.isRealistic ? `招牌生椰拿铁${index}号` : `商品${index}`,
    nameEn: spec.isRealistic ? `Signature Coconut Latte No. ${index}` : `Product ${index}`,
    ...(spec.isRealistic ? { imageFileId: `${IMAGE_PREFIX}/${spec.storeId}-prod-${index}.jpg` } : {}),
    description: '生成的商品。',
    descriptionEn: 'A generated product.',
    tags: spec.isRealistic && index % 4 === 0 ? ['signature'] : [],
    sort: index,
    isListed: true,
    specGroups: [
      {
        key: 'size',
        kind: 'sku',
        name: '规格',
        nameEn: 'Size',
        options: sizes.map((value, option) => ({
          value,
          name: `规格${option}`,
          nameEn: `Size ${option}`,
          isDefault: option === 0,
        })),
      },
    ],
    addons: [],
    createdAt: at,
    updatedAt: at,
  }));
  database.insert('products', products);
  database.insert(
    'skus',
    products.flatMap((product, index) =>
      sizes.map((size, option) => ({
        _id: `${product._id}-${size}`,
        storeId: spec.storeId,
        productId: product._id,
        specs: { size },
        priceFen: 1000 + index + option * 300,
        stock: index % 5 === 0 && option === 0 ? 0 : null,
        isSoldOut: index % 7 === 0,
        updatedAt: at,
      })),
    ),
  );
}
