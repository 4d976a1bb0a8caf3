// staff.invoices and staff.markInvoiceIssued: the store's invoice requests for its front of house, and marking
// one issued with the file they uploaded to cloud storage. Both are logged in audit_log.
import type {
  MarkInvoiceIssuedInput,
  StaffInvoicesInput,
  StaffInvoicesOutput,
  StaffInvoiceView,
} from '../../../typings/contracts/invoice';
import { temporaryFileUrls } from '../../gateways/file-url-gateway';
import { appendAudit } from '../../repositories/audit-repository';
import { findInvoice, listStoreInvoices, markIssued } from '../../repositories/invoice-repository';
import { AppError } from '../../runtime/app-error';
import type { Caller } from '../../runtime/router';
import { requireInvoiceRole } from './invoice-access';
import { fileUrlsOf, staffInvoiceView } from './invoice-view';

/** The store's requests (of one status, or all), newest first, at most 50, with links to issued files. */
export async function staffInvoices(
  input: StaffInvoicesInput,
  caller: Caller,
  nowMs: number,
): Promise<StaffInvoicesOutput> {
  const target = { storeId: input.storeId, targetId: input.storeId, before: null };
  const member = await requireInvoiceRole('invoices', target, caller, nowMs);
  const records = await listStoreInvoices(input.storeId, input.status);
  await appendAudit(
    {
      storeId: input.storeId,
      actorOpenid: member._openid,
      actorRole: member.role,
      action: 'staff.invoices',
      targetCollection: 'invoices',
      targetId: input.storeId,
      before: null,
      after: { status: input.status ?? 'all', listed: records.length },
      source: caller.source,
    },
    nowMs,
  );
  const urls = await fileUrlsOf(records);
  return { invoices: records.map((record) => staffInvoiceView(record, urls)) };
}

function refused(field: string, problem: string, message: string): AppError<'INVALID_INPUT'> {
  return new AppError('INVALID_INPUT', message, { field, problem });
}

/** Marks a waiting request issued with `input.fileId` (which must be in storage); the same file again answers it. */
export async function markInvoiceIssued(
  input: MarkInvoiceIssuedInput,
  caller: Caller,
  nowMs: number,
): Promise<StaffInvoiceView> {
  const invoice = await findInvoice(input.invoiceId);
  if (!invoice) throw new AppError('NOT_FOUND', 'No such invoice request.', { field: 'invoiceId' });
  const target = { storeId: invoice.storeId, targetId: invoice._id, before: { status: invoice.status } };
  const member = await requireInvoiceRole('markInvoiceIssued', target, caller, nowMs);
  const urls = await temporaryFileUrls([input.fileId]);
  if (invoice.status === 'issued') {
    if (invoice.fileId === input.fileId) return staffInvoiceView(invoice, urls);
    throw refused('invoiceId', 'INVOICE_ISSUED', 'This invoice was already issued with another file.');
  }
  if (!urls.has(input.fileId))
    throw refused('fileId', 'FILE_NOT_FOUND', 'That file is not in cloud storage; upload it again.');
  if (!(await markIssued(invoice._id, input.fileId, member._openid, nowMs))) {
    const now = await findInvoice(invoice._id);
    if (now?.status === 'issued' && now.fileId === input.fileId) return staffInvoiceView(now, urls);
    throw refused('invoiceId', 'INVOICE_ISSUED', 'This invoice was just issued by someone else.');
  }
  await appendAudit(
    {
      storeId: invoice.storeId,
      actorOpenid: member._openid,
      actorRole: member.role,
      action: 'staff.markInvoiceIssued',
      targetCollection: 'invoices',
      targetId: invoice._id,
      before: { status: 'requested' },
      after: { status: 'issued', fileId: input.fileId },
      source: caller.source,
    },
    nowMs,
  );
  const at = new Date(nowMs);
  const issued = { ...invoice, status: 'issued' as const, fileId: input.fileId, issuedBy: member._openid };
  return staffInvoiceView({ ...issued, issuedAt: at, updatedAt: at }, urls);
}
