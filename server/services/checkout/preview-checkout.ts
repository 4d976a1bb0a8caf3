// checkout.preview: the priced breakdown of the caller's cart for a mode, with every line problem and order
// blocker, from one database read; and that read, which placing makes too.
import type { PreviewInput, PreviewOutput } from '../../../typings/contracts/checkout';
import { loadOrderContext, type OrderContext } from '../../repositories/order-context-repository';
import { AppError } from '../../runtime/app-error';
import type { Caller } from '../../runtime/router';
import { quoteCheckout } from './checkout-quote';

/** The store, the caller's cart and what it names, and the dine-in table (one operation); NOT_FOUND without the store. */
export async function readCheckoutContext(input: PreviewInput, caller: Caller): Promise<OrderContext> {
  const tableCode = input.mode === 'dine_in' ? input.tableCode : undefined;
  const context = await loadOrderContext(input.storeId, caller.openid, tableCode);
  if (!context) throw new AppError('NOT_FOUND', 'No such store.', { field: 'storeId' });
  return context;
}

/** The priced breakdown of the caller's cart for a mode, with every line problem and order blocker (one read). */
export async function previewCheckout(
  input: PreviewInput,
  caller: Caller,
  nowMs: number,
): Promise<PreviewOutput> {
  const quote = quoteCheckout(await readCheckoutContext(input, caller), input, nowMs);
  return {
    breakdown: quote.breakdown,
    problems: quote.problems,
    blockers: quote.blockers,
    canPlace: quote.blockers.length === 0 && quote.problems.length === 0,
  };
}
