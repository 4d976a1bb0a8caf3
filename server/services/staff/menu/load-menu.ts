// staff.menu: a store's whole menu as the editor shows it, hidden categories and unlisted products too, with
// pictures as URLs. Four reads (membership, categories, products, SKUs) and a storage call for new pictures.
import type {
  StaffMenuInput,
  StaffMenuOutput,
  StaffProductView,
} from '../../../../typings/contracts/staff-menu';
import type { ProductRecord, SkuRecord } from '../../../domain/catalog-types';
import { imageUrlsOf } from '../../../gateways/image-urls';
import { loadStoreCatalog } from '../../../repositories/menu-edit-repository';
import type { Caller } from '../../../runtime/router';
import { mayEditMenu, requireMenuRole } from './menu-access';
import { categoryViewOf, productViewOf } from './menu-views';

/** The store's categories in order and every product with its SKUs, for any of its active staff. */
export async function loadStaffMenu(
  input: StaffMenuInput,
  caller: Caller,
  nowMs: number,
): Promise<StaffMenuOutput> {
  const target = { storeId: input.storeId, targetCollection: 'products', targetId: input.storeId } as const;
  const member = await requireMenuRole(caller, 'menu', target, nowMs);
  const { categories, products, skus } = await loadStoreCatalog(input.storeId);
  return {
    storeId: input.storeId,
    canEdit: mayEditMenu(member.role, 'saveProduct'),
    categories: categories.map(categoryViewOf),
    products: await productViewsOf(products, skus, nowMs),
  };
}

/** Products as the editor shows them, their pictures resolved in one batch. */
export async function productViewsOf(
  products: readonly ProductRecord[],
  skus: readonly SkuRecord[],
  nowMs: number,
): Promise<StaffProductView[]> {
  const urls = await imageUrlsOf(
    products.flatMap((product) => (product.imageFileId ? [product.imageFileId] : [])),
    nowMs,
  );
  return products.map((product) =>
    productViewOf(product, skus, product.imageFileId ? (urls.get(product.imageFileId) ?? '') : ''),
  );
}
