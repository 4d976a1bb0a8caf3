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

/** The demo café's id in the seed. */
export const DEMO_STORE = 'store-demo';

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

/** The data of a successful Result; fails the test with the error otherwise. */
export function dataOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}
