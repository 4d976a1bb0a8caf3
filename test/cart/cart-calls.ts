// Typed calls to the `cart` function as a customer would make them, and selections from the demo menu.
import type { CartView } from '../../typings/contracts/cart';
import type { ItemSelection } from '../../typings/contracts/catalog';
import type { Result } from '../../typings/result';
import { DEMO_STORE, type TestCloud } from '../support/test-cloud';

/** `cart` actions as the customer `openid`; each answers the function's Result as is. */
export function cartCalls(shop: TestCloud, openid: string, storeId = DEMO_STORE) {
  const call = (action: string, input: unknown) =>
    shop.call<Result<CartView>>('cart', { action, input }, openid);
  return {
    get: () => call('get', { storeId }),
    add: (item: ItemSelection, quantity = 1) => call('add', { storeId, item, quantity }),
    setQuantity: (lineId: string, quantity: number) => call('setQuantity', { storeId, lineId, quantity }),
    remove: (lineId: string) => call('remove', { storeId, lineId }),
    clear: () => call('clear', { storeId }),
    raw: (action: string, input: unknown) => call(action, input),
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
