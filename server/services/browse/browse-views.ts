// How catalog records become what the menu shows: store state, menu rows and product details. Pure mapping.
import type { StoreView } from '../../../typings/contracts/browse';
import type {
  AddonView,
  ProductCard,
  ProductDetail,
  SpecGroupView,
} from '../../../typings/contracts/catalog';
import { availabilityOf } from '../../domain/availability';
import type { ProductRecord, SkuRecord, SpecGroupRecord, StoreRecord } from '../../domain/catalog-types';
import { defaultOptionOf, skuMatches } from '../../domain/selection';
import { chinaWeekdayAt } from '../../domain/store-hours';
import type { ProductRowRecord, SkuSummary } from '../../repositories/catalog-repository';
import { storeStateOf, takesOrdersAt } from './store-state';

/**
 * The store as the first screen shows it at `nowMs`, with `queuedOrders` paid orders in its kitchen: open, busy or
 * closed (why, and when it opens), today's hours, modes and fees.
 */
export function storeViewOf(store: StoreRecord, queuedOrders: number, nowMs: number): StoreView {
  const { dine_in: dineIn, pickup, delivery } = store.modes;
  return {
    id: store._id,
    name: store.name,
    nameEn: store.nameEn,
    notice: store.notice,
    noticeEn: store.noticeEn,
    isOpen: takesOrdersAt(store, nowMs),
    ...storeStateOf(store, queuedOrders, nowMs),
    todayHours: (store.hours[chinaWeekdayAt(nowMs)] ?? []).map(({ open, close }) => ({ open, close })),
    modes: { dineIn: dineIn.enabled, pickup: pickup.enabled, delivery: delivery.enabled },
    packagingFeeFen: store.packagingFeeFen,
    delivery: delivery.enabled
      ? { radiusMetres: delivery.radiusMetres, feeFen: delivery.feeFen, minimumFen: delivery.minimumFen }
      : null,
  };
}

/** Picture file id → the http(s) URL customers are shown (gateways/image-urls.ts). */
export type ImageUrls = ReadonlyMap<string, string>;

/** The URL of a picture: its resolved URL, else the file id itself (a mini program <image> shows cloud ids too). */
export function imageUrlOf(fileId: string | undefined, imageUrls: ImageUrls): string {
  if (fileId === undefined || fileId === '') return '';
  return imageUrls.get(fileId) ?? fileId;
}

/** A menu row; a product without any orderable SKU (or without SKUs) is sold out. */
export function productCardOf(
  row: ProductRowRecord,
  summary: SkuSummary | undefined,
  imageUrls: ImageUrls = new Map(),
): ProductCard {
  return {
    id: row._id,
    categoryId: row.categoryId,
    name: row.name,
    nameEn: row.nameEn,
    imageUrl: imageUrlOf(row.imageFileId, imageUrls),
    fromPriceFen: summary?.fromPriceFen ?? 0,
    isSoldOut: (summary?.orderableSkuCount ?? 0) === 0,
    tags: [...row.tags],
  };
}

/** Menu rows in menu order (category order, then each product's `sort`), leaving out hidden categories. */
export function menuRowsOf(
  rows: readonly ProductRowRecord[],
  summaries: readonly SkuSummary[],
  categoryOrder: readonly string[],
  imageUrls: ImageUrls = new Map(),
): ProductCard[] {
  const position = new Map(categoryOrder.map((id, index) => [id, index]));
  const summaryOf = new Map(summaries.map((summary) => [summary.productId, summary]));
  return rows
    .filter((row) => position.has(row.categoryId))
    .map((row) => ({ row, rank: position.get(row.categoryId) ?? 0 }))
    .sort((a, b) => a.rank - b.rank || a.row.sort - b.row.sort)
    .map(({ row }) => productCardOf(row, summaryOf.get(row._id), imageUrls));
}

/** Everything the product sheet needs: spec groups with SKU prices and sold-out flags, add-ons, SKUs. */
export function productDetailOf(
  product: ProductRecord,
  skus: readonly SkuRecord[],
  imageUrls: ImageUrls = new Map(),
): ProductDetail {
  const ownSkus = skus.filter((sku) => sku.productId === product._id);
  const skuViews = ownSkus.map((sku) => {
    const availability = availabilityOf(product, sku, 1);
    return {
      id: sku._id,
      specs: { ...sku.specs },
      priceFen: sku.priceFen,
      isSoldOut: !availability.isAvailable,
      stockLeft: availability.stockLeft,
    };
  });
  const orderable = skuViews.filter((sku) => !sku.isSoldOut);
  return {
    id: product._id,
    categoryId: product.categoryId,
    name: product.name,
    nameEn: product.nameEn,
    imageUrl: imageUrlOf(product.imageFileId, imageUrls),
    fromPriceFen: ownSkus.length === 0 ? 0 : Math.min(...ownSkus.map((sku) => sku.priceFen)),
    isSoldOut: orderable.length === 0,
    tags: [...product.tags],
    description: product.description,
    descriptionEn: product.descriptionEn,
    specGroups: product.specGroups.map((group) => specGroupViewOf(group, product, ownSkus)),
    addons: product.addons.map((addon): AddonView => ({
      id: addon.id,
      name: addon.name,
      nameEn: addon.nameEn,
      priceFen: addon.priceFen,
      maxQuantity: addon.maxQuantity,
    })),
    skus: skuViews,
  };
}

/** A spec group; each option of a `sku` group carries the price and state of the SKU it picks (others at default). */
function specGroupViewOf(
  group: SpecGroupRecord,
  product: ProductRecord,
  skus: readonly SkuRecord[],
): SpecGroupView {
  const defaults: Record<string, string> = {};
  for (const other of product.specGroups) {
    const fallback = defaultOptionOf(other);
    if (other.kind === 'sku' && fallback) defaults[other.key] = fallback.value;
  }
  return {
    key: group.key,
    kind: group.kind,
    name: group.name,
    nameEn: group.nameEn,
    options: group.options.map((option) => {
      const view = {
        value: option.value,
        name: option.name,
        nameEn: option.nameEn,
        isDefault: option.isDefault,
      };
      if (group.kind !== 'sku') return option.isSoldOut === true ? { ...view, isSoldOut: true } : view;
      const sku = skus.find((candidate) => skuMatches(candidate, { ...defaults, [group.key]: option.value }));
      if (!sku) return { ...view, isSoldOut: true };
      return { ...view, priceFen: sku.priceFen, isSoldOut: !availabilityOf(product, sku, 1).isAvailable };
    }),
  };
}
