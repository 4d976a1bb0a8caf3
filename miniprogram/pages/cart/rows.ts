// Cart lines and suggestions as the cart page draws them: names in the current language, money formatted.
import type { CartLineView, CartSuggestion, CartView } from '../../../typings/contracts/cart';
import type { ItemSelection } from '../../../typings/contracts/catalog';
import { choiceText } from '../../components/price-breakdown/rows';
import { getLocale, money, t } from '../../i18n';

/** The most units one line may hold when the server names no stock (as the stepper allows). */
const UNLIMITED_UNITS = 99;

/** One cart line as drawn; `isRemoved` hides a line removed since the list was drawn (so no re-draw of the list). */
export interface CartLineRow {
  lineId: string;
  productId: string;
  name: string;
  specText: string;
  quantity: number;
  /** The stepper's top: what is left when stock is counted. */
  maxQuantity: number;
  unitPrice: string;
  lineTotal: string;
  isAvailable: boolean;
  /** The server's reason in words, when the line cannot be ordered now. */
  reasonText: string;
  /** "Price changed from … to …" when the unit price differs from what the customer saw before. */
  priceChangedText: string;
  isRemoved: boolean;
}

/** A suggestion as drawn. */
export interface SuggestionRow {
  productId: string;
  name: string;
  imageUrl: string;
  fromPrice: string;
}

/** The server's reason for an unavailable line, in words. */
export function unavailableText(reason: CartLineView['unavailableReason'], stockLeft: number | null): string {
  if (reason === 'NOT_ENOUGH_STOCK') return t('cart.unavailable.NOT_ENOUGH_STOCK', { count: stockLeft ?? 0 });
  if (reason === 'SOLD_OUT') return t('cart.unavailable.SOLD_OUT');
  return t('cart.unavailable.REMOVED');
}

/** A line as drawn; `seenUnitFen` is the unit price the customer saw before, when known. */
export function lineRow(line: CartLineView, seenUnitFen: number | undefined): CartLineRow {
  const isEnglish = getLocale() === 'en';
  const priceChanged = seenUnitFen !== undefined && seenUnitFen !== line.unitPriceFen;
  return {
    lineId: line.lineId,
    productId: line.productId,
    name: isEnglish ? line.nameEn : line.name,
    specText: choiceText(line, isEnglish),
    quantity: line.quantity,
    maxQuantity: Math.max(line.quantity, line.stockLeft ?? UNLIMITED_UNITS),
    unitPrice: money(line.unitPriceFen),
    lineTotal: money(line.lineTotalFen),
    isAvailable: line.isAvailable,
    reasonText: line.isAvailable ? '' : unavailableText(line.unavailableReason, line.stockLeft),
    priceChangedText: priceChanged
      ? t('checkout.cart.priceChanged', { from: money(seenUnitFen), to: money(line.unitPriceFen) })
      : '',
    isRemoved: false,
  };
}

/** Every line of `view`, each compared with the unit price seen before (lineId → fen). */
export function lineRows(view: CartView, seenUnitFen: ReadonlyMap<string, number>): CartLineRow[] {
  return view.lines.map((line) => lineRow(line, seenUnitFen.get(line.lineId)));
}

/** The suggestions of `view` as drawn (none when the call did not ask). */
export function suggestionRows(view: CartView): SuggestionRow[] {
  const isEnglish = getLocale() === 'en';
  return (view.suggestions ?? []).map((suggestion: CartSuggestion) => ({
    productId: suggestion.productId,
    name: isEnglish ? suggestion.nameEn : suggestion.name,
    imageUrl: suggestion.imageUrl,
    fromPrice: t('checkout.cart.fromPrice', { amount: money(suggestion.fromPriceFen) }),
  }));
}

/** The selection a line holds, to start the spec sheet from when changing its specs. */
export function selectionOf(line: CartLineView): ItemSelection {
  return {
    productId: line.productId,
    specs: { ...line.specs },
    addons: line.addons.map((addon) => ({ id: addon.id, quantity: addon.quantity })),
  };
}
