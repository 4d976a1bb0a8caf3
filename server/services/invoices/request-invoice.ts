// order.requestInvoice: a customer asks for an invoice on one of their paid orders. One request per order: the
// same ask again answers the same request, a different one while it waits replaces it, and once it is issued
// nothing changes it (INVALID_INPUT, problem INVOICE_ISSUED).
import type { InvoiceView, RequestInvoiceInput } from '../../../typings/contracts/invoice';
import type { OrderStatus } from '../../../typings/contracts/order';
import type { OrderRecord } from '../../domain/order/order-record';
import { refundableFen } from '../../domain/order/refund-plan';
import {
  findInvoice,
  insertInvoice,
  invoiceIdOf,
  updatePendingInvoice,
  type InvoiceAsk,
  type InvoiceRecord,
} from '../../repositories/invoice-repository';
import { AppError } from '../../runtime/app-error';
import type { Caller } from '../../runtime/router';
import { requireOwnOrder } from '../order/own-order';
import { fileUrlsOf, invoiceView } from './invoice-view';

/** Statuses of a paid order that still has money to invoice (a refunding or refunded one has none left). */
export const INVOICEABLE: readonly OrderStatus[] = ['PAID', 'ACCEPTED', 'READY', 'COMPLETED'];

/** Rounds of read-then-write before a request racing another answers BUSY. */
const MAX_ROUNDS = 3;

function refused(field: string, problem: string, message: string): AppError<'INVALID_INPUT'> {
  return new AppError('INVALID_INPUT', message, { field, problem });
}

/** The ask as stored: the title trimmed, a tax number only (and always) for a company. */
function askOf(input: RequestInvoiceInput, order: OrderRecord): InvoiceAsk {
  if (input.kind === 'company' && input.taxNumber === undefined)
    throw refused('taxNumber', 'REQUIRED', 'A company invoice needs the company’s tax number.');
  if (input.kind === 'personal' && input.taxNumber !== undefined)
    throw refused('taxNumber', 'NOT_FOR_PERSONAL', 'A personal invoice has no tax number; choose company.');
  return {
    kind: input.kind,
    title: input.title.trim(),
    ...(input.taxNumber !== undefined && { taxNumber: input.taxNumber }),
    email: input.email.trim(),
    amountFen: refundableFen(order),
  };
}

const sameAsk = (record: InvoiceRecord, ask: InvoiceAsk): boolean =>
  record.kind === ask.kind &&
  record.title === ask.title &&
  record.taxNumber === ask.taxNumber &&
  record.email === ask.email;

/** Records (or answers, or updates) the caller's invoice request on their order. */
export async function requestInvoice(
  input: RequestInvoiceInput,
  caller: Caller,
  nowMs: number,
): Promise<InvoiceView> {
  const order = await requireOwnOrder(input.orderId, caller);
  const ask = askOf(input, order);
  if (!INVOICEABLE.includes(order.status) || ask.amountFen <= 0) {
    throw new AppError('ORDER_STATE_CONFLICT', `An order that is ${order.status} cannot be invoiced.`, {
      status: order.status,
    });
  }
  const invoiceId = invoiceIdOf(order._id);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const existing = await findInvoice(invoiceId);
    if (!existing) {
      const record: InvoiceRecord = {
        _id: invoiceId,
        orderId: order._id,
        storeId: order.storeId,
        _openid: order._openid,
        status: 'requested',
        ...ask,
        ...(order.pickupNumber !== undefined && { pickupNumber: order.pickupNumber }),
        requestedAt: new Date(nowMs),
        updatedAt: new Date(nowMs),
      };
      if ((await insertInvoice(record)) === 'inserted') return invoiceView(record, new Map());
      continue; // another request for this order landed first: compare with it
    }
    if (sameAsk(existing, ask)) return invoiceView(existing, await fileUrlsOf([existing]));
    if (existing.status === 'issued')
      throw refused(
        'orderId',
        'INVOICE_ISSUED',
        'This order’s invoice was already issued; it cannot be changed.',
      );
    if (await updatePendingInvoice(invoiceId, ask, nowMs)) {
      const { taxNumber: _previous, ...rest } = existing;
      return invoiceView({ ...rest, ...ask, updatedAt: new Date(nowMs) }, new Map());
    }
  }
  throw new AppError('BUSY', 'This invoice is changing right now; please try again.');
}
