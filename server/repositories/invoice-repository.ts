// The `invoices` collection: one invoice request per order (its id is `inv-<orderId>`, also unique on
// orderId), changed only by conditional updates on the status the caller saw. Clients read their own only.
import type { InvoiceKind, InvoiceStatus } from '../../typings/contracts/invoice';
import { database, readList, updateCount } from '../runtime/cloud';
import { busyError, isTransientError } from '../runtime/transient';
import { isDuplicateKeyError } from './database-errors';

/** An invoice request as stored (database/collections/invoices.schema.json). */
export interface InvoiceRecord {
  _id: string;
  orderId: string;
  storeId: string;
  _openid: string;
  status: InvoiceStatus;
  kind: InvoiceKind;
  title: string;
  taxNumber?: string;
  /** Where to send it; gone from an issued invoice once its customer erased their data. */
  email?: string;
  /** The order's total less what was refunded when it was asked (fen). */
  amountFen: number;
  pickupNumber?: string;
  requestedAt: Date;
  updatedAt: Date;
  issuedAt?: Date;
  fileId?: string;
  /** The staff member who marked it issued. */
  issuedBy?: string;
}

/** What the customer asks for: the fields a repeat request is compared on and a pending one updated with. */
export type InvoiceAsk = Pick<InvoiceRecord, 'kind' | 'title' | 'taxNumber' | 'email' | 'amountFen'>;

/** Requests a store's staff list at once. */
export const MAX_LISTED_INVOICES = 50;

const invoices = () => database().collection('invoices');

/** The invoice id of an order: one request per order. */
export const invoiceIdOf = (orderId: string): string => `inv-${orderId}`;

/** An invoice request by id, whoever owns it. */
export async function findInvoice(invoiceId: string): Promise<InvoiceRecord | undefined> {
  const [invoice] = await readList<InvoiceRecord>(invoices().where({ _id: invoiceId }).limit(1));
  return invoice;
}

/** Inserts a new request; `duplicate` when the order already has one (a request at the same moment). */
export async function insertInvoice(invoice: InvoiceRecord): Promise<'inserted' | 'duplicate'> {
  try {
    await invoices().add({ data: invoice });
    return 'inserted';
  } catch (error) {
    if (isDuplicateKeyError(error)) return 'duplicate';
    if (!isTransientError(error)) throw error;
    if (await findInvoice(invoice._id)) return 'duplicate';
    throw busyError();
  }
}

/** Replaces a pending request's title and address; false when it is no longer pending. */
export async function updatePendingInvoice(
  invoiceId: string,
  ask: InvoiceAsk,
  nowMs: number,
): Promise<boolean> {
  const _ = database().command;
  const data = {
    kind: ask.kind,
    title: ask.title,
    email: ask.email,
    amountFen: ask.amountFen,
    taxNumber: ask.taxNumber === undefined ? _.remove() : ask.taxNumber,
    updatedAt: new Date(nowMs),
  };
  return (await updateCount(invoices().where({ _id: invoiceId, status: 'requested' }), data)) === 1;
}

/** Marks a pending request issued with its file; false when it is no longer pending (it was issued meanwhile). */
export async function markIssued(
  invoiceId: string,
  fileId: string,
  issuedBy: string,
  nowMs: number,
): Promise<boolean> {
  const at = new Date(nowMs);
  const data = { status: 'issued', fileId, issuedBy, issuedAt: at, updatedAt: at };
  return (await updateCount(invoices().where({ _id: invoiceId, status: 'requested' }), data)) === 1;
}

/** A store's requests, optionally of one status, newest first (indexes `store_status_requested`, `store_requested`). */
export async function listStoreInvoices(storeId: string, status?: InvoiceStatus): Promise<InvoiceRecord[]> {
  const query = invoices().where(status === undefined ? { storeId } : { storeId, status });
  return readList<InvoiceRecord>(query.orderBy('requestedAt', 'desc').limit(MAX_LISTED_INVOICES));
}
