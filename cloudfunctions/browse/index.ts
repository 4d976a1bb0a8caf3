import { createRouter, defineAction } from '../../server/runtime/router';
import * as validators from '../../server/runtime/validation-compiled/browse';
import { loadHome, loadMenu, loadProduct, searchProducts } from '../../server/services/browse/browse-service';
import {
  homeInputSchema,
  menuInputSchema,
  productInputSchema,
  searchInputSchema,
  storesInputSchema,
} from '../../server/services/browse/browse-schemas';
import { listStores } from '../../server/services/browse/store-picker';

// browse: what a customer sees before ordering. Anyone may browse, signed in or not.
export const main = createRouter('browse', validators, {
  home: defineAction({
    input: homeInputSchema,
    requiresUser: false,
    handle: (input) => loadHome(input, Date.now()),
  }),
  menu: defineAction({ input: menuInputSchema, requiresUser: false, handle: loadMenu }),
  search: defineAction({ input: searchInputSchema, requiresUser: false, handle: searchProducts }),
  product: defineAction({ input: productInputSchema, requiresUser: false, handle: loadProduct }),
  stores: defineAction({
    input: storesInputSchema,
    requiresUser: false,
    handle: (input) => listStores(input, Date.now()),
  }),
});
