import { createRouter, defineAction } from '../../server/runtime/router';
import * as validators from '../../server/runtime/validation-compiled/checkout';
import { withBookAddress } from '../../server/services/account/address-for-checkout';
import { placeInputSchema, previewInputSchema } from '../../server/services/checkout/checkout-schemas';
import { placeOrder } from '../../server/services/checkout/place-order';
import { previewCheckout } from '../../server/services/checkout/preview-checkout';

// checkout: the priced order before it is placed, and placing it with its payment sheet in one call.
export const main = createRouter('checkout', validators, {
  preview: defineAction({
    input: previewInputSchema,
    requiresUser: true,
    handle: async (input, caller) =>
      previewCheckout(await withBookAddress(input, caller.openid), caller, Date.now()),
  }),
  place: defineAction({
    input: placeInputSchema,
    requiresUser: true,
    handle: async (input, caller) =>
      placeOrder(await withBookAddress(input, caller.openid), caller, Date.now()),
  }),
});
