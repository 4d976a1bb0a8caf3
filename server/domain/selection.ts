// Turn a customer's choice (product, specs, add-ons) into one priced, validated item, or say what is wrong with it.
import type { ItemSelection } from '../../typings/contracts/catalog';
import type { ProductRecord, SkuRecord, SpecGroupRecord, SpecOptionRecord } from './catalog-types';
import { multiplyFen, sumFen, type Fen } from './money';

/** An add-on as chosen for one item; `priceFen` is for one unit of the add-on. */
export interface ResolvedAddon {
  id: string;
  name: string;
  nameEn: string;
  quantity: number;
  priceFen: Fen;
}

/** A valid selection: the product, its SKU, every spec group's value, add-ons and the price of one item. */
export interface ResolvedItem {
  product: ProductRecord;
  sku: SkuRecord;
  /** Every spec group of the product → its chosen value (missing groups filled with their default). */
  specs: Record<string, string>;
  /** In the product's add-on order. */
  addons: ResolvedAddon[];
  /** SKU price + Σ add-on price × add-on quantity, for one item. */
  unitPriceFen: Fen;
  /** The chosen options' names in spec-group order, e.g. `大杯 / 冰 / 少糖` (add-ons are listed separately). */
  specText: string;
  specTextEn: string;
}

/** Why a selection cannot be ordered. */
export type SelectionProblemCode =
  | 'UNKNOWN_PRODUCT'
  | 'UNLISTED'
  | 'UNKNOWN_SPEC'
  | 'MISSING_SPEC'
  | 'UNKNOWN_OPTION'
  | 'SOLD_OUT_CHOICE'
  | 'UNKNOWN_ADDON'
  | 'ADDON_LIMIT'
  | 'DUPLICATE_ADDON'
  | 'NO_SKU';

/** A refused selection: a stable code and a sentence for logs and `INVALID_INPUT` details. */
export interface SelectionProblem {
  code: SelectionProblemCode;
  message: string;
}

/** The outcome of resolving a selection. */
export type SelectionResult = { ok: true; item: ResolvedItem } | { ok: false; problem: SelectionProblem };

const SPEC_TEXT_SEPARATOR = ' / ';

function refuse(code: SelectionProblemCode, message: string): SelectionResult {
  return { ok: false, problem: { code, message } };
}

function hasOwn(record: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** The option a group falls back to when the customer did not choose: the first marked `isDefault`. */
export function defaultOptionOf(group: SpecGroupRecord): SpecOptionRecord | undefined {
  return group.options.find((option) => option.isDefault);
}

/** True when a SKU's specs are exactly `wanted` (same keys, same values). */
export function skuMatches(sku: SkuRecord, wanted: Record<string, string>): boolean {
  const skuKeys = Object.keys(sku.specs);
  const wantedKeys = Object.keys(wanted);
  return skuKeys.length === wantedKeys.length && wantedKeys.every((key) => sku.specs[key] === wanted[key]);
}

/**
 * Resolve a selection against the stored product and its SKUs. Rule: a spec group left out takes its
 * default option (MISSING_SPEC only when the group has none); unknown groups, options and add-ons are refused.
 */
export function resolveSelection(
  selection: ItemSelection,
  product: ProductRecord | undefined,
  skus: readonly SkuRecord[],
): SelectionResult {
  if (product === undefined || product._id !== selection.productId) {
    return refuse('UNKNOWN_PRODUCT', `no product ${selection.productId}`);
  }
  if (!product.isListed) return refuse('UNLISTED', `product ${product._id} is not on the menu`);

  for (const key of Object.keys(selection.specs)) {
    if (!product.specGroups.some((group) => group.key === key)) {
      return refuse('UNKNOWN_SPEC', `product ${product._id} has no spec ${key}`);
    }
  }

  const specs: Record<string, string> = {};
  const skuSpecs: Record<string, string> = {};
  const names: string[] = [];
  const namesEn: string[] = [];
  for (const group of product.specGroups) {
    const chosen = hasOwn(selection.specs, group.key) ? selection.specs[group.key] : undefined;
    const option =
      chosen === undefined
        ? defaultOptionOf(group)
        : group.options.find((candidate) => candidate.value === chosen);
    if (option === undefined) {
      return chosen === undefined
        ? refuse('MISSING_SPEC', `choose a ${group.key} for product ${product._id}`)
        : refuse('UNKNOWN_OPTION', `${group.key} has no option ${chosen}`);
    }
    if (option.isSoldOut === true)
      return refuse('SOLD_OUT_CHOICE', `${group.key} ${option.value} is sold out`);
    specs[group.key] = option.value;
    if (group.kind === 'sku') skuSpecs[group.key] = option.value;
    names.push(option.name);
    namesEn.push(option.nameEn);
  }

  const sku = skus.find(
    (candidate) => candidate.productId === product._id && skuMatches(candidate, skuSpecs),
  );
  if (sku === undefined) return refuse('NO_SKU', `product ${product._id} has no SKU for these specs`);

  const quantities = new Map<string, number>();
  for (const chosen of selection.addons) {
    if (quantities.has(chosen.id)) return refuse('DUPLICATE_ADDON', `add-on ${chosen.id} is listed twice`);
    const addon = product.addons.find((candidate) => candidate.id === chosen.id);
    if (addon === undefined)
      return refuse('UNKNOWN_ADDON', `product ${product._id} has no add-on ${chosen.id}`);
    if (
      !Number.isSafeInteger(chosen.quantity) ||
      chosen.quantity < 1 ||
      chosen.quantity > addon.maxQuantity
    ) {
      return refuse('ADDON_LIMIT', `add-on ${addon.id} takes 1 to ${addon.maxQuantity}`);
    }
    quantities.set(chosen.id, chosen.quantity);
  }
  const addons: ResolvedAddon[] = product.addons
    .filter((addon) => quantities.has(addon.id))
    .map((addon) => ({
      id: addon.id,
      name: addon.name,
      nameEn: addon.nameEn,
      quantity: quantities.get(addon.id) ?? 0,
      priceFen: addon.priceFen,
    }));

  const unitPriceFen = sumFen([
    sku.priceFen,
    ...addons.map((addon) => multiplyFen(addon.priceFen, addon.quantity)),
  ]);
  return {
    ok: true,
    item: {
      product,
      sku,
      specs,
      addons,
      unitPriceFen,
      specText: names.join(SPEC_TEXT_SEPARATOR),
      specTextEn: namesEn.join(SPEC_TEXT_SEPARATOR),
    },
  };
}
