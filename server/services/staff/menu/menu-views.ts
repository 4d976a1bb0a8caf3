// How stored catalog documents become what the menu editor shows, and the snapshots audit entries keep. Pure.
import type { StaffCategoryView, StaffProductView } from '../../../../typings/contracts/staff-menu';
import type { ProductRecord, SkuRecord } from '../../../domain/catalog-types';
import type { CategoryRecord } from '../../../repositories/catalog-repository';

/** A category as the editor lists it. */
export function categoryViewOf(category: CategoryRecord): StaffCategoryView {
  const { _id: id, name, nameEn, sort, isVisible } = category;
  return { id, name, nameEn, sort, isVisible };
}

/**
 * A product with its own SKUs (cheapest first); a `sku` option reads sold out when every SKU it picks is
 * switched off, a `choice` option by its own switch. `imageUrl` is the picture's http(s) URL ('' for none).
 */
export function productViewOf(
  product: ProductRecord,
  skus: readonly SkuRecord[],
  imageUrl: string,
): StaffProductView {
  const own = skus.filter((sku) => sku.productId === product._id);
  const stocks = own.map((sku) => sku.stock);
  return {
    id: product._id,
    categoryId: product.categoryId,
    name: product.name,
    nameEn: product.nameEn,
    description: product.description,
    descriptionEn: product.descriptionEn,
    tags: [...product.tags],
    sort: product.sort,
    isListed: product.isListed,
    imageFileId: product.imageFileId ?? '',
    imageUrl,
    specGroups: product.specGroups.map((group) => ({
      key: group.key,
      kind: group.kind,
      name: group.name,
      nameEn: group.nameEn,
      options: group.options.map((option) => {
        const picked = own.filter((sku) => sku.specs[group.key] === option.value);
        const isSoldOut =
          group.kind === 'sku'
            ? picked.length > 0 && picked.every((sku) => sku.isSoldOut)
            : option.isSoldOut === true;
        const { value, name, nameEn, isDefault } = option;
        return { value, name, nameEn, isDefault, isSoldOut };
      }),
    })),
    addons: product.addons.map(({ id, name, nameEn, priceFen, maxQuantity }) => ({
      id,
      name,
      nameEn,
      priceFen,
      maxQuantity,
    })),
    skus: own.map((sku) => ({
      id: sku._id,
      specs: { ...sku.specs },
      priceFen: sku.priceFen,
      stock: sku.stock,
      isSoldOut: sku.isSoldOut,
    })),
    fromPriceFen: own.length === 0 ? 0 : Math.min(...own.map((sku) => sku.priceFen)),
    isSoldOut: own.length > 0 && own.every((sku) => sku.isSoldOut),
    stockTotal: stocks.some((stock) => stock === null)
      ? null
      : stocks.reduce<number>((sum, stock) => sum + (stock ?? 0), 0),
  };
}

/** What an audit entry keeps of a product and its SKUs (no descriptions: names, prices, stock, switches). */
export function productSnapshot(product: ProductRecord, skus: readonly SkuRecord[]): Record<string, unknown> {
  return {
    categoryId: product.categoryId,
    name: product.name,
    nameEn: product.nameEn,
    isListed: product.isListed,
    imageFileId: product.imageFileId ?? null,
    specGroups: product.specGroups.map((group) => ({
      key: group.key,
      kind: group.kind,
      options: group.options.map((option) => ({ value: option.value, isSoldOut: option.isSoldOut === true })),
    })),
    addons: product.addons.map((addon) => ({ id: addon.id, priceFen: addon.priceFen })),
    skus: skus.map((sku) => ({
      id: sku._id,
      specs: sku.specs,
      priceFen: sku.priceFen,
      stock: sku.stock,
      isSoldOut: sku.isSoldOut,
    })),
  };
}
