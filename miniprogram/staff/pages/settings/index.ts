import type { ManualState, StoreSettings } from '../../../../typings/contracts/staff-settings';
import type { ErrorBody } from '../../../../typings/result';
import { callCloud } from '../../../services/cloud';
import { getLocale } from '../../../i18n';
import { errorText } from '../../../utils/error-text';
import { st, staffTexts } from '../../i18n';
import { pageStoreId, speakSessionLocale } from './page-store';
import { formOf, PERIODS_PER_DAY, saveInputOf, serverErrors, type FormErrors } from './settings-form';

// Store settings: the open / busy / closed switch at the top (one tap saves it), then hours, days off, modes,
// delivery, fees and the unpaid window, saved together with each refused field marked. A clerk gets the switch.
const TEXT_KEYS = {
  loading: 'staff.settings.loading',
  retry: 'staff.settings.retry',
  state: 'staff.settings.state',
  message: 'staff.settings.state.message',
  messagePlaceholder: 'staff.settings.state.messagePlaceholder',
  clerkNote: 'staff.settings.clerkNote',
  hours: 'staff.settings.hours',
  hoursNote: 'staff.settings.hoursNote',
  addPeriod: 'staff.settings.addPeriod',
  removePeriod: 'staff.settings.removePeriod',
  dayClosed: 'staff.settings.dayClosed',
  holidays: 'staff.settings.holidays',
  holidaysNote: 'staff.settings.holidaysNote',
  addHoliday: 'staff.settings.addHoliday',
  noHolidays: 'staff.settings.noHolidays',
  modes: 'staff.settings.modes',
  dineIn: 'staff.settings.mode.dineIn',
  pickup: 'staff.settings.mode.pickup',
  delivery: 'staff.settings.mode.delivery',
  deliveryTitle: 'staff.settings.delivery',
  radius: 'staff.settings.radius',
  deliveryFee: 'staff.settings.deliveryFee',
  minimum: 'staff.settings.minimum',
  orders: 'staff.settings.orders',
  packagingFee: 'staff.settings.packagingFee',
  expiry: 'staff.settings.expiry',
  save: 'staff.settings.save',
} as const;

const STATES: readonly ManualState[] = ['open', 'busy', 'closed'];

type Dataset<T> = { currentTarget: { dataset: T } };
type TimeEvent = { detail: { value: string } } & Dataset<{
  day: number;
  index: number;
  edge: 'open' | 'close';
}>;
type DayEvent = Dataset<{ day: number; index?: number }>;

/** Today in China time, `YYYY-MM-DD`: the earliest day off one may add. */
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

Component({
  data: {
    phase: 'loading' as 'loading' | 'ready' | 'error' | 'forbidden',
    errorMessage: '',
    storeId: '',
    storeName: '',
    mayEditAll: false,
    state: 'open' as ManualState,
    stateMessage: '',
    stateNote: '',
    states: [] as Array<{ state: ManualState; label: string }>,
    switching: false,
    form: null as ReturnType<typeof formOf> | null,
    errors: {} as FormErrors,
    today: '',
    periodsPerDay: PERIODS_PER_DAY,
    saving: false,
    text: staffTexts(TEXT_KEYS),
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      speakSessionLocale();
      this.setData({
        storeId: pageStoreId(query),
        text: staffTexts(TEXT_KEYS),
        states: STATES.map((state) => ({ state, label: st(`staff.settings.state.${state}`) })),
        today: chinaToday(),
      });
      wx.setNavigationBarTitle({ title: st('staff.settings.title') });
      return this.load();
    },
    onRetry() {
      return this.load();
    },
    async load() {
      if (this.data.phase !== 'loading') this.setData({ phase: 'loading' });
      const result = await callCloud('staff', 'settings', { storeId: this.data.storeId });
      if (!result.ok) return this.fail(result.error);
      return this.show(result.data);
    },
    fail(error: ErrorBody) {
      if (error.code === 'FORBIDDEN')
        return this.setData({ phase: 'forbidden', errorMessage: st('staff.common.forbidden') });
      return this.setData({ phase: 'error', errorMessage: errorText(error.code) });
    },
    show(settings: StoreSettings) {
      this.setData({
        phase: 'ready',
        storeName: getLocale() === 'zh-CN' ? settings.name : settings.nameEn,
        mayEditAll: settings.mayEdit === 'all',
        ...this.stateData(settings),
        form: formOf(settings),
        errors: {},
      });
    },
    stateData(settings: Pick<StoreSettings, 'state' | 'stateMessage'>) {
      return {
        state: settings.state,
        stateMessage: settings.stateMessage,
        stateNote: st(`staff.settings.state.${settings.state}Note`),
      };
    },

    /** One tap on 营业 / 忙碌 / 打烊 saves the state, with the message for busy and closed. */
    async onState(event: Dataset<{ state: ManualState }>) {
      const state = event.currentTarget.dataset.state;
      if (this.data.switching) return;
      this.setData({ switching: true });
      const message = state === 'open' ? {} : { stateMessage: this.data.stateMessage.trim() };
      const result = await callCloud('staff', 'saveSettings', {
        storeId: this.data.storeId,
        state,
        ...message,
      });
      this.setData({ switching: false });
      if (!result.ok) {
        if (result.error.code === 'FORBIDDEN') return this.fail(result.error);
        wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        return;
      }
      this.setData(this.stateData(result.data));
      wx.showToast({ title: st('staff.settings.state.switched'), icon: 'success' });
    },
    onMessageInput(event: WechatMiniprogram.Input) {
      this.setData({ stateMessage: event.detail.value });
    },

    onTimeChange(event: TimeEvent) {
      const { day, index, edge } = event.currentTarget.dataset;
      this.setData({
        [`form.days[${day}].periods[${index}].${edge}`]: event.detail.value,
        [`errors.day_${this.dayKey(day)}`]: '',
      });
    },
    onAddPeriod(event: DayEvent) {
      const { day } = event.currentTarget.dataset;
      const periods = this.data.form?.days[day]?.periods ?? [];
      if (periods.length >= PERIODS_PER_DAY) return;
      const last = periods[periods.length - 1];
      const next =
        last && last.close < '22:00'
          ? { open: last.close, close: '22:00' }
          : { open: '09:00', close: '21:00' };
      this.setData({ [`form.days[${day}].periods`]: [...periods, next] });
    },
    onRemovePeriod(event: DayEvent) {
      const { day, index } = event.currentTarget.dataset;
      const periods = (this.data.form?.days[day]?.periods ?? []).filter((_, at) => at !== index);
      this.setData({ [`form.days[${day}].periods`]: periods, [`errors.day_${this.dayKey(day)}`]: '' });
    },
    dayKey(day: number): string {
      return this.data.form?.days[day]?.day ?? '';
    },
    onAddHoliday(event: { detail: { value: string } }) {
      const holidays = this.data.form?.holidays ?? [];
      if (holidays.includes(event.detail.value)) return;
      this.setData({ 'form.holidays': [...holidays, event.detail.value].sort() });
    },
    onRemoveHoliday(event: Dataset<{ date: string }>) {
      const holidays = (this.data.form?.holidays ?? []).filter(
        (date) => date !== event.currentTarget.dataset.date,
      );
      this.setData({ 'form.holidays': holidays });
    },
    onModeChange(
      event: WechatMiniprogram.SwitchChange & Dataset<{ mode: 'dineIn' | 'pickup' | 'delivery' }>,
    ) {
      this.setData({
        [`form.modes.${event.currentTarget.dataset.mode}`]: event.detail.value,
        'errors.modes': '',
      });
    },
    onInput(event: WechatMiniprogram.Input & Dataset<{ field: string }>) {
      const { field } = event.currentTarget.dataset;
      this.setData({ [`form.${field}`]: event.detail.value, [`errors.${field}`]: '' });
    },

    async onSave() {
      const { form, storeId } = this.data;
      if (!form || this.data.saving) return;
      const { input, errors } = saveInputOf(storeId, form);
      this.setData({ errors });
      if (Object.keys(errors).length > 0) {
        wx.showToast({ title: st('staff.settings.fixErrors'), icon: 'none' });
        return;
      }
      this.setData({ saving: true });
      const result = await callCloud('staff', 'saveSettings', input);
      this.setData({ saving: false });
      if (!result.ok) {
        if (result.error.code === 'FORBIDDEN') return this.fail(result.error);
        this.setData({ errors: serverErrors(result.error) });
        wx.showToast({ title: errorText(result.error.code), icon: 'none' });
        return;
      }
      this.show(result.data);
      wx.showToast({ title: st('staff.settings.saved'), icon: 'success' });
    },
  },
});
