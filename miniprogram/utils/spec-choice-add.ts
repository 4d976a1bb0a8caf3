// Adding a chosen item to the customer's cart through the cart store, and what a refusal teaches.
import type { CartView } from '../../typings/contracts/cart';
import type { ProductDetail } from '../../typings/contracts/catalog';
import type { ErrorCode } from '../../typings/result';
import { cart } from '../stores';
import { selectionOf, type SpecChoice } from './spec-choice';
import { limitFromRefusal, type AddLimit } from './spec-choice-view';

/** The outcome of one add: the cart the server answered, or its refusal code and, for stock, the limit. */
export type AddOutcome =
  { ok: true; cart: CartView } | { ok: false; code: ErrorCode; limit: AddLimit | null };

/** Sends the choice to `cart.add` of `storeId` (the server prices it) and answers what happened. */
export async function addChoice(
  storeId: string,
  product: ProductDetail,
  choice: SpecChoice,
): Promise<AddOutcome> {
  const result = await cart.add(storeId, selectionOf(product, choice), choice.quantity);
  if (result.ok) return { ok: true, cart: result.data };
  const error = result.error;
  if (error.code !== 'OUT_OF_STOCK') return { ok: false, code: error.code, limit: null };
  return { ok: false, code: error.code, limit: limitFromRefusal(error.details, choice.quantity) };
}
