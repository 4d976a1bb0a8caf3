import type { InvoiceView } from '../../../../typings/contracts/invoice';
import { formatFen } from '../../../i18n';
import { accountTexts, at } from '../../i18n';
import { callCloud } from '../../../services/cloud';
import { errorText } from '../../../utils/error-text';
import { openFileUrl } from '../../../utils/open-file-url';
import { cleanTaxNumber, requestOf, type FormProblem, type InvoiceForm } from './invoice-form';

const TEXT_KEYS = {
  title: 'invoice.title',
  request: 'invoice.request',
  kind: 'invoice.kind',
  personal: 'invoice.kind.personal',
  company: 'invoice.kind.company',
  name: 'invoice.name',
  taxNumber: 'invoice.taxNumber',
  taxNumberPlaceholder: 'invoice.taxNumberPlaceholder',
  email: 'invoice.email',
  emailPlaceholder: 'invoice.emailPlaceholder',
  chooseTitle: 'invoice.chooseTitle',
  submit: 'invoice.submit',
  cancel: 'invoice.cancel',
  edit: 'invoice.edit',
  view: 'invoice.view',
} as const;

const PROBLEM_KEYS = {
  title: 'invoice.problem.title',
  taxNumber: 'invoice.problem.taxNumber',
  email: 'invoice.problem.email',
} as const;

const EMPTY_FORM: InvoiceForm = { kind: 'personal', title: '', taxNumber: '', email: '' };

/** What the card shows of a request: its state line and amount. */
function summaryOf(invoice: InvoiceView | null) {
  if (!invoice) return null;
  return {
    statusText: at(`invoice.status.${invoice.status}`),
    amountText: at('invoice.amount', { amount: formatFen(invoice.amountFen) }),
    kindText: at(`invoice.kind.${invoice.kind}`),
  };
}

/** `wx.chooseInvoiceTitle`'s answer: type 0 a company, 1 a person. */
interface ChosenTitle {
  type: string | number;
  title: string;
  taxNumber?: string;
}

// The order page's invoice card: "申请开票 Request invoice" on a paid order opens the form (title type, title —
// filled from the customer's WeChat invoice titles where the client has them — tax number, email); once sent it
// shows the request's state, and an issued invoice's "查看发票 View". The page hears `change` with the request.
Component({
  properties: {
    orderId: { type: String, value: '' },
    /** The order's request (InvoiceView) or null. */
    invoice: { type: Object, value: null as InvoiceView | null },
    /** Whether the order may be invoiced (paid and not refunded). */
    canRequest: { type: Boolean, value: false },
  },
  data: {
    isEditing: false,
    form: { ...EMPTY_FORM },
    problem: null as FormProblem,
    problemText: '',
    busy: false,
    canChooseTitle: false,
    summary: null as ReturnType<typeof summaryOf>,
    text: accountTexts(TEXT_KEYS),
    namePlaceholder: at('invoice.namePlaceholder.personal'),
  },
  observers: {
    invoice(invoice: InvoiceView | null) {
      this.setData({ summary: summaryOf(invoice) });
    },
  },
  lifetimes: {
    attached() {
      this.setData({ canChooseTitle: wx.canIUse('chooseInvoiceTitle') === true });
    },
  },
  methods: {
    /** Opens the form, filled with the request when editing one. */
    onOpen() {
      const invoice = this.data.invoice as InvoiceView | null;
      const form: InvoiceForm = invoice
        ? {
            kind: invoice.kind,
            title: invoice.title,
            taxNumber: invoice.taxNumber ?? '',
            email: invoice.email,
          }
        : { ...EMPTY_FORM };
      this.setData({ isEditing: true, form, problem: null, problemText: '', ...this.placeholderFor(form) });
    },
    onClose() {
      this.setData({ isEditing: false, problem: null, problemText: '' });
    },
    onKind(
      event: WechatMiniprogram.CustomEvent<Record<string, never>, Record<string, never>, { kind: string }>,
    ) {
      const kind = event.currentTarget.dataset.kind === 'company' ? 'company' : 'personal';
      if (kind === this.data.form.kind) return;
      this.setData({ 'form.kind': kind, ...this.placeholderFor({ ...this.data.form, kind }) });
    },
    onInput(
      event: WechatMiniprogram.CustomEvent<{ value: string }, Record<string, never>, { field: string }>,
    ) {
      const field = event.currentTarget.dataset.field;
      if (field !== 'title' && field !== 'taxNumber' && field !== 'email') return;
      this.setData({
        [`form.${field}`]: event.detail.value,
        ...(this.data.problem === field && { problem: null, problemText: '' }),
      });
    },
    /** Fills the form from one of the customer's WeChat invoice titles. */
    onChooseTitle() {
      wx.chooseInvoiceTitle({
        success: (chosen: ChosenTitle) => {
          const kind = String(chosen.type) === '0' ? 'company' : 'personal';
          const form = {
            ...this.data.form,
            kind,
            title: chosen.title,
            taxNumber: cleanTaxNumber(chosen.taxNumber ?? ''),
          } as InvoiceForm;
          this.setData({ form, problem: null, problemText: '', ...this.placeholderFor(form) });
        },
      });
    },
    async onSubmit() {
      if (this.data.busy) return;
      const checked = requestOf(this.data.orderId, this.data.form);
      if (checked.problem) return this.showProblem(checked.problem);
      this.setData({ busy: true });
      const result = await callCloud('order', 'requestInvoice', checked.input);
      this.setData({ busy: false });
      if (result.ok) {
        this.setData({ isEditing: false });
        wx.showToast({ title: at('invoice.submitted'), icon: 'success' });
        this.triggerEvent('change', { invoice: result.data });
        return undefined;
      }
      const details = (result.error.details ?? {}) as { field?: string; problem?: string };
      if (details.problem === 'INVOICE_ISSUED') {
        this.setData({ isEditing: false });
        wx.showToast({ title: at('invoice.problem.issued'), icon: 'none' });
        this.triggerEvent('stale', {});
      } else if (details.field === 'title' || details.field === 'taxNumber' || details.field === 'email') {
        this.showProblem(details.field);
      } else wx.showToast({ title: errorText(result.error.code), icon: 'none' });
      return undefined;
    },
    /** Opens the issued file (or copies its link where the client has no document viewer). */
    onView() {
      const url = (this.data.invoice as InvoiceView | null)?.fileUrl;
      if (url) openFileUrl(url, at('invoice.linkCopied'));
    },
    showProblem(problem: Exclude<FormProblem, null>) {
      this.setData({ problem, problemText: at(PROBLEM_KEYS[problem]) });
    },
    placeholderFor(form: InvoiceForm) {
      return { namePlaceholder: at(`invoice.namePlaceholder.${form.kind}`) };
    },
  },
});
