// The board's page cursor: where the next page starts (the last order's time and id), opaque to the client.
import { isOrderId } from '../../../domain/order/order-ids';
import type { OrderRecord } from '../../../domain/order/order-record';
import type { OrderCursor } from '../../../repositories/order-repository';
import { AppError } from '../../../runtime/app-error';

/** The cursor naming the page after `order`. */
export function encodeBoardCursor(order: OrderRecord): string {
  const cursor: OrderCursor = { createdAtMs: new Date(order.createdAt).getTime(), orderId: order._id };
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** The cursor's place, or INVALID_INPUT for text this board did not give out. */
export function decodeBoardCursor(text: string): OrderCursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<OrderCursor>;
    if (Number.isSafeInteger(value.createdAtMs) && isOrderId(value.orderId)) {
      return { createdAtMs: value.createdAtMs as number, orderId: value.orderId };
    }
  } catch {
    // falls through to the refusal
  }
  throw new AppError('INVALID_INPUT', 'input/cursor is not a cursor this board gave out', {
    field: 'cursor',
  });
}
