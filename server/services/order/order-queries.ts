// order.list and order.detail: a customer's own orders (cancelling is cancel-order.ts).
import type {
  OrderDetailInput,
  OrderDetailOutput,
  OrderListInput,
  OrderListOutput,
} from '../../../typings/contracts/order';
import { isOrderId } from '../../domain/order/order-ids';
import type { OrderRecord } from '../../domain/order/order-record';
import { listOwnOrders, type OrderCursor } from '../../repositories/order-repository';
import { AppError } from '../../runtime/app-error';
import { fieldKeyRingForReading } from '../../runtime/field-keys';
import type { Caller } from '../../runtime/router';
import { invoiceOfOrder } from '../invoices/invoice-view';
import { requireOwnOrder } from './own-order';
import { toOrderView } from './order-view';

const DEFAULT_PAGE_SIZE = 10;

/** The field key ring when one of `orders` has an encrypted address to show its owner. */
function keysFor(orders: readonly OrderRecord[]) {
  return orders.some((order) => order.address) ? fieldKeyRingForReading() : undefined;
}

/** The caller's orders, newest first, a page at a time (one operation). */
export async function listOrders(
  input: OrderListInput,
  caller: Caller,
  nowMs: number,
): Promise<OrderListOutput> {
  const limit = input.pageSize ?? DEFAULT_PAGE_SIZE;
  const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor);
  const found = await listOwnOrders(caller.openid, {
    ...(input.storeId !== undefined && { storeId: input.storeId }),
    ...(after && { after }),
    limit: limit + 1,
  });
  const page = found.slice(0, limit);
  const fieldKeys = keysFor(page);
  const last = page[page.length - 1];
  return {
    orders: page.map((order) => toOrderView(order, nowMs, fieldKeys)),
    nextCursor: found.length > limit && last ? encodeCursor(last) : null,
  };
}

/**
 * One of the caller's orders with its invoice request; another customer's order is NOT_FOUND, so ids cannot
 * be probed (two reads, and a file link once the invoice is issued).
 */
export async function orderDetail(
  input: OrderDetailInput,
  caller: Caller,
  nowMs: number,
): Promise<OrderDetailOutput> {
  const order = await requireOwnOrder(input.orderId, caller);
  const invoice = await invoiceOfOrder(order._id);
  return { ...toOrderView(order, nowMs, keysFor([order])), invoice };
}

function encodeCursor(order: OrderRecord): string {
  const cursor: OrderCursor = { createdAtMs: new Date(order.createdAt).getTime(), orderId: order._id };
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string): OrderCursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<OrderCursor>;
    if (Number.isSafeInteger(value.createdAtMs) && isOrderId(value.orderId)) {
      return { createdAtMs: value.createdAtMs as number, orderId: value.orderId };
    }
  } catch {
    // falls through to the refusal
  }
  throw new AppError('INVALID_INPUT', 'input/cursor is not a cursor this list gave out');
}
