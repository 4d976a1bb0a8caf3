// The kitchen ticket's print status on an order (`print`, `printRetryDueAt`): one update per change.
import type { OrderPrintRecord } from '../domain/order/order-record';
import { database, updateCount } from '../runtime/cloud';

const orders = () => database().collection('orders');

/** A print under way: recorded first, due for the sweeper at `retryAtMs` in case this run stops before the end. */
export async function markPrintPending(
  orderId: string,
  attempts: number,
  retryAtMs: number,
  nowMs: number,
): Promise<void> {
  const _ = database().command;
  const print: OrderPrintRecord = { status: 'pending', attempts, updatedAt: new Date(nowMs) };
  await updateCount(orders().where({ _id: orderId }), {
    print: _.set(print),
    printRetryDueAt: new Date(retryAtMs),
  });
}

/** The ticket printed as job `jobId`: nothing is due any more. */
export async function markPrinted(
  orderId: string,
  attempts: number,
  jobId: string,
  nowMs: number,
): Promise<void> {
  const _ = database().command;
  const print: OrderPrintRecord = { status: 'printed', attempts, jobId, updatedAt: new Date(nowMs) };
  await updateCount(orders().where({ _id: orderId }), { print: _.set(print), printRetryDueAt: _.remove() });
}

/** The print failed: recorded with why, and due for the sweeper's next run (unless there is nothing to retry on). */
export async function markPrintFailed(
  orderId: string,
  attempts: number,
  reason: string,
  nowMs: number,
  retry = true,
): Promise<void> {
  const _ = database().command;
  const print: OrderPrintRecord = {
    status: 'failed',
    attempts,
    lastError: reason.slice(0, 256),
    updatedAt: new Date(nowMs),
  };
  await updateCount(orders().where({ _id: orderId }), {
    print: _.set(print),
    printRetryDueAt: retry ? new Date(nowMs) : _.remove(),
  });
}
