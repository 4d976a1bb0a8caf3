// The cart's refusals as AppErrors: which field was wrong and why, so a page can point at it.
import { MAX_CART_LINES, MAX_LINE_QUANTITY, type CartChangeProblem } from '../../domain/cart-lines';
import type { Availability } from '../../domain/availability';
import type { SelectionProblem } from '../../domain/selection';
import { AppError } from '../../runtime/app-error';

/** What each selection problem means to the customer (the ids it names stay in `details`). */
const SELECTION_WORDS: Readonly<Record<SelectionProblem['code'], string>> = {
  UNKNOWN_PRODUCT: 'no such item on this menu',
  UNLISTED: 'this item is not on the menu now',
  UNKNOWN_SPEC: 'this item has no such option',
  MISSING_SPEC: 'choose every option of this item',
  UNKNOWN_OPTION: 'this item has no such choice',
  SOLD_OUT_CHOICE: 'this choice is sold out now',
  UNKNOWN_ADDON: 'this item has no such add-on',
  ADDON_LIMIT: 'too many of an add-on',
  DUPLICATE_ADDON: 'an add-on is listed twice',
  NO_SKU: 'this combination of options is not sold',
};

/** A selection the catalog refuses: an unknown product, spec, option or add-on is INVALID_INPUT naming the field. */
export function selectionError(problem: SelectionProblem): AppError {
  if (problem.code === 'UNLISTED') {
    return new AppError('NOT_FOUND', 'This item is not on the menu now.', {
      field: 'item.productId',
      problem: problem.code,
    });
  }
  const field =
    problem.code === 'UNKNOWN_PRODUCT'
      ? 'item.productId'
      : problem.code === 'UNKNOWN_ADDON' ||
          problem.code === 'ADDON_LIMIT' ||
          problem.code === 'DUPLICATE_ADDON'
        ? 'item.addons'
        : 'item.specs';
  return new AppError('INVALID_INPUT', `input/${field.replace('.', '/')}: ${SELECTION_WORDS[problem.code]}`, {
    field,
    problem: problem.code,
  });
}

/** A change the cart's rules refuse: an unknown line, too many lines, or too many of one line. */
export function cartChangeError(code: CartChangeProblem, lineId?: string): AppError {
  switch (code) {
    case 'LINE_NOT_FOUND':
      return new AppError('NOT_FOUND', 'input/lineId: no such line in this cart', {
        field: 'lineId',
        ...(lineId !== undefined && { lineId }),
      });
    case 'TOO_MANY_LINES':
      return new AppError('INVALID_INPUT', `a cart holds at most ${MAX_CART_LINES} different items`, {
        field: 'item',
        problem: code,
        limit: MAX_CART_LINES,
      });
    case 'QUANTITY_LIMIT':
      return new AppError('INVALID_INPUT', `input/quantity: at most ${MAX_LINE_QUANTITY} of one item`, {
        field: 'quantity',
        problem: code,
        limit: MAX_LINE_QUANTITY,
      });
  }
}

/** Asking for more than can be ordered: OUT_OF_STOCK naming the SKU and what is left. */
export function outOfStockError(skuId: string, availability: Availability, wantedQuantity: number): AppError {
  const left = availability.stockLeft;
  const message =
    availability.reason === 'NOT_ENOUGH_STOCK'
      ? `Only ${left ?? 0} left of this item.`
      : availability.reason === 'REMOVED'
        ? 'This item is no longer on the menu.'
        : 'This item is sold out.';
  return new AppError('OUT_OF_STOCK', message, {
    skuId,
    stockLeft: left,
    wanted: wantedQuantity,
    reason: availability.reason,
  });
}
