import type { InvoiceStatus, StaffInvoiceView } from '../../../../typings/contracts/invoice';
import type { ErrorCode } from '../../../../typings/result';
import { callCloud } from '../../../services/cloud';
import { errorText } from '../../../utils/error-text';
import { openFileUrl } from '../../../utils/open-file-url';
import { perInstance } from '../../../utils/per-instance';
import { st, staffTexts } from '../../i18n';
import { pageStoreId } from '../../utils/page-store-id';
import { invoiceRow, type InvoiceRow } from './invoice-list-view';
import { uploadInvoiceFile } from './invoice-upload';

type PageState = 'loading' | 'error' | 'forbidden' | 'noStore' | 'list';
/** The filter tabs: one status, or every request. */
type Filter = InvoiceStatus | 'all';

const TEXT_KEYS = {
  requested: 'staff.invoices.filter.requested',
  issued: 'staff.invoices.filter.issued',
  all: 'staff.invoices.filter.all',
  upload: 'staff.invoices.upload',
  viewFile: 'staff.invoices.viewFile',
  loading: 'staff.invoices.loading',
  retry: 'staff.invoices.retry',
  forbidden: 'staff.common.forbidden',
  noStore: 'staff.invoices.noStore',
} as const;

/** What a page keeps outside `data`: the answers behind its rows (file links), and the latest read. */
const kept = perInstance(() => ({ invoices: [] as StaffInvoiceView[], reads: 0 }));

// The store's invoice requests for its front of house (owner, manager, clerk): filtered to be issued, issued or
// all; each with the order's pickup number, the amount, the title, tax number and email; "上传并标记已开" picks
// the issued invoice's file, uploads it to cloud storage and marks the request issued; issued ones open their file.
Component({
  data: {
    storeId: '',
    filter: 'requested' as Filter,
    state: 'loading' as PageState,
    errorMessage: '',
    rows: [] as InvoiceRow[],
    emptyText: '',
    /** The request being uploaded and marked, or ''. */
    busyId: '',
    text: staffTexts(TEXT_KEYS),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      wx.setNavigationBarTitle({ title: st('staff.invoices.title') });
      const storeId = pageStoreId(query);
      if (!storeId) return this.setData({ state: 'noStore' });
      this.setData({ storeId });
      return this.read();
    },
    onPullDownRefresh() {
      return this.read().finally(() => wx.stopPullDownRefresh());
    },
    onRetry() {
      this.setData({ state: 'loading' });
      return this.read();
    },
    onFilter(
      event: WechatMiniprogram.CustomEvent<Record<string, never>, Record<string, never>, { filter: string }>,
    ) {
      const wanted = event.currentTarget.dataset.filter;
      const filter: Filter = wanted === 'issued' || wanted === 'all' ? wanted : 'requested';
      if (filter === this.data.filter || this.data.state === 'noStore') return undefined;
      this.setData({ filter });
      return this.read();
    },
    async read() {
      const state = kept.of(this);
      const ticket = ++state.reads;
      const filter = this.data.filter;
      const input = { storeId: this.data.storeId, ...(filter !== 'all' && { status: filter }) };
      const result = await callCloud('staff', 'invoices', input);
      if (ticket !== state.reads) return;
      if (!result.ok) return this.showError(result.error.code);
      this.show(result.data.invoices);
    },
    show(invoices: StaffInvoiceView[]) {
      kept.of(this).invoices = invoices;
      const nowMs = Date.now();
      this.setData({
        state: 'list',
        rows: invoices.map((invoice) => invoiceRow(invoice, nowMs)),
        emptyText: st(`staff.invoices.empty.${this.data.filter}`),
      });
    },
    showError(code: ErrorCode) {
      if (code === 'FORBIDDEN') this.setData({ state: 'forbidden' });
      else if (this.data.state === 'list') wx.showToast({ title: errorText(code), icon: 'none' });
      else this.setData({ state: 'error', errorMessage: errorText(code) });
    },
    /** Picks the issued file, uploads it and marks the request issued; the row then shows it issued. */
    async onUpload(
      event: WechatMiniprogram.CustomEvent<Record<string, never>, Record<string, never>, { id: string }>,
    ) {
      const invoiceId = event.currentTarget.dataset.id;
      if (!invoiceId || this.data.busyId) return;
      this.setData({ busyId: invoiceId });
      try {
        const fileId = await uploadInvoiceFile(this.data.storeId, invoiceId, Date.now()).catch(() => {
          wx.showToast({ title: st('staff.invoices.uploadFailed'), icon: 'none' });
          return null;
        });
        if (!fileId) return;
        const result = await callCloud('staff', 'markInvoiceIssued', { invoiceId, fileId });
        if (result.ok) {
          wx.showToast({ title: st('staff.invoices.marked'), icon: 'success' });
          this.replace(result.data);
          return;
        }
        const problem = (result.error.details as { problem?: string } | undefined)?.problem;
        const title =
          problem === 'INVOICE_ISSUED' ? st('staff.invoices.alreadyIssued') : errorText(result.error.code);
        wx.showToast({ title, icon: 'none' });
        await this.read();
      } finally {
        this.setData({ busyId: '' });
      }
    },
    /** One request as the server answered it: its row changes in place (it stays until the list is read again). */
    replace(invoice: StaffInvoiceView) {
      const state = kept.of(this);
      const index = state.invoices.findIndex((candidate) => candidate.id === invoice.id);
      if (index < 0) return;
      state.invoices[index] = invoice;
      this.setData({ [`rows[${index}]`]: invoiceRow(invoice, Date.now()) });
    },
    onViewFile(
      event: WechatMiniprogram.CustomEvent<Record<string, never>, Record<string, never>, { id: string }>,
    ) {
      const invoice = kept
        .of(this)
        .invoices.find((candidate) => candidate.id === event.currentTarget.dataset.id);
      if (invoice?.fileUrl) openFileUrl(invoice.fileUrl, st('staff.invoices.linkCopied'));
    },
    onCopyEmail(
      event: WechatMiniprogram.CustomEvent<Record<string, never>, Record<string, never>, { email: string }>,
    ) {
      wx.setClipboardData({ data: event.currentTarget.dataset.email });
    },
  },
});
