import type { StaffTableView } from '../../../../typings/contracts/staff-settings';
import type { ErrorBody } from '../../../../typings/result';
import { callCloud } from '../../../services/cloud';
import { getLocale } from '../../../i18n';
import { errorText } from '../../../utils/error-text';
import { st, staffTexts } from '../../i18n';
import { pageStoreId, speakSessionLocale } from '../settings/page-store';

// The store's tables: the list, adding one by its code, disabling and enabling, and each table's printable
// mini-program code (made on the first tap, then shown; tapping the image opens it full screen to save or print).
const TEXT_KEYS = {
  loading: 'staff.tables.loading',
  retry: 'staff.tables.retry',
  empty: 'staff.tables.empty',
  add: 'staff.tables.add',
  codePlaceholder: 'staff.tables.codePlaceholder',
  disabled: 'staff.tables.disabled',
  disable: 'staff.tables.disable',
  enable: 'staff.tables.enable',
  showCode: 'staff.tables.showCode',
  making: 'staff.tables.making',
  codeHint: 'staff.tables.codeHint',
  readOnly: 'staff.tables.readOnly',
} as const;

/** A table's row: the table and its code image once made. */
interface TableRow extends StaffTableView {
  seatsText: string;
  codeUrl: string;
  making: boolean;
}

type Dataset<T> = { currentTarget: { dataset: T } };
const CODE_PATTERN = /^[A-Z][0-9]{2}$/;

const rowOf = (table: StaffTableView, codeUrl = ''): TableRow => ({
  ...table,
  name: getLocale() === 'zh-CN' ? table.name : table.nameEn,
  seatsText: st('staff.tables.seats', { count: table.seats }),
  codeUrl,
  making: false,
});

Component({
  data: {
    phase: 'loading' as 'loading' | 'ready' | 'error' | 'forbidden',
    errorMessage: '',
    storeId: '',
    mayEdit: false,
    rows: [] as TableRow[],
    newCode: '',
    codeError: '',
    adding: false,
    text: staffTexts(TEXT_KEYS),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      speakSessionLocale();
      this.setData({ storeId: pageStoreId(query), text: staffTexts(TEXT_KEYS) });
      wx.setNavigationBarTitle({ title: st('staff.tables.title') });
      return this.load();
    },
    onRetry() {
      return this.load();
    },
    async load() {
      if (this.data.phase !== 'loading') this.setData({ phase: 'loading' });
      const result = await callCloud('staff', 'tables', { storeId: this.data.storeId });
      if (!result.ok) return this.fail(result.error);
      const shown = new Map(this.data.rows.map((row) => [row.id, row.codeUrl]));
      return this.setData({
        phase: 'ready',
        mayEdit: result.data.mayEdit,
        rows: result.data.tables.map((table) => rowOf(table, shown.get(table.id))),
      });
    },
    fail(error: ErrorBody) {
      if (error.code === 'FORBIDDEN')
        return this.setData({ phase: 'forbidden', errorMessage: st('staff.common.forbidden') });
      return this.setData({ phase: 'error', errorMessage: errorText(error.code) });
    },
    indexOf(tableId: string): number {
      return this.data.rows.findIndex((row) => row.id === tableId);
    },

    onCodeInput(event: WechatMiniprogram.Input) {
      this.setData({ newCode: event.detail.value.toUpperCase(), codeError: '' });
    },
    async onAdd() {
      const code = this.data.newCode.trim();
      if (this.data.adding) return;
      if (!CODE_PATTERN.test(code)) return this.setData({ codeError: st('staff.tables.codeRule') });
      this.setData({ adding: true });
      const result = await callCloud('staff', 'saveTable', { storeId: this.data.storeId, code });
      this.setData({ adding: false });
      if (!result.ok) {
        if (result.error.code === 'FORBIDDEN') return this.fail(result.error);
        const details = result.error.code === 'INVALID_INPUT' ? result.error.details : undefined;
        const taken = details !== undefined && 'field' in details && details.problem === 'CODE_TAKEN';
        return this.setData({
          codeError: taken ? st('staff.tables.codeTaken', { code }) : errorText(result.error.code),
        });
      }
      const rows = [...this.data.rows, rowOf(result.data)].sort((a, b) => (a.code < b.code ? -1 : 1));
      this.setData({ rows, newCode: '' });
      wx.showToast({ title: st('staff.tables.added'), icon: 'success' });
    },
    async onToggle(event: Dataset<{ id: string }>) {
      const index = this.indexOf(event.currentTarget.dataset.id);
      const row = this.data.rows[index];
      if (!row) return;
      const result = await callCloud('staff', 'saveTable', {
        storeId: this.data.storeId,
        tableId: row.id,
        isActive: !row.isActive,
      });
      if (!result.ok) {
        if (result.error.code === 'FORBIDDEN') return this.fail(result.error);
        wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        return;
      }
      this.setData({ [`rows[${index}].isActive`]: result.data.isActive });
    },
    async onShowCode(event: Dataset<{ id: string }>) {
      const index = this.indexOf(event.currentTarget.dataset.id);
      const row = this.data.rows[index];
      if (!row || row.making) return;
      this.setData({ [`rows[${index}].making`]: true });
      const result = await callCloud('staff', 'tableCode', { storeId: this.data.storeId, tableId: row.id });
      this.setData({ [`rows[${index}].making`]: false });
      if (!result.ok) {
        wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        return;
      }
      this.setData({ [`rows[${index}].codeUrl`]: result.data.tempUrl });
    },
    /** Full screen, where the phone offers to save the image (then print it). */
    onPreviewCode(event: Dataset<{ url: string }>) {
      const { url } = event.currentTarget.dataset;
      const urls = this.data.rows.map((row) => row.codeUrl).filter(Boolean);
      void wx.previewImage({ urls, current: url });
    },
  },
});
