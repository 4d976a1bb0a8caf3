// The customer's orders as the server answered them: a paged list, newest first, and single orders refreshed.
import type { CartReorderOutput } from '../../typings/contracts/cart';
import type { OrderDetailOutput, OrderView } from '../../typings/contracts/order';
import type { PayOutput } from '../../typings/contracts/pay';
import type { ErrorCode, Result } from '../../typings/result';
import { callCloud } from '../services/cloud';
import { AnswerOrder } from './answer-order';
import { WatchedStore } from './watched-store';

/** The orders store: the pages of `order.list` read so far, and the orders a detail or cancel answered. */
export class OrdersStore extends WatchedStore {
  orders: OrderView[] = [];
  /** Cursor of the next page; null once the last page is read. */
  nextCursor: string | null = null;
  /** True once the first page has been answered. */
  loaded = false;
  pending = 0;
  errorCode: ErrorCode | null = null;

  private storeId: string | undefined;
  private readonly firstPages = new AnswerOrder();

  /** `pageSize`: orders a page (1–20). */
  constructor(private readonly pageSize = 10) {
    super();
  }

  /** True while more pages remain to read. */
  get hasMore(): boolean {
    return this.nextCursor !== null;
  }

  /** The order with `orderId`, when read. */
  byId(orderId: string): OrderView | undefined {
    return this.orders.find((order) => order.id === orderId);
  }

  /** Shows one order as the server answered it: replaces the one with its id, or comes first if new. */
  put(order: OrderView): void {
    this.update(() => {
      const index = this.orders.findIndex((known) => known.id === order.id);
      this.orders =
        index < 0 ? [order, ...this.orders] : this.orders.map((known, i) => (i === index ? order : known));
    });
  }

  /** Reads the first page again (pull to refresh, or a new store); an older refresh's late answer is dropped. */
  async refresh(storeId?: string): Promise<Result<unknown>> {
    const ticket = this.firstPages.next();
    this.storeId = storeId;
    const result = await this.track(
      callCloud('order', 'list', { ...(storeId && { storeId }), pageSize: this.pageSize }),
    );
    this.update(() => {
      if (!this.firstPages.accept(ticket)) return;
      if (!result.ok) return this.fail(result.error.code);
      this.orders = result.data.orders;
      this.nextCursor = result.data.nextCursor;
      this.loaded = true;
      this.errorCode = null;
    });
    return result;
  }

  /** Reads the next page and appends the orders not already shown; nothing when on the last page. */
  async loadMore(): Promise<Result<unknown> | null> {
    const cursor = this.nextCursor;
    if (cursor === null) return null;
    const ticket = this.firstPages.next();
    const input = { ...(this.storeId && { storeId: this.storeId }), cursor, pageSize: this.pageSize };
    const result = await this.track(callCloud('order', 'list', input));
    this.update(() => {
      if (!this.firstPages.accept(ticket)) return;
      if (!result.ok) return this.fail(result.error.code);
      const known = new Set(this.orders.map((order) => order.id));
      this.orders = [...this.orders, ...result.data.orders.filter((order) => !known.has(order.id))];
      this.nextCursor = result.data.nextCursor;
      this.errorCode = null;
    });
    return result;
  }

  /** Reads one order again (after paying, or on its page). */
  async reload(orderId: string): Promise<Result<OrderDetailOutput>> {
    return this.settleOne(callCloud('order', 'detail', { orderId }));
  }

  /** Cancels one order; the list shows it as the server answered. */
  async cancel(orderId: string, reason?: string): Promise<Result<OrderView>> {
    return this.settleOne(callCloud('order', 'cancel', reason ? { orderId, reason } : { orderId }));
  }

  /** Opens a new payment attempt for one of the caller's pending orders (the sheet's parameters). */
  startPayment(orderId: string): Promise<Result<PayOutput>> {
    return this.track(callCloud('pay', 'start', { orderId }));
  }

  /** Puts an earlier order's items into the cart of its store; answers the cart and what could not be added. */
  reorder(order: Pick<OrderView, 'id' | 'storeId'>): Promise<Result<CartReorderOutput>> {
    return this.track(callCloud('cart', 'reorder', { storeId: order.storeId, orderId: order.id }));
  }

  private async settleOne<T extends OrderView>(call: Promise<Result<T>>): Promise<Result<T>> {
    const result = await this.track(call);
    this.update(() => {
      if (!result.ok) return this.fail(result.error.code);
      this.put(result.data);
      this.errorCode = null;
    });
    return result;
  }

  private async track<T>(call: Promise<T>): Promise<T> {
    this.update(() => {
      this.pending += 1;
    });
    try {
      return await call;
    } finally {
      this.update(() => {
        this.pending -= 1;
      });
    }
  }

  private fail(code: ErrorCode): void {
    this.errorCode = code;
  }
}
