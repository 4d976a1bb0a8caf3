// The lines of a stored cart (the `carts` document's `items`) and the rules for changing them; never mutates input.
import type { ProductRecord, SkuRecord } from './catalog-types';
import { resolveSelection, type ResolvedItem, type SelectionResult } from './selection';
import { stableHash } from './stable-hash';

/** One cart line as stored: same SKU + specs + add-ons is the same line. Prices are never stored. */
export interface StoredCartLine {
  lineId: string;
  productId: string;
  skuId: string;
  /** Every spec value chosen, sizes and free options alike. */
  specs: Record<string, string>;
  addons: Array<{ id: string; quantity: number }>;
  quantity: number;
}

/** A line before it has a quantity: what `addLine` is given. */
export type CartLineChoice = Omit<StoredCartLine, 'quantity'>;

/** Most distinct lines one cart holds (the schema allows 50; 30 keeps a cart readable and a checkout bounded). */
export const MAX_CART_LINES = 30;
/** Most units of one line. */
export const MAX_LINE_QUANTITY = 99;

/** Why a cart change was refused. */
export type CartChangeProblem = 'LINE_NOT_FOUND' | 'TOO_MANY_LINES' | 'QUANTITY_LIMIT';

/** The outcome of a cart change: the new lines, or why not. */
export type CartChangeResult = { ok: true; lines: StoredCartLine[] } | { ok: false; code: CartChangeProblem };

/** The line id of a choice: deterministic, independent of key and add-on order, 24 chars of [a-z0-9]. */
export function cartLineId(
  skuId: string,
  specs: Record<string, string>,
  addons: ReadonlyArray<{ id: string; quantity: number }>,
): string {
  const specPairs = Object.keys(specs)
    .sort()
    .map((key) => [key, specs[key]]);
  const addonPairs = addons
    .map((addon) => [addon.id, addon.quantity] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `ln${stableHash(JSON.stringify([skuId, specPairs, addonPairs]))}`;
}

/** The cart line a resolved item becomes (its id computed from SKU, specs and add-ons). */
export function cartLineChoiceOf(item: ResolvedItem): CartLineChoice {
  const addons = item.addons.map((addon) => ({ id: addon.id, quantity: addon.quantity }));
  return {
    lineId: cartLineId(item.sku._id, item.specs, addons),
    productId: item.product._id,
    skuId: item.sku._id,
    specs: { ...item.specs },
    addons,
  };
}

/**
 * A stored line resolved again against today's catalog. Rule: the line's SKU must still be the one its
 * specs pick; a line whose choices now pick another SKU is no longer what was chosen (NO_SKU).
 */
export function resolveStoredLine(
  line: StoredCartLine,
  product: ProductRecord | undefined,
  skus: readonly SkuRecord[],
): SelectionResult {
  const resolved = resolveSelection(
    { productId: line.productId, specs: line.specs, addons: line.addons },
    product,
    skus,
  );
  if (resolved.ok && resolved.item.sku._id !== line.skuId) {
    return { ok: false, problem: { code: 'NO_SKU', message: `SKU ${line.skuId} was replaced` } };
  }
  return resolved;
}

function isLineQuantity(quantity: number): boolean {
  return Number.isSafeInteger(quantity) && quantity >= 1 && quantity <= MAX_LINE_QUANTITY;
}

/** Add `quantity` of a choice: merged into the line with the same id, else appended (QUANTITY_LIMIT past 99). */
export function addLine(
  lines: readonly StoredCartLine[],
  line: CartLineChoice,
  quantity: number,
): CartChangeResult {
  if (!isLineQuantity(quantity)) return { ok: false, code: 'QUANTITY_LIMIT' };
  const existing = lines.find((candidate) => candidate.lineId === line.lineId);
  if (existing !== undefined) {
    const merged = existing.quantity + quantity;
    if (!isLineQuantity(merged)) return { ok: false, code: 'QUANTITY_LIMIT' };
    return {
      ok: true,
      lines: lines.map((candidate) =>
        candidate === existing ? { ...candidate, quantity: merged } : candidate,
      ),
    };
  }
  if (lines.length >= MAX_CART_LINES) return { ok: false, code: 'TOO_MANY_LINES' };
  const added: StoredCartLine = {
    lineId: line.lineId,
    productId: line.productId,
    skuId: line.skuId,
    specs: { ...line.specs },
    addons: line.addons.map((addon) => ({ ...addon })),
    quantity,
  };
  return { ok: true, lines: [...lines, added] };
}

/** Set a line's quantity (0 removes it); LINE_NOT_FOUND for an unknown id, QUANTITY_LIMIT outside 0–99. */
export function setLineQuantity(
  lines: readonly StoredCartLine[],
  lineId: string,
  quantity: number,
): CartChangeResult {
  if (!lines.some((line) => line.lineId === lineId)) return { ok: false, code: 'LINE_NOT_FOUND' };
  if (quantity === 0) return removeLine(lines, lineId);
  if (!isLineQuantity(quantity)) return { ok: false, code: 'QUANTITY_LIMIT' };
  return { ok: true, lines: lines.map((line) => (line.lineId === lineId ? { ...line, quantity } : line)) };
}

/** Remove a line; LINE_NOT_FOUND for an unknown id. */
export function removeLine(lines: readonly StoredCartLine[], lineId: string): CartChangeResult {
  if (!lines.some((line) => line.lineId === lineId)) return { ok: false, code: 'LINE_NOT_FOUND' };
  return { ok: true, lines: lines.filter((line) => line.lineId !== lineId) };
}
