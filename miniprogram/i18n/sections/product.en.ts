import type { TableOf } from '../types';
import type { productZh } from './product.zh-cn';

/** English texts of the spec sheet and product detail: exactly the keys of the zh-CN section. */
export const productEn: TableOf<typeof productZh> = {
  'product.choose': 'Choose {name}',
  'product.reason.soldOut': 'Sold out',
  'product.reason.noSku': 'Not available in this combination',
  'product.reason.notEnough': 'Only {count} left',
  'product.outOfStock': 'Not enough stock: only {count} left',
  'product.outOfStockInCart': 'Not enough stock: only {count} left, {inCart} already in your cart',
  'product.added': 'Added to cart',
  'product.required': 'Required',
  'product.addons': 'Add-ons',
  'product.optional': 'Optional',
  'product.each': '{amount} each',
  'product.close': 'Close',
  'product.decrease': 'Fewer',
  'product.increase': 'More',
  'product.notFound': 'This item is not on the menu',
  'product.soldOutToday': 'Sold out today',
  'product.backToMenu': 'Back to menu',
  'product.details': 'About this item',
};
