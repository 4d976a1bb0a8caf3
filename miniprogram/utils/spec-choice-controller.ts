// One open choice (the spec sheet's or the product page's): loads the product, keeps the choice, answers the
// setData paths each change makes, and adds the choice to the cart with the platform's toast.
import type { ProductDetail } from '../../typings/contracts/catalog';
import type { ErrorCode } from '../../typings/result';
import { getLocale, t, type Locale } from '../i18n';
import { callCloud } from '../services/cloud';
import { changedPaths } from './changed-paths';
import { errorText } from './error-text';
import {
  choiceFrom,
  chooseOption,
  defaultChoice,
  setAddonQuantity,
  setQuantity,
  type SpecChoice,
  type StartingSelection,
} from './spec-choice';
import { addChoice, type AddOutcome } from './spec-choice-add';
import {
  choiceViewOf,
  limitText,
  productHeadOf,
  type AddLimit,
  type ChoiceView,
  type ProductHeadView,
} from './spec-choice-view';

/** A loaded product as first drawn, or why it could not be loaded. */
export type LoadOutcome =
  | { ok: true; product: ProductDetail; head: ProductHeadView; view: ChoiceView }
  | { ok: false; code: ErrorCode };

type Patch = Record<string, unknown>;

/** The choice of one sheet or page; `base` is where its view lives in the host's data (`view`). */
export class ChoiceController {
  private product: ProductDetail | null = null;
  private choice: SpecChoice = { specs: {}, addons: {}, quantity: 1 };
  private limit: AddLimit | null = null;
  private locale: Locale = getLocale();
  private drawn: ChoiceView | null = null;
  private ticket = 0;
  private adding = false;

  constructor(private readonly base = 'view') {}

  /** Loads the product in the current language; null when a later load was started meanwhile. */
  async load(
    storeId: string,
    productId: string,
    initial?: StartingSelection | null,
  ): Promise<LoadOutcome | null> {
    this.ticket += 1;
    const ticket = this.ticket;
    this.product = null;
    this.limit = null;
    this.locale = getLocale();
    const result = await callCloud('browse', 'product', { storeId, productId });
    if (ticket !== this.ticket) return null;
    if (!result.ok) return { ok: false, code: result.error.code };
    const product = result.data;
    this.product = product;
    this.choice = initial ? choiceFrom(product, initial) : defaultChoice(product);
    this.drawn = choiceViewOf(product, this.choice, this.locale);
    return { ok: true, product, head: productHeadOf(product, this.locale), view: this.drawn };
  }

  choose(groupKey: string, value: string): Patch {
    return this.product ? this.redraw(chooseOption(this.product, this.choice, groupKey, value)) : {};
  }

  setAddon(addonId: string, units: number): Patch {
    return this.product ? this.redraw(setAddonQuantity(this.product, this.choice, addonId, units)) : {};
  }

  setQuantity(quantity: number): Patch {
    return this.product ? this.redraw(setQuantity(this.product, this.choice, quantity)) : {};
  }

  /**
   * Adds the choice to `storeId`'s cart (nothing while incomplete or already adding), toasts the outcome and
   * answers it with the paths it changed: a stock refusal lowers the quantity to what still fits.
   */
  async add(storeId: string): Promise<{ outcome: AddOutcome; patch: Patch } | null> {
    const product = this.product;
    if (!product || this.adding || !this.drawn?.canAdd) return null;
    this.adding = true;
    const outcome = await addChoice(storeId, product, this.choice);
    this.adding = false;
    if (outcome.ok) {
      wx.showToast({ title: t('product.added'), icon: 'success' });
      return { outcome, patch: {} };
    }
    this.limit = outcome.limit;
    wx.showToast({ title: outcome.limit ? limitText(outcome.limit) : errorText(outcome.code), icon: 'none' });
    const addable = outcome.limit ? outcome.limit.stockLeft - outcome.limit.inCart : 0;
    const fewer = Math.min(this.choice.quantity, addable);
    return {
      outcome,
      patch: this.redraw(addable >= 1 ? setQuantity(product, this.choice, fewer) : this.choice),
    };
  }

  private redraw(next: SpecChoice): Patch {
    if (!this.product) return {};
    this.choice = next;
    const view = choiceViewOf(this.product, next, this.locale, this.limit);
    const patch = changedPaths(this.drawn, view, this.base);
    this.drawn = view;
    return patch;
  }
}
