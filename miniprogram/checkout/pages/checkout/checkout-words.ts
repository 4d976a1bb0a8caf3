// What stops or troubles an order, in the customer's words: blockers, unavailable lines, stock to fix.
import type { CartLineView } from '../../../../typings/contracts/cart';
import type {
  CheckoutBlocker,
  OutOfStockDetails,
  PreviewOutput,
} from '../../../../typings/contracts/checkout';
import { getLocale, money, t } from '../../../i18n';
import { unavailableText } from '../../../pages/cart/rows';

/** A blocker in words (distances in km, minimums as money). */
export function blockerText(blocker: CheckoutBlocker): string {
  if (blocker.code === 'OUT_OF_RANGE') {
    const km = ((blocker.distanceMetres ?? 0) / 1000).toFixed(1);
    return t('checkout.blocker.OUT_OF_RANGE', { distance: t('checkout.distanceKm', { km }) });
  }
  if (blocker.code === 'BELOW_MINIMUM')
    return t('checkout.blocker.BELOW_MINIMUM', { amount: money(blocker.minimumFen ?? 0) });
  return t(`checkout.blocker.${blocker.code}`);
}

/** The name of a cart line in the current language. */
function nameOf(line: { name: string; nameEn: string }): string {
  return getLocale() === 'en' ? line.nameEn : line.name;
}

/** One line short of stock (or gone) with its one-tap fix: set the line to what is left, or remove it. */
export interface StockFixRow {
  lineId: string;
  text: string;
  fixText: string;
  /** What the line becomes; 0 removes it. */
  fixQuantity: number;
}

/** What is left of a line to order: what stock remains when the server counts it short, else nothing. */
function unitsLeft(reason: string, stockLeft: number | null): number {
  return reason === 'NOT_ENOUGH_STOCK' ? (stockLeft ?? 0) : 0;
}

/** The one-tap fix of a line: set it to what is left, or remove it. */
function fixText(left: number): string {
  return left > 0 ? t('checkout.outOfStock.setTo', { count: left }) : t('checkout.outOfStock.remove');
}

/** Each unavailable line of a preview as "name: reason" with its fix, named from the cart the page holds. */
export function problemRows(
  problems: PreviewOutput['problems'],
  lines: readonly CartLineView[],
): StockFixRow[] {
  const separator = getLocale() === 'en' ? ': ' : '：';
  return problems.map((problem) => {
    const line = lines.find((candidate) => candidate.lineId === problem.lineId);
    const reason = unavailableText(problem.reason, problem.stockLeft);
    const left = unitsLeft(problem.reason, problem.stockLeft);
    return {
      lineId: problem.lineId,
      text: line ? `${nameOf(line)}${separator}${reason}` : reason,
      fixText: fixText(left),
      fixQuantity: left,
    };
  });
}

/** The fixes for an OUT_OF_STOCK refusal; an item without a line id is matched to the cart by SKU. */
export function stockFixRows(details: OutOfStockDetails, lines: readonly CartLineView[]): StockFixRow[] {
  return details.items.flatMap((item) => {
    const lineId = item.lineId ?? lines.find((line) => line.skuId === item.skuId)?.lineId;
    if (!lineId) return [];
    const left = unitsLeft(item.reason, item.stockLeft);
    const name = nameOf(item);
    return [
      {
        lineId,
        text:
          left > 0
            ? t('checkout.outOfStock.left', { name, count: left })
            : t('checkout.outOfStock.gone', { name }),
        fixText: fixText(left),
        fixQuantity: left,
      },
    ];
  });
}
