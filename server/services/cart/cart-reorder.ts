// Ordering again: the items of one of the caller's past orders go into the cart under the same rules as `add`,
// all in one conditional write of the cart (nothing half-written); items that cannot be ordered now are named.
import type { CartReorderInput, CartReorderOutput } from '../../../typings/contracts/cart';
import type { OrderLineRecord } from '../../domain/order/order-record';
import { availabilityOf } from '../../domain/availability';
import { addLine, cartLineChoiceOf, type StoredCartLine } from '../../domain/cart-lines';
import { resolveSelection, type SelectionProblemCode } from '../../domain/selection';
import { AppError } from '../../runtime/app-error';
import type { Caller } from '../../runtime/router';
import { requireOwnOrder } from '../order/own-order';
import { cartChangeError } from './cart-errors';
import { changeCart } from './cart-service';
import type { CartCatalog } from './cart-views';

type MissingItem = CartReorderOutput['missing'][number];

/** Selection problems that mean the product itself is gone; every other one means its choices changed. */
const GONE: ReadonlySet<SelectionProblemCode> = new Set(['UNKNOWN_PRODUCT', 'UNLISTED']);

/**
 * Puts each line of the caller's order (any status) of this store into their cart again: its product, specs,
 * add-ons and quantity, priced as today (a SKU replaced with the same specs is fine). Lines whose product is gone
 * (`REMOVED`), sold out or short of stock (with the cart's units of that line), or whose specs or add-ons no
 * longer exist (`CHANGED`) are left out and listed in `missing`. Another customer's order, or one of another
 * store, is NOT_FOUND; a cart that would pass 30 lines or 99 of one line is refused whole (nothing written).
 * One read for the order, then a cart change: the cart, the catalog (two reads) and one write.
 */
export async function reorderIntoCart(input: CartReorderInput, caller: Caller): Promise<CartReorderOutput> {
  const order = await requireOwnOrder(input.orderId, caller);
  if (order.storeId !== input.storeId) throw new AppError('NOT_FOUND', 'No such order.');
  let missing: MissingItem[] = [];
  const productIds = order.lines.map((line) => line.productId);
  const cart = await changeCart(
    { storeId: input.storeId, openid: caller.openid },
    productIds,
    (lines, catalog) => {
      const outcome = withOrderLines(lines, order.lines, catalog);
      missing = outcome.missing; // of the attempt that is written
      return outcome.lines;
    },
  );
  return { cart, missing };
}

/** The cart's lines with every orderable order line added (merged like `add`), and the ones left out. */
function withOrderLines(
  lines: readonly StoredCartLine[],
  orderLines: readonly OrderLineRecord[],
  catalog: CartCatalog,
): { lines: StoredCartLine[]; missing: MissingItem[] } {
  let next = [...lines];
  const missing: MissingItem[] = [];
  for (const line of orderLines) {
    const selection = {
      productId: line.productId,
      specs: line.specs,
      addons: line.addons.map((addon) => ({ id: addon.id, quantity: addon.quantity })),
    };
    const resolved = resolveSelection(
      selection,
      catalog.product(line.productId),
      catalog.skusOf(line.productId),
    );
    if (!resolved.ok) {
      missing.push(missingOf(line, GONE.has(resolved.problem.code) ? 'REMOVED' : 'CHANGED'));
      continue;
    }
    const choice = cartLineChoiceOf(resolved.item);
    const added = addLine(next, choice, line.quantity);
    if (!added.ok) throw cartChangeError(added.code);
    const wanted = added.lines.find((candidate) => candidate.lineId === choice.lineId)?.quantity ?? 0;
    const availability = availabilityOf(resolved.item.product, resolved.item.sku, wanted);
    if (!availability.isAvailable) {
      missing.push(missingOf(line, availability.reason ?? 'SOLD_OUT'));
      continue;
    }
    next = added.lines;
  }
  return { lines: next, missing };
}

/** An order line left out, named as the order shows it. */
function missingOf(line: OrderLineRecord, reason: MissingItem['reason']): MissingItem {
  return {
    name: line.name,
    nameEn: line.nameEn,
    specText: line.specText,
    specTextEn: line.specTextEn,
    reason,
  };
}
