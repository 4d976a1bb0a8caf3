// What the menu editor draws of each product and category, in the current language. Pure.
import type { StaffCategoryView, StaffProductView } from '../../../../typings/contracts/staff-menu';
import { formatFen, getLocale } from '../../../i18n';
import { st } from '../../i18n';

/** A category in the side nav. */
export interface NavRow {
  id: string;
  label: string;
  isHidden: boolean;
  count: number;
}

/** A product row: names, price, stock and the sold-out switch. */
export interface ProductRow {
  id: string;
  name: string;
  otherName: string;
  imageUrl: string;
  priceText: string;
  stockText: string;
  isSoldOut: boolean;
  isListed: boolean;
  switchText: string;
}

/** The side nav's rows, in menu order, with how many products each holds. */
export function navRowsOf(
  categories: readonly StaffCategoryView[],
  products: readonly StaffProductView[],
): NavRow[] {
  const en = getLocale() === 'en';
  return categories.map((category) => ({
    id: category.id,
    label: en ? category.nameEn : category.name,
    isHidden: !category.isVisible,
    count: products.filter((product) => product.categoryId === category.id).length,
  }));
}

/** A product as its row shows it: from-price when sizes differ, stock over all SKUs. */
export function productRowOf(product: StaffProductView): ProductRow {
  const en = getLocale() === 'en';
  const prices = new Set(product.skus.map((sku) => sku.priceFen));
  const price = formatFen(product.fromPriceFen);
  return {
    id: product.id,
    name: en ? product.nameEn : product.name,
    otherName: en ? product.name : product.nameEn,
    imageUrl: product.imageUrl,
    priceText: prices.size > 1 ? (en ? `from ${price}` : `${price} 起`) : price,
    stockText:
      product.stockTotal === null
        ? st('staff.menu.stockUnlimited')
        : st('staff.menu.stockLeft', { count: product.stockTotal }),
    isSoldOut: product.isSoldOut,
    isListed: product.isListed,
    switchText: st(product.isSoldOut ? 'staff.menu.soldOut' : 'staff.menu.onSale'),
  };
}

/** The rows of one category's products, in their menu order. */
export function rowsOf(products: readonly StaffProductView[], categoryId: string): ProductRow[] {
  return products
    .filter((product) => product.categoryId === categoryId)
    .sort((a, b) => a.sort - b.sort || (a.id < b.id ? -1 : 1))
    .map(productRowOf);
}
