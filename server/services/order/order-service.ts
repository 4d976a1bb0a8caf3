// order: a customer's own orders (list, detail) and cancelling one while it may still be cancelled.
import type {
  OrderCancelInput,
  OrderDetailInput,
  OrderListInput,
  OrderListOutput,
  OrderView,
} from '../../../typings/contracts/order';
import { isOrderId } from '../../domain/order/order-ids';
import { decideCancel, holdsStock } from '../../domain/order/order-rules';
import { PaymentGatewayError } from '../../gateways/payment-gateway';
import type { OrderRecord } from '../../domain/order/order-record';
import {
  findOrder,
  findOwnOrder,
  listOwnOrders,
  moveOrderStatus,
  type OrderCursor,
} from '../../repositories/order-repository';
import { AppError } from '../../runtime/app-error';
import type { Caller } from '../../runtime/router';
import { fieldKeyRingForReading } from '../../runtime/field-keys';
import { toOrderView } from './order-view';
import { closeOrderTrades } from '../payment/payment-closing';
import { settlePaidTrade } from '../payment/settle-payment';
import { requestRefund } from '../payment/refund-service';
import { returnStock } from '../stock/stock-return';

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

/** One of the caller's orders; another customer's order is NOT_FOUND, so ids cannot be probed (one operation). */
export async function orderDetail(
  input: OrderDetailInput,
  caller: Caller,
  nowMs: number,
): Promise<OrderView> {
  const order = await findOwnOrder(input.orderId, caller.openid);
  if (!order) throw new AppError('NOT_FOUND', 'No such order.');
  return toOrderView(order, nowMs, keysFor([order]));
}

/**
 * Cancels the caller's order: unpaid → CANCELLED (payment closed first, stock given back); paid and not yet
 * accepted → REFUNDING (stock given back, the payment refunded). Cancelling a cancelled order answers it again.
 */
export async function cancelOrder(
  input: OrderCancelInput,
  caller: Caller,
  nowMs: number,
): Promise<OrderView> {
  const order = await findOwnOrder(input.orderId, caller.openid);
  if (!order) throw new AppError('NOT_FOUND', 'No such order.');
  const reason = input.reason ?? 'cancelled by the customer';
  return toOrderView(await cancelFrom(order, reason, caller.openid, nowMs, 0), nowMs, keysFor([order]));
}

async function cancelFrom(
  order: OrderRecord,
  reason: string,
  requestedBy: string,
  nowMs: number,
  rereads: number,
): Promise<OrderRecord> {
  const again = async (): Promise<OrderRecord> => {
    const current = await findOrder(order._id);
    if (!current || rereads >= 2)
      throw new AppError('BUSY', 'This order is changing right now; please try again.');
    return cancelFrom(current, reason, requestedBy, nowMs, rereads + 1);
  };
  const decision = decideCancel(order);
  switch (decision.kind) {
    case 'already_cancelled':
      return order;
    case 'close_then_cancel': {
      const closing = await closeTradesOf(order);
      if (closing?.outcome === 'paid') {
        await settlePaidTrade(closing.trade, nowMs);
        return again();
      }
      if (
        !(await moveOrderStatus(order._id, 'PENDING_PAYMENT', 'CANCELLED', nowMs, {
          cancelReason: reason,
          owesStock: holdsStock(order),
          ifAttempt: order.payment.attempt,
        }))
      ) {
        return again();
      }
      if (holdsStock(order)) await returnStock(order, nowMs);
      return { ...order, status: 'CANCELLED', cancelReason: reason, cancelledAt: new Date(nowMs) };
    }
    case 'refund': {
      const outTradeNo = decision.paidOutTradeNo;
      const change = { cancelReason: reason, owesStock: holdsStock(order) };
      if (!(await moveOrderStatus(order._id, 'PAID', 'REFUNDING', nowMs, change))) return again();
      if (holdsStock(order)) await returnStock(order, nowMs);
      const spec = { order, outTradeNo, amountFen: order.totalFen, scope: 'order' as const };
      await requestRefund({ ...spec, reason, requestedBy }, nowMs);
      return { ...order, status: 'REFUNDING', cancelReason: reason, refundingAt: new Date(nowMs) };
    }
    case 'refuse':
      throw new AppError(
        'ORDER_STATE_CONFLICT',
        `An order that is ${decision.status} can no longer be cancelled.`,
        { status: decision.status },
      );
  }
}

/** Closes the order's trades; when cloud payment cannot be reached the cancel goes ahead (a late payment is refunded). */
async function closeTradesOf(order: OrderRecord) {
  try {
    return await closeOrderTrades(order);
  } catch (error) {
    if (!(error instanceof PaymentGatewayError)) throw error;
    console.error(`order ${order._id}: trades not closed before cancelling`, error);
    return undefined;
  }
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
