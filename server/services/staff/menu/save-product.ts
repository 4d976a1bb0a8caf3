// staff.saveProduct: create a product or replace one, with its spec groups, add-ons and SKUs, all or nothing.
// SKUs are matched to the stored ones by their choices, so a kept size keeps its id (and its stock holds); a
// size no longer offered loses its SKU, a new one gets one. Prices are integer fen, checked before any write.
import { randomBytes } from 'node:crypto';
import type { SaveProductInput, SaveProductOutput } from '../../../../typings/contracts/staff-menu';
import type { ProductRecord, SkuRecord } from '../../../domain/catalog-types';
import {
  applyCatalogWrites,
  lastProductSort,
  listAllCategories,
  loadProductOf,
  type CatalogWrite,
} from '../../../repositories/menu-edit-repository';
import { AppError } from '../../../runtime/app-error';
import type { Caller } from '../../../runtime/router';
import { productViewsOf } from './load-menu';
import { auditMenuWrite, requireMenuRole } from './menu-access';
import { productSnapshot } from './menu-views';
import { draftProblem } from './product-rules';

/** Gap between neighbours' `sort` in a category. */
const SORT_STEP = 10;

/** The folder a store's product pictures are uploaded to (the page names files `<productId>-<time>.jpg` in it). */
export function productImageFolder(storeId: string): string {
  return `products/${storeId}/`;
}

/** Saves the product and its SKUs; answers it as stored. */
export async function saveProduct(
  input: SaveProductInput,
  caller: Caller,
  nowMs: number,
): Promise<SaveProductOutput> {
  const productId = input.productId ?? `prod-${randomBytes(6).toString('hex')}`;
  const target = { storeId: input.storeId, targetCollection: 'products', targetId: productId } as const;
  const member = await requireMenuRole(caller, 'saveProduct', target, nowMs);
  const problem = draftProblem(input, productImageFolder(input.storeId));
  if (problem) {
    throw new AppError('INVALID_INPUT', `input/${problem.field}: ${problem.message}`, {
      field: problem.field,
      problem: problem.problem,
    });
  }
  const [categories, stored] = await Promise.all([
    listAllCategories(input.storeId),
    input.productId === undefined ? undefined : loadProductOf(input.storeId, input.productId),
  ]);
  if (input.productId !== undefined && !stored) {
    throw new AppError('NOT_FOUND', 'No such product in this store.', { field: 'productId' });
  }
  if (!categories.some((category) => category._id === input.categoryId)) {
    throw new AppError('INVALID_INPUT', 'input/categoryId: no such category in this store', {
      field: 'categoryId',
      problem: 'UNKNOWN_CATEGORY',
    });
  }
  const at = new Date(nowMs);
  const product = productRecordOf(
    input,
    productId,
    stored?.product,
    at,
    await nextSort(input, stored?.product),
  );
  const { skus, stockKept } = skuRecordsOf(input, product, stored?.skus ?? [], at);
  await applyCatalogWrites(writesOf(product, skus, stored?.skus ?? [], stockKept));
  await auditMenuWrite(
    member,
    caller,
    'saveProduct',
    target,
    stored ? productSnapshot(stored.product, stored.skus) : null,
    productSnapshot(product, skus),
    nowMs,
  );
  const [view] = await productViewsOf([product], skus, nowMs);
  if (!view) throw new Error('the saved product has no view');
  return { product: view };
}

/** A new product (or one moved to another category) goes last in its category; a kept one keeps its place. */
async function nextSort(input: SaveProductInput, stored: ProductRecord | undefined): Promise<number> {
  if (stored && stored.categoryId === input.categoryId) return stored.sort;
  return (await lastProductSort(input.storeId, input.categoryId)) + SORT_STEP;
}

function productRecordOf(
  input: SaveProductInput,
  productId: string,
  stored: ProductRecord | undefined,
  at: Date,
  sort: number,
): ProductRecord {
  const imageFileId = input.imageFileId ?? stored?.imageFileId ?? '';
  return {
    _id: productId,
    storeId: input.storeId,
    categoryId: input.categoryId,
    name: input.name.trim(),
    nameEn: input.nameEn.trim(),
    description: input.description.trim(),
    descriptionEn: input.descriptionEn.trim(),
    ...(imageFileId !== '' && { imageFileId }),
    tags: [...(input.tags ?? stored?.tags ?? [])],
    sort,
    isListed: input.isListed,
    specGroups: input.specGroups.map((group) => ({
      key: group.key,
      kind: group.kind,
      name: group.name.trim(),
      nameEn: group.nameEn.trim(),
      options: group.options.map((option) => ({
        value: option.value,
        name: option.name.trim(),
        nameEn: option.nameEn.trim(),
        isDefault: option.isDefault,
        // A `sku` option is switched on its SKUs; only a free choice keeps its own switch.
        ...(group.kind === 'choice' && option.isSoldOut === true && { isSoldOut: true }),
      })),
    })),
    addons: input.addons.map((addon) => ({ ...addon, name: addon.name.trim(), nameEn: addon.nameEn.trim() })),
    createdAt: stored?.createdAt ?? at,
    updatedAt: at,
  };
}

/** The product's SKUs after the save: stored ones with the same choices keep their id. */
function skuRecordsOf(
  input: SaveProductInput,
  product: ProductRecord,
  stored: readonly SkuRecord[],
  at: Date,
): { skus: SkuRecord[]; stockKept: Set<string> } {
  const stockKept = new Set<string>();
  const keys = product.specGroups.filter((group) => group.kind === 'sku').map((group) => group.key);
  const storedByKey = new Map(stored.map((sku) => [exactSpecs(sku.specs), sku]));
  const skus = input.skus.map((sku) => {
    const kept = storedByKey.get(exactSpecs(sku.specs));
    const specs = Object.fromEntries(keys.map((key) => [key, sku.specs[key] ?? '']));
    const id = kept?._id ?? `sku-${randomBytes(6).toString('hex')}`;
    if (kept && sku.keepStock === true) stockKept.add(id);
    return {
      _id: id,
      storeId: product.storeId,
      productId: product._id,
      specs,
      priceFen: sku.priceFen,
      stock: kept && sku.keepStock === true ? kept.stock : (sku.stock ?? null),
      isSoldOut: sku.isSoldOut ?? kept?.isSoldOut ?? false,
      updatedAt: at,
    };
  });
  return { skus, stockKept };
}

/** The product replaced whole; kept SKUs updated field by field (their stock marks stay), new set, gone removed. */
function writesOf(
  product: ProductRecord,
  skus: readonly SkuRecord[],
  stored: readonly SkuRecord[],
  stockKept: ReadonlySet<string>,
): CatalogWrite[] {
  const { _id: productId, ...productData } = product;
  const storedIds = new Set(stored.map((sku) => sku._id));
  const keptIds = new Set(skus.map((sku) => sku._id));
  return [
    { collection: 'products', id: productId, kind: 'set', data: productData },
    ...skus.map((sku): CatalogWrite => {
      const { _id: id, ...data } = sku;
      return storedIds.has(id)
        ? { collection: 'skus', id, kind: 'update', data: keptFields(data, stockKept.has(id)) }
        : { collection: 'skus', id, kind: 'set', data };
    }),
    ...stored
      .filter((sku) => !keptIds.has(sku._id))
      .map((sku): CatalogWrite => ({ collection: 'skus', id: sku._id, kind: 'remove' })),
  ];
}

/** A SKU's choices compared exactly: every key and value, in key order. */
function exactSpecs(specs: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.entries(specs).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * What a save changes on a kept SKU: its choices are the same by definition and its stock marks stay; its stock
 * too when the editor left the count alone, so units orders took since the editor opened are not given back.
 */
function keptFields(sku: Omit<SkuRecord, '_id'>, isStockKept: boolean): Record<string, unknown> {
  const { priceFen, isSoldOut, updatedAt } = sku;
  return isStockKept
    ? { priceFen, isSoldOut, updatedAt }
    : { priceFen, stock: sku.stock, isSoldOut, updatedAt };
}
