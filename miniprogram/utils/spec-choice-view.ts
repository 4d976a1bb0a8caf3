// What the spec sheet and the product page draw for a choice: chips, add-on rows, price and the add button's
// reason, in the current language (reasons zh-CN first with English alongside).
import type { CartOutOfStockDetails } from '../../typings/contracts/cart';
import type { ProductDetail } from '../../typings/contracts/catalog';
import { bilingual, labelPair, money, texts, translate, type Locale } from '../i18n';
import {
  chosenSku,
  isOptionSoldOut,
  maxQuantityOf,
  problemOf,
  totalPriceFen,
  unitPriceFen,
  type ChoiceProblem,
  type SpecChoice,
} from './spec-choice';

export interface OptionChipView {
  value: string;
  label: string;
  isChosen: boolean;
  isSoldOut: boolean;
}

export interface GroupChipsView {
  key: string;
  title: string;
  /** The group has no default: the customer must choose. */
  isRequired: boolean;
  options: OptionChipView[];
}

export interface AddonRowView {
  id: string;
  label: string;
  priceText: string;
  quantity: number;
  max: number;
}

/** Everything that changes as the customer chooses. */
export interface ChoiceView {
  groups: GroupChipsView[];
  addons: AddonRowView[];
  quantity: number;
  maxQuantity: number;
  unitText: string;
  totalText: string;
  canAdd: boolean;
  /** Why "add" is off (empty when it is on). */
  reason: string;
}

/** What the product shows that the choice does not change. */
export interface ProductHeadView {
  name: string;
  /** The name in the other language. */
  otherName: string;
  description: string;
  imageUrl: string;
  isSoldOut: boolean;
}

/** The server's word on one SKU after an OUT_OF_STOCK refusal: what is left, what the cart already holds. */
export interface AddLimit {
  skuId: string;
  stockLeft: number;
  inCart: number;
}

/** The limit an OUT_OF_STOCK refusal of adding `quantity` teaches (null when it names no count). */
export function limitFromRefusal(details: unknown, quantity: number): AddLimit | null {
  const refusal = details as Partial<CartOutOfStockDetails> | undefined;
  if (!refusal || typeof refusal.skuId !== 'string' || typeof refusal.stockLeft !== 'number') return null;
  const inCart = typeof refusal.wanted === 'number' ? Math.max(0, refusal.wanted - quantity) : 0;
  return { skuId: refusal.skuId, stockLeft: refusal.stockLeft, inCart };
}

/** The words of a refusal the server taught: how many are left (and how many the cart holds). */
export function limitText(limit: AddLimit): string {
  return limit.inCart > 0
    ? bilingual('product.outOfStockInCart', { count: limit.stockLeft, inCart: limit.inCart })
    : bilingual('product.outOfStock', { count: limit.stockLeft });
}

function pick(locale: Locale, zh: string, en: string): string {
  return locale === 'en' ? en : zh;
}

/** A problem's words, zh-CN first with English alongside: `请选择 温度 · Choose temperature`. */
export function problemText(problem: ChoiceProblem): string {
  switch (problem.kind) {
    case 'choose': {
      const zh = translate('zh-CN', 'product.choose', { name: problem.group.name });
      const en = translate('en', 'product.choose', { name: problem.group.nameEn.toLowerCase() });
      return `${zh} · ${en}`;
    }
    case 'soldOut':
      return bilingual('product.reason.soldOut');
    case 'noSku':
      return bilingual('product.reason.noSku');
    case 'notEnough':
      return bilingual('product.reason.notEnough', { count: problem.stockLeft });
  }
}

/** The product's name, description and photo in `locale`. */
export function productHeadOf(product: ProductDetail, locale: Locale): ProductHeadView {
  return {
    name: pick(locale, product.name, product.nameEn),
    otherName: pick(locale, product.nameEn, product.name),
    description: pick(locale, product.description, product.descriptionEn),
    imageUrl: product.imageUrl,
    isSoldOut: product.isSoldOut,
  };
}

/** The chips, add-ons, quantity, price and add button for `choice`; `limit` is the server's last stock word. */
export function choiceViewOf(
  product: ProductDetail,
  choice: SpecChoice,
  locale: Locale,
  limit: AddLimit | null = null,
): ChoiceView {
  const groups = product.specGroups.map((group) => ({
    key: group.key,
    title: pick(locale, group.name, group.nameEn),
    isRequired: !group.options.some((option) => option.isDefault),
    options: group.options.map((option) => ({
      value: option.value,
      label: pick(locale, option.name, option.nameEn),
      isChosen: choice.specs[group.key] === option.value,
      isSoldOut: isOptionSoldOut(product, choice, group.key, option.value),
    })),
  }));
  const addons = product.addons.map((addon) => ({
    id: addon.id,
    label: pick(locale, addon.name, addon.nameEn),
    priceText: `+${money(addon.priceFen)}`,
    quantity: choice.addons[addon.id] ?? 0,
    max: addon.maxQuantity,
  }));
  const sku = chosenSku(product, choice);
  const limited = limit !== null && sku !== undefined && sku.id === limit.skuId ? limit : null;
  const addable = limited ? Math.max(0, limited.stockLeft - limited.inCart) : Infinity;
  const problem = problemOf(product, choice);
  const overLimit = problem === null && choice.quantity > addable;
  return {
    groups,
    addons,
    quantity: choice.quantity,
    maxQuantity: Math.min(maxQuantityOf(product, choice), Math.max(1, addable)),
    unitText: translate(locale, 'product.each', { amount: money(unitPriceFen(product, choice)) }),
    totalText: money(totalPriceFen(product, choice)),
    canAdd: problem === null && !overLimit,
    reason: problem ? problemText(problem) : overLimit && limited ? limitText(limited) : '',
  };
}

/** The words every view of the selection draws (the sheet and the product page), in the current language. */
export function choiceTexts() {
  return {
    ...texts({
      required: 'product.required',
      addons: 'product.addons',
      optional: 'product.optional',
      soldOut: 'product.soldOut',
      decrease: 'product.decrease',
      increase: 'product.increase',
    }),
    loading: labelPair('common.loading'),
    retry: labelPair('common.retry'),
    add: labelPair('product.add'),
  };
}
