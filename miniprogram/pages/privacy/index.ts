import { t, texts } from '../../i18n';
import { callCloud } from '../../services/cloud';
import { errorText } from '../../utils/error-text';
import { eraseSummary, exportSummary, type ExportSummary } from './privacy-summary';

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
  keepEncrypted: 'me.privacyPage.keep.encrypted',
  export: 'me.privacyPage.export',
  exporting: 'me.privacyPage.exporting',
  copy: 'me.privacyPage.copy',
  erase: 'me.privacyPage.erase',
} as const;

/** Asks with the platform's modal; true when the customer confirms. */
async function confirmed(content: string, confirmText: string): Promise<boolean> {
  const answer = await wx.showModal({
    title: t('me.privacyPage.eraseTitle'),
    content,
    confirmText,
    confirmColor: '#e64340',
    cancelText: t('common.cancel'),
  });
  return answer.confirm;
}

Component({
  data: {
    exporting: false,
    erasing: false,
    exported: null as ExportSummary | null,
    erased: [] as string[],
    text: texts(TEXT_KEYS),
  },
  methods: {
    onLoad() {
      this.setData({ text: texts(TEXT_KEYS) });
      wx.setNavigationBarTitle({ title: t('me.privacyPage.title') });
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
    onCopy() {
      const json = (this as unknown as { exportJson?: string }).exportJson;
      if (!json) return undefined;
      return wx.setClipboardData({ data: json });
    },
    async onErase() {
      if (this.data.erasing) return;
      if (!(await confirmed(t('me.privacyPage.eraseConfirm1'), t('common.confirm')))) return;
      if (!(await confirmed(t('me.privacyPage.eraseConfirm2'), t('me.privacyPage.erase')))) return;
      this.setData({ erasing: true });
      const result = await callCloud('account', 'privacyErase', { confirm: 'erase' });
      this.setData({ erasing: false });
      if (!result.ok) {
        // An order still being made stops the erase: say so where the result would be.
        if (result.error.code === 'ORDER_STATE_CONFLICT')
          this.setData({ erased: [t('me.privacyPage.eraseInProgress')] });
        else wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        return;
      }
      Object.assign(this, { exportJson: undefined });
      this.setData({ exported: null, erased: eraseSummary(result.data, Date.now()) });
      wx.showToast({ title: t('me.privacyPage.eraseDone'), icon: 'success' });
    },
  },
});
