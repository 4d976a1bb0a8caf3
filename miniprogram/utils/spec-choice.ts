// The spec sheet's selection model over a product detail: pure functions, no wx, no texts. Prices here are
// for display only; the server prices the cart. Money is integer fen.
import type { ItemSelection, ProductDetail, SpecGroupView } from '../../typings/contracts/catalog';

/** One SKU of a product detail. */
export type DetailSku = ProductDetail['skus'][number];

/** What the customer has chosen so far. */
export interface SpecChoice {
  /** Spec group key → chosen option value; a group not chosen yet is absent. */
  readonly specs: Readonly<Record<string, string>>;
  /** Add-on id → units (absent: none). */
  readonly addons: Readonly<Record<string, number>>;
  /** Items to add, at least 1. */
  readonly quantity: number;
}

/** Why the choice cannot be added yet. */
export type ChoiceProblem =
  | { kind: 'choose'; group: SpecGroupView }
  | { kind: 'soldOut' }
  | { kind: 'noSku' }
  | { kind: 'notEnough'; stockLeft: number };

/** A selection to start from (a cart line being edited): any part may be missing or out of date. */
export interface StartingSelection {
  specs?: Record<string, string>;
  addons?: ReadonlyArray<{ id: string; quantity: number }>;
  quantity?: number;
}

/** The most items one add takes when the SKU's stock is not counted. */
export const MAX_QUANTITY = 99;

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, Math.floor(value)));
}

function skuGroups(product: ProductDetail): SpecGroupView[] {
  return product.specGroups.filter((group) => group.kind === 'sku');
}

/** The SKU-group choices of `specs` other than `exceptKey`. */
function otherSkuSpecs(
  product: ProductDetail,
  specs: Readonly<Record<string, string>>,
  exceptKey: string,
): Record<string, string> {
  const others: Record<string, string> = {};
  for (const group of skuGroups(product)) {
    const value = specs[group.key];
    if (group.key !== exceptKey && value !== undefined) others[group.key] = value;
  }
  return others;
}

/** SKUs agreeing with every spec in `partial` (keys it leaves out may be anything). */
function skusMatching(product: ProductDetail, partial: Readonly<Record<string, string>>): DetailSku[] {
  return product.skus.filter((sku) =>
    Object.entries(partial).every(([key, value]) => sku.specs[key] === value),
  );
}

/**
 * True when `value` of group `groupKey` cannot be ordered given the other SKU groups' choices: every SKU it
 * could pick is sold out (or there is none). A free choice (`choice` group) is sold out when staff switched it off.
 */
export function isOptionSoldOut(
  product: ProductDetail,
  choice: SpecChoice,
  groupKey: string,
  value: string,
): boolean {
  const group = product.specGroups.find((candidate) => candidate.key === groupKey);
  if (!group) return false;
  if (group.kind !== 'sku')
    return group.options.some((option) => option.value === value && option.isSoldOut === true);
  const candidates = skusMatching(product, {
    ...otherSkuSpecs(product, choice.specs, groupKey),
    [groupKey]: value,
  });
  return candidates.every((sku) => sku.isSoldOut);
}

/**
 * The option a group starts at: its default; a sold-out default moves to the first open option (staying put
 * when none is open). A group without a default starts unchosen: the customer must choose.
 */
function startingOption(product: ProductDetail, specs: Record<string, string>, group: SpecGroupView) {
  const preset = group.options.find((option) => option.isDefault);
  if (!preset) return undefined;
  const partial: SpecChoice = { specs, addons: {}, quantity: 1 };
  if (!isOptionSoldOut(product, partial, group.key, preset.value)) return preset;
  return (
    group.options.find((option) => !isOptionSoldOut(product, partial, group.key, option.value)) ?? preset
  );
}

/** The choice a sheet opens with: each group's default (a sold-out SKU default moves to an open option), no add-ons, 1 item. */
export function defaultChoice(product: ProductDetail): SpecChoice {
  const specs: Record<string, string> = {};
  for (const group of product.specGroups) {
    const option = startingOption(product, specs, group);
    if (option) specs[group.key] = option.value;
  }
  return { specs, addons: {}, quantity: 1 };
}

/**
 * The choice for editing an existing selection: its specs where the product still has them (else the
 * default), its add-ons within their limits, its quantity within 1…the SKU's stock.
 */
export function choiceFrom(product: ProductDetail, selection: StartingSelection): SpecChoice {
  const fallback = defaultChoice(product);
  const specs: Record<string, string> = {};
  for (const group of product.specGroups) {
    const wanted = selection.specs?.[group.key];
    const known = group.options.some((option) => option.value === wanted);
    const value = known ? wanted : fallback.specs[group.key];
    if (value !== undefined) specs[group.key] = value;
  }
  let choice: SpecChoice = { specs, addons: {}, quantity: 1 };
  for (const addon of selection.addons ?? [])
    choice = setAddonQuantity(product, choice, addon.id, addon.quantity);
  return setQuantity(product, choice, selection.quantity ?? 1);
}

/** Chooses `value` in group `groupKey`; an unknown or sold-out option changes nothing. */
export function chooseOption(
  product: ProductDetail,
  choice: SpecChoice,
  groupKey: string,
  value: string,
): SpecChoice {
  const group = product.specGroups.find((candidate) => candidate.key === groupKey);
  if (!group || !group.options.some((option) => option.value === value)) return choice;
  if (isOptionSoldOut(product, choice, groupKey, value)) return choice;
  const next: SpecChoice = { ...choice, specs: { ...choice.specs, [groupKey]: value } };
  return setQuantity(product, next, next.quantity);
}

/** Sets an add-on's units within 0…its `maxQuantity`; an unknown add-on changes nothing. */
export function setAddonQuantity(
  product: ProductDetail,
  choice: SpecChoice,
  addonId: string,
  units: number,
): SpecChoice {
  const addon = product.addons.find((candidate) => candidate.id === addonId);
  if (!addon || !Number.isFinite(units)) return choice;
  const addons: Record<string, number> = { ...choice.addons };
  const kept = clamp(units, 0, addon.maxQuantity);
  if (kept === 0) delete addons[addonId];
  else addons[addonId] = kept;
  return { ...choice, addons };
}

/** The SKU the choice picks, once every SKU group is chosen. */
export function chosenSku(product: ProductDetail, choice: SpecChoice): DetailSku | undefined {
  const groups = skuGroups(product);
  if (groups.some((group) => choice.specs[group.key] === undefined)) return undefined;
  const wanted = otherSkuSpecs(product, choice.specs, '');
  return product.skus.find(
    (sku) =>
      Object.keys(sku.specs).length === groups.length &&
      groups.every((group) => sku.specs[group.key] === wanted[group.key]),
  );
}

/** The most items one add may take: the chosen SKU's counted stock, else MAX_QUANTITY (never below 1). */
export function maxQuantityOf(product: ProductDetail, choice: SpecChoice): number {
  const left = chosenSku(product, choice)?.stockLeft;
  return left === null || left === undefined ? MAX_QUANTITY : clamp(left, 1, MAX_QUANTITY);
}

/** Sets the quantity within 1…maxQuantityOf. */
export function setQuantity(product: ProductDetail, choice: SpecChoice, quantity: number): SpecChoice {
  const safe = Number.isFinite(quantity) ? quantity : 1;
  return { ...choice, quantity: clamp(safe, 1, maxQuantityOf(product, choice)) };
}

/** The add-ons' price for one item. */
function addonsFen(product: ProductDetail, choice: SpecChoice): number {
  return product.addons.reduce((sum, addon) => sum + addon.priceFen * (choice.addons[addon.id] ?? 0), 0);
}

/**
 * The price of one item as shown: the chosen SKU's price (before every SKU group is chosen, the lowest
 * price of the SKUs still possible) plus the add-ons.
 */
export function unitPriceFen(product: ProductDetail, choice: SpecChoice): number {
  const sku = chosenSku(product, choice);
  const possible = skusMatching(product, otherSkuSpecs(product, choice.specs, ''));
  const base = sku
    ? sku.priceFen
    : possible.length > 0
      ? Math.min(...possible.map((candidate) => candidate.priceFen))
      : product.fromPriceFen;
  return base + addonsFen(product, choice);
}

/** The price of every item of the choice as shown (unit × quantity). */
export function totalPriceFen(product: ProductDetail, choice: SpecChoice): number {
  return unitPriceFen(product, choice) * choice.quantity;
}

/** Why the choice cannot be added, or null when it is complete and orderable. First problem first. */
export function problemOf(product: ProductDetail, choice: SpecChoice): ChoiceProblem | null {
  if (product.isSoldOut) return { kind: 'soldOut' };
  const missing = product.specGroups.find((group) => choice.specs[group.key] === undefined);
  if (missing) return { kind: 'choose', group: missing };
  const sku = chosenSku(product, choice);
  if (!sku) return { kind: 'noSku' };
  if (sku.isSoldOut) return { kind: 'soldOut' };
  if (sku.stockLeft !== null && choice.quantity > sku.stockLeft) {
    return { kind: 'notEnough', stockLeft: sku.stockLeft };
  }
  return null;
}

/** True when the choice can be added. */
export function isComplete(product: ProductDetail, choice: SpecChoice): boolean {
  return problemOf(product, choice) === null;
}

/** The item to send to `cart.add`: every chosen spec, and the add-ons taken in the product's order. */
export function selectionOf(product: ProductDetail, choice: SpecChoice): ItemSelection {
  const specs: Record<string, string> = {};
  for (const group of product.specGroups) {
    const value = choice.specs[group.key];
    if (value !== undefined) specs[group.key] = value;
  }
  const addons = product.addons
    .filter((addon) => (choice.addons[addon.id] ?? 0) > 0)
    .map((addon) => ({ id: addon.id, quantity: choice.addons[addon.id] ?? 0 }));
  return { productId: product.id, specs, addons };
}
