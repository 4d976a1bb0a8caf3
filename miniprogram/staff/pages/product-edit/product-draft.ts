// The product editor's form as data: built from a stored product (or blank), kept in step as spec groups and
// choices change (one price row per combination of priced choices), and turned into `staff.saveProduct`'s input
// with the problems the page can see itself (prices typed in yuan, stock as a count). Pure.
import type {
  SaveProductInput,
  StaffCategoryView,
  StaffProductView,
} from '../../../../typings/contracts/staff-menu';

/** A choice of a group, as the form edits it. */
export interface DraftChoice {
  value: string;
  name: string;
  nameEn: string;
  isDefault: boolean;
  isSoldOut: boolean;
  /** Whether the stored product has this choice (its sold-out switch works at once). */
  isStored: boolean;
  error: string;
}

/** A spec group: `sku` choices each have their own price row, `choice` ones are free. */
export interface DraftGroup {
  key: string;
  kind: 'sku' | 'choice';
  name: string;
  nameEn: string;
  options: DraftChoice[];
  error: string;
}

/** One price row: a combination of priced choices, its price in yuan and stock as typed. */
export interface DraftSku {
  specs: Record<string, string>;
  label: string;
  priceText: string;
  stockText: string;
  /** The count as the editor opened with it ('' for a new row): unchanged, the stored stock stays. */
  loadedStockText: string;
  isSoldOut: boolean;
  priceError: string;
  stockError: string;
}

/** An add-on row, its price in yuan as typed. */
export interface DraftAddon {
  id: string;
  name: string;
  nameEn: string;
  priceText: string;
  maxQuantity: number;
  error: string;
}

/** Messages shown beside the fields of the product itself. */
export interface DraftErrors {
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  category: string;
  picture: string;
  skus: string;
}

/** The whole form. */
export interface ProductDraft {
  productId: string;
  categoryId: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  isListed: boolean;
  imageFileId: string;
  imageUrl: string;
  groups: DraftGroup[];
  skus: DraftSku[];
  addons: DraftAddon[];
  errors: DraftErrors;
}

/** What a broken field says; the page fills in the words from its text table. */
export type FieldWords = Record<'needName' | 'needNameEn' | 'needPrice' | 'needStock', string>;

export const NO_ERRORS: DraftErrors = {
  name: '',
  nameEn: '',
  description: '',
  descriptionEn: '',
  category: '',
  picture: '',
  skus: '',
};

/** Fen as the yuan a person types: 2800 → `28`, 2850 → `28.50`. */
export function yuanText(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2);
}

/** Yuan as typed → whole fen, or null when it is not a price above 0 with at most two decimals. */
export function fenOf(text: string): number | null {
  const match = /^(\d{1,5})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return fen > 0 ? fen : null;
}

/** Stock as typed → a count, undefined for blank (no limit), or null when it is not a whole number. */
export function stockOf(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d{1,5}$/.test(trimmed) ? Number(trimmed) : null;
}

/** The form for a stored product, or a blank one in `categoryId` (one unpriced row, no options). */
export function draftOf(product: StaffProductView | undefined, categoryId: string): ProductDraft {
  if (!product) {
    return {
      productId: '',
      categoryId,
      name: '',
      nameEn: '',
      description: '',
      descriptionEn: '',
      isListed: true,
      imageFileId: '',
      imageUrl: '',
      groups: [],
      skus: [blankSku({}, [])],
      addons: [],
      errors: { ...NO_ERRORS },
    };
  }
  const groups: DraftGroup[] = product.specGroups.map((group) => ({
    ...group,
    options: group.options.map((option) => ({ ...option, isStored: true, error: '' })),
    error: '',
  }));
  return {
    productId: product.id,
    categoryId: product.categoryId,
    name: product.name,
    nameEn: product.nameEn,
    description: product.description,
    descriptionEn: product.descriptionEn,
    isListed: product.isListed,
    imageFileId: product.imageFileId,
    imageUrl: product.imageUrl,
    groups,
    skus: product.skus.map((sku) => ({
      specs: { ...sku.specs },
      label: labelOf(sku.specs, groups),
      priceText: yuanText(sku.priceFen),
      stockText: sku.stock === null ? '' : String(sku.stock),
      loadedStockText: sku.stock === null ? '' : String(sku.stock),
      isSoldOut: sku.isSoldOut,
      priceError: '',
      stockError: '',
    })),
    addons: product.addons.map((addon) => ({
      id: addon.id,
      name: addon.name,
      nameEn: addon.nameEn,
      priceText: yuanText(addon.priceFen),
      maxQuantity: addon.maxQuantity,
      error: '',
    })),
    errors: { ...NO_ERRORS },
  };
}

/** The price rows for the groups as they are now: kept rows keep what was typed, new ones start blank. */
export function skuRowsFor(groups: readonly DraftGroup[], previous: readonly DraftSku[]): DraftSku[] {
  const priced = groups.filter((group) => group.kind === 'sku');
  const combos = priced.reduce<Array<Record<string, string>>>(
    (all, group) =>
      all.flatMap((combo) => group.options.map((option) => ({ ...combo, [group.key]: option.value }))),
    [{}],
  );
  const keyOf = (specs: Record<string, string>) => priced.map((group) => specs[group.key] ?? '').join('|');
  const kept = new Map(previous.map((sku) => [keyOf(sku.specs), sku]));
  return combos.map((specs) => {
    const old = kept.get(keyOf(specs));
    const sameKeys = old && Object.keys(old.specs).length === priced.length;
    if (sameKeys) return { ...old, specs, label: labelOf(specs, groups) };
    // A new combination starts from a row it extends (the only row, before sizes were added), if any.
    const like =
      old ?? previous.find((sku) => Object.entries(sku.specs).every(([key, value]) => specs[key] === value));
    return blankSku(specs, groups, like);
  });
}

function blankSku(specs: Record<string, string>, groups: readonly DraftGroup[], like?: DraftSku): DraftSku {
  return {
    specs,
    label: labelOf(specs, groups),
    priceText: like?.priceText ?? '',
    stockText: like?.stockText ?? '',
    loadedStockText: '',
    isSoldOut: false,
    priceError: '',
    stockError: '',
  };
}

/** A price row's name: its choices' names in group order (`大杯`, `大杯 / 燕麦奶`), '' for the only row. */
function labelOf(specs: Record<string, string>, groups: readonly DraftGroup[]): string {
  return groups
    .filter((group) => group.kind === 'sku')
    .map((group) => group.options.find((option) => option.value === specs[group.key])?.name ?? '')
    .filter((name) => name !== '')
    .join(' / ');
}

/** A fresh id for a new group (letters only, as group keys are) or choice, unused in the form. */
export function freshKey(prefix: 'spec' | 'opt' | 'addon', taken: readonly string[]): string {
  for (let index = 0; ; index += 1) {
    const suffix =
      prefix === 'spec'
        ? String.fromCharCode(97 + (index % 26)).repeat(1 + Math.floor(index / 26))
        : String(index + 1);
    const key = `${prefix}_${suffix}`;
    if (!taken.includes(key)) return key;
  }
}

/** The save's input and the form with the problems the page can see itself (none: `hasProblems` false). */
export function inputOf(
  draft: ProductDraft,
  storeId: string,
  words: FieldWords,
): { input: SaveProductInput; draft: ProductDraft; hasProblems: boolean } {
  let hasProblems = false;
  const flag = (message: string) => {
    if (message) hasProblems = true;
    return message;
  };
  const skus = draft.skus.map((sku) => ({
    ...sku,
    priceError: flag(fenOf(sku.priceText) === null ? words.needPrice : ''),
    stockError: flag(stockOf(sku.stockText) === null ? words.needStock : ''),
  }));
  const addons = draft.addons.map((addon) => ({
    ...addon,
    error: flag(fenOf(addon.priceText) === null && addon.priceText.trim() !== '0' ? words.needPrice : ''),
  }));
  const errors: DraftErrors = {
    ...NO_ERRORS,
    name: flag(draft.name.trim() === '' ? words.needName : ''),
    nameEn: flag(draft.nameEn.trim() === '' ? words.needNameEn : ''),
  };
  const input: SaveProductInput = {
    storeId,
    ...(draft.productId && { productId: draft.productId }),
    categoryId: draft.categoryId,
    name: draft.name,
    nameEn: draft.nameEn,
    description: draft.description,
    descriptionEn: draft.descriptionEn,
    isListed: draft.isListed,
    imageFileId: draft.imageFileId,
    specGroups: draft.groups.map((group) => ({
      key: group.key,
      kind: group.kind,
      name: group.name,
      nameEn: group.nameEn,
      options: group.options.map((option) => ({
        value: option.value,
        name: option.name,
        nameEn: option.nameEn,
        isDefault: option.isDefault,
        ...(group.kind === 'choice' && option.isSoldOut && { isSoldOut: true }),
      })),
    })),
    addons: draft.addons.map((addon) => ({
      id: addon.id,
      name: addon.name,
      nameEn: addon.nameEn,
      priceFen: fenOf(addon.priceText) ?? 0,
      maxQuantity: addon.maxQuantity,
    })),
    skus: draft.skus.map((sku) => {
      const stock = stockOf(sku.stockText);
      return {
        specs: sku.specs,
        priceFen: fenOf(sku.priceText) ?? 0,
        ...(typeof stock === 'number' && { stock }),
        ...(sku.loadedStockText !== '' &&
          sku.stockText.trim() === sku.loadedStockText && { keepStock: true }),
        isSoldOut: sku.isSoldOut,
      };
    }),
  };
  return { input, draft: { ...draft, skus, addons, errors }, hasProblems };
}

/** The categories a product may be put in, as the picker lists them. */
export function categoryNames(categories: readonly StaffCategoryView[], en: boolean): string[] {
  return categories.map((category) => (en ? category.nameEn : category.name));
}
