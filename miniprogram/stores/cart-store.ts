// The cart as the server last answered it: lines, units and total are never computed here.
import type { CartLineView, CartSuggestion, CartView } from '../../typings/contracts/cart';
import type { ItemSelection } from '../../typings/contracts/catalog';
import type { ErrorCode, Result } from '../../typings/result';
import { callCloud } from '../services/cloud';
import { AnswerOrder } from './answer-order';
import { WatchedStore } from './watched-store';

/** The cart store: the server's view of the customer's cart in one store, and the calls that change it. */
export class CartStore extends WatchedStore {
  storeId: string | null = null;
  lines: CartLineView[] = [];
  /** Units in the available lines, as the server counted them. */
  itemCount = 0;
  /** Price of the available lines in fen, as the server priced them (no mode fees). */
  totalFen = 0;
  /** "Often ordered together", as last answered to a call that asked (kept until the next such answer). */
  suggestions: CartSuggestion[] = [];
  /** Calls sent and not yet answered. */
  pending = 0;
  /** The code of the last failed call, cleared by the next success. */
  errorCode: ErrorCode | null = null;

  private readonly order = new AnswerOrder();
  /** The last `quantityByProduct`, kept while `lines` is the same array (a view replaces it, never edits it). */
  private units: { lines: CartLineView[]; byProduct: Record<string, number> } | null = null;

  /** True when the cart holds no line. */
  get isEmpty(): boolean {
    return this.lines.length === 0;
  }

  /** Units per product id across its lines (for the menu's steppers). */
  get quantityByProduct(): Record<string, number> {
    if (this.units?.lines === this.lines) return this.units.byProduct;
    const byProduct: Record<string, number> = {};
    for (const line of this.lines)
      byProduct[line.productId] = (byProduct[line.productId] ?? 0) + line.quantity;
    this.units = { lines: this.lines, byProduct };
    return byProduct;
  }

  /** Shows a view the server answered (from any cart call, or one a page already holds). */
  apply(view: CartView): void {
    this.show(view);
    this.changed();
  }

  private show(view: CartView): void {
    this.storeId = view.storeId;
    this.lines = view.lines;
    this.itemCount = view.itemCount;
    this.totalFen = view.itemsFen;
    if (view.suggestions) this.suggestions = view.suggestions;
  }

  /** Reads the cart of `storeId` (a different store's cart replaces this one), with suggestions when asked. */
  load(storeId: string, withSuggestions = false): Promise<Result<CartView>> {
    const input = withSuggestions ? { storeId, withSuggestions } : { storeId };
    return this.settle(storeId, () => callCloud('cart', 'get', input));
  }

  /** Adds `quantity` of a selection. */
  add(storeId: string, item: ItemSelection, quantity = 1): Promise<Result<CartView>> {
    return this.settle(storeId, () => callCloud('cart', 'add', { storeId, item, quantity }));
  }

  /** Sets a line's quantity; 0 removes it. */
  setQuantity(storeId: string, lineId: string, quantity: number): Promise<Result<CartView>> {
    return this.settle(storeId, () => callCloud('cart', 'setQuantity', { storeId, lineId, quantity }));
  }

  /** Removes a line. */
  remove(storeId: string, lineId: string): Promise<Result<CartView>> {
    return this.settle(storeId, () => callCloud('cart', 'remove', { storeId, lineId }));
  }

  /** Empties the cart. */
  clear(storeId: string): Promise<Result<CartView>> {
    return this.settle(storeId, () => callCloud('cart', 'clear', { storeId }));
  }

  private async settle(storeId: string, send: () => Promise<Result<CartView>>): Promise<Result<CartView>> {
    const ticket = this.order.next();
    this.pending += 1;
    this.changed();
    const result = await send();
    this.pending -= 1;
    // A failed call changes nothing on the server, so the lines stay; a late answer of an older call is dropped.
    if (this.order.accept(ticket)) {
      if (result.ok) {
        this.show(result.data);
        this.errorCode = null;
      } else {
        if (this.storeId !== storeId)
          this.show({ storeId, lines: [], itemsFen: 0, itemCount: 0, suggestions: [] });
        this.errorCode = result.error.code;
      }
    }
    this.changed();
    return result;
  }
}
