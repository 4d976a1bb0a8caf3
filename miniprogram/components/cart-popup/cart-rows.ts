// The cart popup's rows: each line's words and money as drawn, and which paths changed between two answers.
import type { CartLineView, CartSuggestion } from '../../../typings/contracts/cart';
import { formatFen } from '../../i18n/format';
import { t, type Locale } from '../../i18n';

/** A cart line as the popup draws it. */
export interface CartRow {
  lineId: string;
  name: string;
  specText: string;
  totalText: string;
  quantity: number;
  /** The server's reason a line cannot be ordered now; empty when it can. */
  reason: string;
}

/** A suggestion as the popup draws it. */
export interface SuggestionRow {
  productId: string;
  name: string;
  priceText: string;
  imageUrl: string;
}

/** The server's reason, in words, for a line it marked unavailable. */
function unavailableText(line: CartLineView): string {
  if (line.isAvailable) return '';
  if (line.unavailableReason === 'NOT_ENOUGH_STOCK')
    return t('cart.unavailable.NOT_ENOUGH_STOCK', { count: line.stockLeft ?? 0 });
  return t(line.unavailableReason === 'REMOVED' ? 'cart.unavailable.REMOVED' : 'cart.unavailable.SOLD_OUT');
}

/** A line in `locale`. */
export function cartRow(line: CartLineView, locale: Locale): CartRow {
  const isZh = locale === 'zh-CN';
  return {
    lineId: line.lineId,
    name: isZh ? line.name : line.nameEn,
    specText: isZh ? line.specText : line.specTextEn,
    totalText: formatFen(line.lineTotalFen),
    quantity: line.quantity,
    reason: unavailableText(line),
  };
}

/** A suggestion in `locale`. */
export function suggestionRow(suggestion: CartSuggestion, locale: Locale): SuggestionRow {
  return {
    productId: suggestion.productId,
    name: locale === 'zh-CN' ? suggestion.name : suggestion.nameEn,
    priceText: formatFen(suggestion.fromPriceFen),
    imageUrl: suggestion.imageUrl,
  };
}

/**
 * The setData that turns `before` into `after`: only the changed fields (`rows[1].quantity`) when the same
 * lines are in the same order, else the whole list; an empty object when nothing changed.
 */
export function rowChanges(before: readonly CartRow[], after: readonly CartRow[]): Record<string, unknown> {
  const sameLines =
    before.length === after.length && before.every((row, index) => row.lineId === after[index]?.lineId);
  if (!sameLines) return { rows: after };
  const changes: Record<string, unknown> = {};
  after.forEach((row, index) => {
    const old = before[index];
    for (const key of ['name', 'specText', 'totalText', 'quantity', 'reason'] as const) {
      if (old?.[key] !== row[key]) changes[`rows[${index}].${key}`] = row[key];
    }
  });
  return changes;
}
