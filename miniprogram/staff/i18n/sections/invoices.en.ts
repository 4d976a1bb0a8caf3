import type { TableOf } from '../../../i18n';
import type { staffInvoicesZh } from './invoices.zh-cn';

/** English texts of the invoices page: exactly the keys of the zh-CN section. */
export const staffInvoicesEn: TableOf<typeof staffInvoicesZh> = {
  'staff.invoices.title': 'Invoice requests',
  'staff.invoices.filter.requested': 'To issue',
  'staff.invoices.filter.issued': 'Issued',
  'staff.invoices.filter.all': 'All',
  'staff.invoices.pickup': 'Pickup {number}',
  'staff.invoices.noPickup': 'No pickup number',
  'staff.invoices.kind.personal': 'Personal',
  'staff.invoices.kind.company': 'Company',
  'staff.invoices.taxNumber': 'Tax no. {number}',
  'staff.invoices.requestedAt': 'Asked {time}',
  'staff.invoices.issuedAt': 'Issued {time}',
  'staff.invoices.upload': 'Upload and mark issued',
  'staff.invoices.uploading': 'Uploading…',
  'staff.invoices.marked': 'Marked issued',
  'staff.invoices.linkCopied': 'File link copied; open it in a browser',
  'staff.invoices.viewFile': 'View file',
  'staff.invoices.copyEmail': 'Copy email',
  'staff.invoices.empty.requested': 'No invoices to issue',
  'staff.invoices.empty.issued': 'No invoices issued yet',
  'staff.invoices.empty.all': 'No invoice requests yet',
  'staff.invoices.loading': 'Loading…',
  'staff.invoices.retry': 'Retry',
  'staff.invoices.uploadFailed': 'Upload failed; please try again',
  'staff.invoices.alreadyIssued': 'Someone else already issued this invoice',
  'staff.invoices.noStore': 'Open this from the shop console and choose a shop',
};
