// Cart use cases: one cart per customer per store, every answer priced live. An add writes only its own line
// (atomic), so concurrent adds never conflict; other changes are conditional on the version read (optimistic
// concurrency), retried with a growing random pause, and answer a retryable BUSY if the races outlast them.
import type {
  CartAddInput,
  CartClearInput,
  CartGetInput,
  CartRemoveInput,
  CartSetQuantityInput,
  CartView,
} from '../../../typings/contracts/cart';
import { availabilityOf } from '../../domain/availability';
import {
  addLine,
  cartLineChoiceOf,
  MAX_CART_LINES,
  MAX_LINE_QUANTITY,
  removeLine,
  setLineQuantity,
  type StoredCartLine,
} from '../../domain/cart-lines';
import { resolveSelection } from '../../domain/selection';
import { addCartLine, clearCart, loadCart, saveCartIfUnchanged } from '../../repositories/cart-repository';
import { loadCatalogFor } from '../../repositories/catalog-repository';
import { AppError } from '../../runtime/app-error';
import { suggestionsFor } from '../recommend/cart-suggestions';
import { cartChangeError, outOfStockError, selectionError } from './cart-errors';
import { CartCatalog, cartViewOf, emptyCartView } from './cart-views';

/** Attempts at a conditional write before giving up: one customer's concurrent taps, with room to spare. */
export const MAX_CART_WRITE_ATTEMPTS = 10;

/** Whose cart in which store: the openid comes from the router's caller, never from input. */
export interface CartOwner {
  storeId: string;
  openid: string;
}

/** A change to the lines, given the lines read and the catalog; throws an AppError to refuse (nothing is written). */
type LinesChange = (lines: StoredCartLine[], catalog: CartCatalog) => StoredCartLine[];

/** The cart, priced live: one read, plus two for the catalog when it has lines (and suggestions when asked). */
export async function getCart(input: CartGetInput, openid: string): Promise<CartView> {
  const cart = await loadCart(input.storeId, openid);
  const lines = cart?.lines ?? [];
  const catalog = new CartCatalog();
  if (lines.length === 0) return withSuggestions(input, emptyCartView(input.storeId), lines, catalog);
  await readMissing(input.storeId, catalog, lines);
  return withSuggestions(input, cartViewOf(input.storeId, lines, catalog), lines, catalog);
}

/**
 * Adds a validated selection (merged into the same line when SKU, specs and add-ons match). The write
 * touches only that line, so concurrent adds never conflict; the answer is the cart as stored after it.
 */
export async function addToCart(input: CartAddInput, openid: string): Promise<CartView> {
  const { storeId, item, quantity } = input;
  const catalog = new CartCatalog();
  const cart = await loadCart(storeId, openid);
  await readMissing(storeId, catalog, cart?.lines ?? [], [item.productId]);
  const resolved = resolveSelection(item, catalog.product(item.productId), catalog.skusOf(item.productId));
  if (!resolved.ok) throw selectionError(resolved.problem);
  const choice = cartLineChoiceOf(resolved.item);
  const result = addLine(cart?.lines ?? [], choice, quantity);
  if (!result.ok) throw cartChangeError(result.code);
  const wanted = result.lines.find((line) => line.lineId === choice.lineId)?.quantity ?? quantity;
  const availability = availabilityOf(resolved.item.product, resolved.item.sku, wanted);
  if (!availability.isAvailable) throw outOfStockError(resolved.item.sku._id, availability, wanted);
  const limits = { maxLines: MAX_CART_LINES, maxLineQuantity: MAX_LINE_QUANTITY };
  const outcome = await addCartLine(storeId, openid, { ...choice, quantity }, limits, cart?.lines);
  if (outcome === 'too_many_lines') throw cartChangeError('TOO_MANY_LINES');
  if (outcome === 'quantity_limit') throw cartChangeError('QUANTITY_LIMIT');
  if (outcome === 'contended') throw busyCart();
  const lines = (await loadCart(storeId, openid))?.lines ?? [];
  await readMissing(storeId, catalog, lines);
  return withSuggestions(input, cartViewOf(storeId, lines, catalog), lines, catalog);
}

/** The view with "often ordered together" added when the call asked for it (see recommend/cart-suggestions.ts). */
async function withSuggestions(
  input: { storeId: string; withSuggestions?: boolean },
  view: CartView,
  lines: readonly StoredCartLine[],
  catalog: CartCatalog,
): Promise<CartView> {
  if (input.withSuggestions !== true) return view;
  const productIds = lines.map((line) => line.productId);
  return { ...view, suggestions: await suggestionsFor(input.storeId, productIds, catalog, Date.now()) };
}

/** Sets a line's quantity (0 removes it); raising it past what is left is OUT_OF_STOCK, lowering always works. */
export async function setCartQuantity(input: CartSetQuantityInput, openid: string): Promise<CartView> {
  return changeCart({ storeId: input.storeId, openid }, [], (lines, catalog) => {
    const current = lines.find((line) => line.lineId === input.lineId);
    const result = setLineQuantity(lines, input.lineId, input.quantity);
    if (!result.ok) throw cartChangeError(result.code, input.lineId);
    if (current && input.quantity > current.quantity) {
      const product = catalog.product(current.productId);
      const sku = catalog.skusOf(current.productId).find((candidate) => candidate._id === current.skuId);
      const availability = availabilityOf(product, sku, input.quantity);
      if (!availability.isAvailable) throw outOfStockError(current.skuId, availability, input.quantity);
    }
    return result.lines;
  });
}

/** Removes a line; removing a line that is already gone changes nothing (a double tap is harmless). */
export async function removeFromCart(input: CartRemoveInput, openid: string): Promise<CartView> {
  return changeCart({ storeId: input.storeId, openid }, [], (lines) => {
    const result = removeLine(lines, input.lineId);
    return result.ok ? result.lines : lines;
  });
}

/** Empties the cart (one write, no reads). */
export async function emptyCart(input: CartClearInput, openid: string): Promise<CartView> {
  await clearCart(input.storeId, openid);
  return emptyCartView(input.storeId);
}

/**
 * Read, change, write-if-unchanged; on a lost race read again and redo (`change` runs again on the cart as read). Costs one read, the catalog of
 * products not read before (two reads, once), and one write per attempt; no write when nothing changed.
 */
export async function changeCart(
  owner: CartOwner,
  productIds: string[],
  change: LinesChange,
): Promise<CartView> {
  const catalog = new CartCatalog();
  for (let attempt = 1; attempt <= MAX_CART_WRITE_ATTEMPTS; attempt++) {
    const cart = await loadCart(owner.storeId, owner.openid);
    const lines = cart?.lines ?? [];
    await readMissing(owner.storeId, catalog, lines, productIds);
    const next = change(lines, catalog);
    if (sameLines(lines, next)) return cartViewOf(owner.storeId, lines, catalog);
    const saved = await saveCartIfUnchanged(owner.storeId, owner.openid, next, cart?.version);
    if (saved !== undefined) return cartViewOf(owner.storeId, next, catalog);
    await pauseBeforeRetry(attempt);
  }
  throw busyCart();
}

/** A random pause that grows with each lost race (at most 200 ms), so racing writers stop colliding in step. */
function pauseBeforeRetry(attempt: number): Promise<void> {
  const capMs = Math.min(200, 5 * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * capMs));
}

/** Contention that outlasted the retries: nothing was written, and trying again is safe. */
function busyCart(): AppError {
  return new AppError('BUSY', 'The cart is being changed from elsewhere right now; please try again.', {
    attempts: MAX_CART_WRITE_ATTEMPTS,
  });
}

/** Reads the products (and SKUs) of the lines and `extraIds` that the catalog has not read yet. */
async function readMissing(
  storeId: string,
  catalog: CartCatalog,
  lines: readonly StoredCartLine[],
  extraIds: readonly string[] = [],
): Promise<void> {
  const missing = catalog.missing([...lines.map((line) => line.productId), ...extraIds]);
  if (missing.length > 0) catalog.add(missing, await loadCatalogFor(storeId, missing));
}

function sameLines(before: readonly StoredCartLine[], after: readonly StoredCartLine[]): boolean {
  return (
    before.length === after.length &&
    before.every((line, index) => {
      const other = after[index];
      return other !== undefined && other.lineId === line.lineId && other.quantity === line.quantity;
    })
  );
}
