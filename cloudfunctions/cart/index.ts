import { createRouter, defineAction } from '../../server/runtime/router';
import * as validators from '../../server/runtime/validation-compiled/cart';
import {
  cartAddInputSchema,
  cartGetInputSchema,
  cartRemoveInputSchema,
  cartReorderInputSchema,
  cartSetQuantityInputSchema,
  cartStoreInputSchema,
} from '../../server/services/cart/cart-schemas';
import {
  addToCart,
  emptyCart,
  getCart,
  removeFromCart,
  setCartQuantity,
} from '../../server/services/cart/cart-service';
import { reorderIntoCart } from '../../server/services/cart/cart-reorder';

// cart: the caller's own cart in one store; every answer is the whole cart, priced live.
export const main = createRouter('cart', validators, {
  get: defineAction({
    input: cartGetInputSchema,
    requiresUser: true,
    handle: (input, caller) => getCart(input, caller.openid),
  }),
  add: defineAction({
    input: cartAddInputSchema,
    requiresUser: true,
    handle: (input, caller) => addToCart(input, caller.openid),
  }),
  setQuantity: defineAction({
    input: cartSetQuantityInputSchema,
    requiresUser: true,
    handle: (input, caller) => setCartQuantity(input, caller.openid),
  }),
  remove: defineAction({
    input: cartRemoveInputSchema,
    requiresUser: true,
    handle: (input, caller) => removeFromCart(input, caller.openid),
  }),
  reorder: defineAction({
    input: cartReorderInputSchema,
    requiresUser: true,
    handle: (input, caller) => reorderIntoCart(input, caller),
  }),
  clear: defineAction({
    input: cartStoreInputSchema,
    requiresUser: true,
    handle: (input, caller) => emptyCart(input, caller.openid),
  }),
});
