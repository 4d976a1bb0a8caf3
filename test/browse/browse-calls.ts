// Typed calls to the `browse` function as a customer would make them, for the browse tests.
import type {
  HomeInput,
  HomeOutput,
  ProductInput,
  ProductOutput,
  SearchInput,
  SearchOutput,
} from '../../typings/contracts/browse';
import type { Result } from '../../typings/result';
import type { TestCloud } from '../support/test-cloud';

/** `browse` actions for one test cloud; each answers the function's Result as is. */
export function browseCalls(shop: TestCloud, openid = 'o-browsing-customer') {
  return {
    home: (input: HomeInput) => shop.call<Result<HomeOutput>>('browse', { action: 'home', input }, openid),
    search: (input: SearchInput) =>
      shop.call<Result<SearchOutput>>('browse', { action: 'search', input }, openid),
    product: (input: ProductInput) =>
      shop.call<Result<ProductOutput>>('browse', { action: 'product', input }, openid),
    raw: (event: unknown) => shop.call<Result<unknown>>('browse', event, openid),
  };
}
