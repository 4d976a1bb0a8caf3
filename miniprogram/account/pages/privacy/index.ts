import { callCloud } from '../../../services/cloud';
import { errorText } from '../../../utils/error-text';
import { ensurePrivacy } from '../../utils/privacy-gate';
import { eraseSummary, exportSummary, type ExportSummary } from './privacy-summary';
import { accountTexts, at } from '../../i18n';

// What we keep and for how long, "export my data" (a summary, the JSON to copy) and "delete my data" (asked twice).
const TEXT_KEYS = {
  intro: 'me.privacyPage.intro',
  keepTitle: 'me.privacyPage.keepTitle',
  keepOrders: 'me.privacyPage.keep.orders',
  keepDelivery: 'me.privacyPage.keep.delivery',
  keepCart: 'me.privacyPage.keep.cart',
  keepAddresses: 'me.privacyPage.keep.addresses',
  keepConsents: 'me.privacyPage.keep.consents',
  keepMembers: 'me.privacyPage.keep.members',
  keepInvoices: 'me.privacyPage.keep.invoices',
  keepEncrypted: 'me.privacyPage.keep.encrypted',
  export: 'me.privacyPage.export',
  exporting: 'me.privacyPage.exporting',
  copy: 'me.privacyPage.copy',
  erase: 'me.privacyPage.erase',
} as const;

/** Asks with the platform's modal (its own button words: ours would pass its 4-character limit); true on confirm. */
async function confirmed(content: string): Promise<boolean> {
  const answer = await wx.showModal({
    title: at('me.privacyPage.eraseTitle'),
    content,
    confirmColor: '#e64340',
  });
  return answer.confirm;
}

Component({
  data: {
    exporting: false,
    erasing: false,
    exported: null as ExportSummary | null,
    erased: [] as string[],
    text: accountTexts(TEXT_KEYS),
  },
  methods: {
    onLoad() {
      this.setData({ text: accountTexts(TEXT_KEYS) });
      wx.setNavigationBarTitle({ title: at('me.privacyPage.title') });
    },
    async onExport() {
      if (this.data.exporting) return;
      this.setData({ exporting: true });
      const result = await callCloud('account', 'privacyExport', {});
      this.setData({ exporting: false });
      if (!result.ok) {
        wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        return;
      }
      // The whole JSON stays off the page's data (it can be large); only the summary is drawn.
      Object.assign(this, { exportJson: JSON.stringify(result.data, null, 2) });
      this.setData({ exported: exportSummary(result.data, Date.now()) });
    },
    /** The clipboard is a privacy API too: the guide is agreed to first. */
    async onCopy() {
      const json = (this as unknown as { exportJson?: string }).exportJson;
      if (!json) return;
      if (!(await ensurePrivacy())) {
        wx.showToast({ title: at('me.privacyGuide.declined'), icon: 'none' });
        return;
      }
      await wx.setClipboardData({ data: json }).catch(() => undefined); // the platform's own toast says it was copied
    },
    async onErase() {
      if (this.data.erasing) return;
      if (!(await confirmed(at('me.privacyPage.eraseConfirm1')))) return;
      if (!(await confirmed(at('me.privacyPage.eraseConfirm2')))) return;
      this.setData({ erasing: true });
      const result = await callCloud('account', 'privacyErase', { confirm: 'erase' });
      this.setData({ erasing: false });
      if (!result.ok) {
        // An order still being made stops the erase: say so where the result would be.
        if (result.error.code === 'ORDER_STATE_CONFLICT')
          this.setData({ erased: [at('me.privacyPage.eraseInProgress')] });
        else wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        return;
      }
      Object.assign(this, { exportJson: undefined });
      this.setData({ exported: null, erased: eraseSummary(result.data, Date.now()) });
      wx.showToast({ title: at('me.privacyPage.eraseDone'), icon: 'success' });
    },
  },
});
