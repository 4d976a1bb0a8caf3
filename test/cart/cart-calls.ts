// Typed calls to the `cart` function as a customer would make them, and selections from the demo menu.
import type { ItemSelection } from '../../typings/contracts/catalog';
import { DEMO_STORE, type TestCloud } from '../support/test-cloud';

/** `cart` actions as the customer `openid`; each answers the function's Result as is. */
export function cartCalls(shop: TestCloud, openid: string, storeId = DEMO_STORE) {
  return {
    get: () => shop.call('cart', 'get', { storeId }, openid),
    add: (item: ItemSelection, quantity = 1) => shop.call('cart', 'add', { storeId, item, quantity }, openid),
    setQuantity: (lineId: string, quantity: number) =>
      shop.call('cart', 'setQuantity', { storeId, lineId, quantity }, openid),
    remove: (lineId: string) => shop.call('cart', 'remove', { storeId, lineId }, openid),
    clear: () => shop.call('cart', 'clear', { storeId }, openid),
    /** Any input to any action, unchecked (negative tests). */
    raw: (action: string, input: unknown) => shop.callRaw('cart', { action, input }, openid),
  };
}

/** A selection of a demo product: no specs (defaults apply) and no add-ons unless given. */
export function pick(
  productId: string,
  specs: Record<string, string> = {},
  addons: ItemSelection['addons'] = [],
): ItemSelection {
  return { productId, specs, addons };
}
