// Invoice requests as the customer and the store's staff see them, with a temporary link to an issued file.
import type { InvoiceView, StaffInvoiceView } from '../../../typings/contracts/invoice';
import { temporaryFileUrls } from '../../gateways/file-url-gateway';
import { findInvoice, invoiceIdOf, type InvoiceRecord } from '../../repositories/invoice-repository';

const iso = (at: Date | string | undefined): string | null =>
  at === undefined ? null : new Date(at).toISOString();

/** The customer's view of one request; `fileUrl` from `urls` (see withFileUrls). */
export function invoiceView(record: InvoiceRecord, urls: ReadonlyMap<string, string>): InvoiceView {
  return {
    id: record._id,
    orderId: record.orderId,
    status: record.status,
    kind: record.kind,
    title: record.title,
    taxNumber: record.taxNumber ?? null,
    email: record.email ?? '',
    amountFen: record.amountFen,
    requestedAt: iso(record.requestedAt) ?? '',
    issuedAt: iso(record.issuedAt),
    fileUrl: (record.fileId && urls.get(record.fileId)) || null,
  };
}

/** The staff's view: the customer's, plus the pickup number and the file's cloud id. */
export function staffInvoiceView(record: InvoiceRecord, urls: ReadonlyMap<string, string>): StaffInvoiceView {
  return {
    ...invoiceView(record, urls),
    pickupNumber: record.pickupNumber ?? null,
    fileId: record.fileId ?? null,
  };
}

/** Links for the issued files among `records` (no call when none is issued). */
export async function fileUrlsOf(records: readonly InvoiceRecord[]): Promise<Map<string, string>> {
  const fileIds = records.flatMap((record) => (record.fileId ? [record.fileId] : []));
  return fileIds.length === 0 ? new Map() : temporaryFileUrls(fileIds);
}

/** The customer's view of the invoice request on `orderId`, if one was made (one read, a link when issued). */
export async function invoiceOfOrder(orderId: string): Promise<InvoiceView | null> {
  const record = await findInvoice(invoiceIdOf(orderId));
  return record ? invoiceView(record, await fileUrlsOf([record])) : null;
}
