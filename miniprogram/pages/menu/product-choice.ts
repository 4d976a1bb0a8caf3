// Whether a product goes straight into the cart: one SKU, no choice to make and no add-ons.
import type { ItemSelection, ProductDetail } from '../../../typings/contracts/catalog';

/** The selection of a product with nothing to choose (every group has one option), or null when there is a choice. */
export function directSelection(product: ProductDetail): ItemSelection | null {
  if (product.skus.length !== 1 || product.addons.length > 0) return null;
  const specs: Record<string, string> = {};
  for (const group of product.specGroups) {
    const [only, ...others] = group.options;
    if (!only || others.length > 0) return null;
    specs[group.key] = only.value;
  }
  return { productId: product.id, specs, addons: [] };
}
