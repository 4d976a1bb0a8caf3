import type { TableOf } from '../../../i18n';
import type { invoiceZh } from './invoice.zh-cn';

/** English texts of the order page's invoice card (account subpackage): exactly the keys of the zh-CN section. */
export const invoiceEn: TableOf<typeof invoiceZh> = {
  'invoice.title': 'Invoice',
  'invoice.request': 'Request invoice',
  'invoice.kind': 'Title type',
  'invoice.kind.personal': 'Personal',
  'invoice.kind.company': 'Company',
  'invoice.name': 'Invoice title',
  'invoice.namePlaceholder.personal': 'Your full name',
  'invoice.namePlaceholder.company': 'Company’s full name',
  'invoice.taxNumber': 'Tax number',
  'invoice.taxNumberPlaceholder': '15–20 digits or capital letters',
  'invoice.email': 'Email',
  'invoice.emailPlaceholder': 'Where we send the invoice',
  'invoice.chooseTitle': 'Use a WeChat invoice title',
  'invoice.submit': 'Submit',
  'invoice.cancel': 'Cancel',
  'invoice.edit': 'Edit',
  'invoice.status.requested': 'Requested, being issued',
  'invoice.status.issued': 'Issued',
  'invoice.amount': 'Amount {amount}',
  'invoice.view': 'View',
  'invoice.linkCopied': 'Invoice link copied; open it in a browser',
  'invoice.submitted': 'Invoice requested',
  'invoice.problem.title': 'Enter the invoice title (at most 100 characters)',
  'invoice.problem.taxNumber': 'The tax number is 15–20 digits or capital letters',
  'invoice.problem.email': 'Enter a valid email address',
  'invoice.problem.issued': 'The invoice was issued and can no longer be changed',
};
