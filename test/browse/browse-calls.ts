// Typed calls to the `browse` function as a customer would make them, for the browse tests.
import type {
  HomeInput,
  MenuInput,
  ProductInput,
  SearchInput,
  StoresInput,
} from '../../typings/contracts/browse';
import type { TestCloud } from '../support/test-cloud';

/** `browse` actions for one test cloud; each answers the function's Result as is. */
export function browseCalls(shop: TestCloud, openid = 'o-browsing-customer') {
  return {
    home: (input: HomeInput) => shop.call('browse', 'home', input, openid),
    menu: (input: MenuInput) => shop.call('browse', 'menu', input, openid),
    search: (input: SearchInput) => shop.call('browse', 'search', input, openid),
    product: (input: ProductInput) => shop.call('browse', 'product', input, openid),
    stores: (input: StoresInput) => shop.call('browse', 'stores', input, openid),
    /** Any event, unchecked (negative tests). */
    raw: (event: unknown) => shop.callRaw('browse', event, openid),
  };
}
