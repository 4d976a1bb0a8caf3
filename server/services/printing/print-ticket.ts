// Printing an order's kitchen ticket on its store's printer, the outcome recorded on the order: pending first
// (due for the sweeper after a lease, should this run stop), then printed, or failed and due at once — unless
// retrying cannot help (no account in the environment) or it failed MAX_PRINT_ATTEMPTS times: then it stays
// failed, shown on the order, for staff to reprint.
import type { StoreRecord } from '../../domain/catalog-types';
import type { OrderPrintRecord, OrderRecord } from '../../domain/order/order-record';
import { renderTicket } from '../../domain/ticket/render-ticket';
import { printerGatewayFor } from '../../gateways/printer-gateway';
import { loadStore } from '../../repositories/catalog-repository';
import { markPrinted, markPrintFailed, markPrintPending } from '../../repositories/print-status-repository';

/** How long a print under way keeps the sweeper away (ms): longer than a print call may take. */
const PRINT_LEASE_MS = 2 * 60 * 1000;
/** Prints after which a failed ticket is left failed for staff to reprint (about 2 hours of 5-minute sweeps). */
export const MAX_PRINT_ATTEMPTS = 24;

/** Prints the ticket on the store's printer; the print status it recorded. */
export async function printKitchenTicket(
  order: OrderRecord,
  store: StoreRecord,
  nowMs: number,
): Promise<OrderPrintRecord | undefined> {
  const printer = store.printer;
  if (!printer) return undefined;
  const attempts = (order.print?.attempts ?? 0) + 1;
  await markPrintPending(order._id, attempts, nowMs + PRINT_LEASE_MS, nowMs);
  const lines = renderTicket(
    { ...order, atMs: (order.acceptedAt ?? order.paidAt ?? new Date(nowMs)).getTime() },
    printer.width,
  );
  const outcome = await printerGatewayFor(printer).print({ lines, copies: printer.copies });
  const doneAtMs = Date.now();
  if (outcome.ok) {
    await markPrinted(order._id, attempts, outcome.jobId, doneAtMs);
    return { status: 'printed', attempts, jobId: outcome.jobId, updatedAt: new Date(doneAtMs) };
  }
  console.error(
    `order ${order._id}: kitchen ticket not printed (attempt ${String(attempts)}): ${outcome.reason}`,
  );
  await markPrintFailed(
    order._id,
    attempts,
    outcome.reason,
    doneAtMs,
    outcome.retryable && attempts < MAX_PRINT_ATTEMPTS,
  );
  return { status: 'failed', attempts, lastError: outcome.reason, updatedAt: new Date(doneAtMs) };
}

/** After staff.accept: prints when the store prints on accept. Never throws — accepting stands regardless. */
export async function printOnAccept(order: OrderRecord, nowMs: number): Promise<void> {
  try {
    const store = await loadStore(order.storeId);
    if (store?.printer?.printOnAccept)
      await printKitchenTicket({ ...order, acceptedAt: new Date(nowMs) }, store, nowMs);
  } catch (error) {
    console.error(`order ${order._id}: kitchen ticket left for the sweeper`, error);
  }
}

/** The sweeper's retry of a ticket that is due: printed, failed again, or (no printer any more) given up as failed. */
export async function retryKitchenTicket(order: OrderRecord, nowMs: number): Promise<'printed' | 'failed'> {
  const store = await loadStore(order.storeId);
  if (!store?.printer) {
    await markPrintFailed(order._id, order.print?.attempts ?? 1, 'the store has no printer', nowMs, false);
    return 'failed';
  }
  const printed = await printKitchenTicket(order, store, nowMs);
  return printed?.status === 'printed' ? 'printed' : 'failed';
}
