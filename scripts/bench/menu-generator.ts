// A generated menu of any size, for measuring how costs grow with the menu (the bench's 500-product shop).

type Doc = Record<string, unknown>;

const SIZES = [
  { value: 'medium', name: '中杯', nameEn: 'Medium', isDefault: true },
  { value: 'large', name: '大杯', nameEn: 'Large', isDefault: false },
];
const TEMPERATURES = [
  { value: 'hot', name: '热', nameEn: 'Hot', isDefault: true },
  { value: 'iced', name: '冰', nameEn: 'Iced', isDefault: false },
];

/** Where a shop's product images live: a cloud file id names the environment and bucket, then the path. */
const IMAGE_PREFIX = 'cloud://diandan-prod-8g2k1c3e.6469-diandan-prod-8g2k1c3e-1319000000/products';

/** A copy of `template` store as `storeId` with `productCount` products over `categoryCount` categories, two SKUs each. */
export function generateMenu(
  template: Doc,
  storeId: string,
  productCount: number,
  categoryCount = 10,
): Record<string, Doc[]> {
  const at = new Date('2026-01-01T00:00:00Z');
  const categories = Array.from({ length: categoryCount }, (_, i) => ({
    _id: `${storeId}-cat-${i}`,
    storeId,
    name: `分类${i + 1}`,
    nameEn: `Category ${i + 1}`,
    sort: i * 10,
    isVisible: true,
    createdAt: at,
    updatedAt: at,
  }));
  const products: Doc[] = [];
  const skus: Doc[] = [];
  for (let i = 0; i < productCount; i++) {
    const productId = `${storeId}-prod-${i}`;
    products.push({
      _id: productId,
      storeId,
      categoryId: `${storeId}-cat-${i % categoryCount}`,
      // As long as a real shop's names, with a cloud file id per product image.
      name: `招牌生椰拿铁${i + 1}号`,
      nameEn: `Signature Coconut Latte No. ${i + 1}`,
      imageFileId: `${IMAGE_PREFIX}/${productId}.jpg`,
      description: '生成的菜单项',
      descriptionEn: 'A generated menu item',
      tags: i % 4 === 0 ? ['signature'] : [],
      sort: i,
      isListed: true,
      specGroups: [
        { key: 'size', kind: 'sku', name: '杯型', nameEn: 'Size', options: SIZES },
        { key: 'temperature', kind: 'choice', name: '温度', nameEn: 'Temperature', options: TEMPERATURES },
      ],
      addons: [{ id: 'extra_shot', name: '加浓缩', nameEn: 'Extra shot', priceFen: 400, maxQuantity: 2 }],
      createdAt: at,
      updatedAt: at,
    });
    for (const [index, size] of SIZES.entries()) {
      skus.push({
        _id: `${productId}-${size.value}`,
        storeId,
        productId,
        specs: { size: size.value },
        priceFen: 1500 + (i % 20) * 100 + index * 300,
        stock: i % 7 === 0 ? 50 : null,
        isSoldOut: i % 50 === 49,
        updatedAt: at,
      });
    }
  }
  return { stores: [{ ...template, _id: storeId }], categories, products, skus };
}
