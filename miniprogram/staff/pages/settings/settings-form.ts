// The settings page's form: the store's settings as editable text (yuan, minutes) and back to a saveSettings
// input, checked here first; the server's refusal turned into the field it names. Pure.
import type {
  SaveSettingsInput,
  SettingsPeriod,
  SettingsWeekday,
  StoreSettings,
} from '../../../../typings/contracts/staff-settings';
import type { ErrorBody } from '../../../../typings/result';
import { st, type StaffPlainKey } from '../../i18n';

export const WEEKDAYS: readonly SettingsWeekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Opening periods a day may have. */
export const PERIODS_PER_DAY = 4;

/** One weekday's row: its name and periods. */
export interface DayRow {
  day: SettingsWeekday;
  label: string;
  periods: SettingsPeriod[];
}

/** What the page edits: numbers as typed (yuan with up to two decimals, metres, minutes). */
export interface SettingsForm {
  days: DayRow[];
  holidays: string[];
  modes: { dineIn: boolean; pickup: boolean; delivery: boolean };
  radiusMetres: string;
  deliveryFeeYuan: string;
  minimumYuan: string;
  packagingFeeYuan: string;
  expiryMinutes: string;
}

/** Field → the words shown under it; keys `day_mon`, `holidays`, `modes`, `radiusMetres`… (no dots: setData paths). */
export type FormErrors = Record<string, string>;

const yuanOf = (fen: number): string => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));

/** The form of `settings`. */
export function formOf(settings: StoreSettings): SettingsForm {
  return {
    days: WEEKDAYS.map((day) => ({
      day,
      label: st(`staff.settings.day.${day}`),
      periods: settings.hours[day].map(({ open, close }) => ({ open, close })),
    })),
    holidays: [...settings.holidays],
    modes: { ...settings.modes },
    radiusMetres: String(settings.delivery.radiusMetres),
    deliveryFeeYuan: yuanOf(settings.delivery.feeFen),
    minimumYuan: yuanOf(settings.delivery.minimumFen),
    packagingFeeYuan: yuanOf(settings.packagingFeeFen),
    expiryMinutes: String(settings.unpaidOrderExpiryMinutes),
  };
}

/** Fen of a typed amount in yuan (`12`, `12.5`, `12.50`), or undefined when it is not one. */
export function fenOf(yuan: string): number | undefined {
  const text = yuan.trim();
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(text)) return undefined;
  const [whole = '0', cents = ''] = text.split('.');
  return Number(whole) * 100 + Number(cents.padEnd(2, '0'));
}

/** A whole number typed in, or undefined. */
function wholeOf(text: string): number | undefined {
  return /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The first problem of one day's periods, in words; empty when none. */
function dayError(periods: readonly SettingsPeriod[]): string {
  let lastClose = -1;
  for (const period of periods) {
    if (minutesOf(period.close) <= minutesOf(period.open)) return st('staff.settings.error.closeBeforeOpen');
    if (minutesOf(period.open) < lastClose) return st('staff.settings.error.overlap');
    lastClose = minutesOf(period.close);
  }
  return '';
}

/** The saveSettings input of `form`, or the errors that stop it. */
export function saveInputOf(
  storeId: string,
  form: SettingsForm,
): { input: SaveSettingsInput; errors: FormErrors } {
  const errors: FormErrors = {};
  const problem = (field: string, key: StaffPlainKey) => (errors[field] = st(key));
  for (const row of form.days) {
    const words = dayError(row.periods);
    if (words) errors[`day_${row.day}`] = words;
  }
  if (!form.modes.dineIn && !form.modes.pickup && !form.modes.delivery)
    problem('modes', 'staff.settings.error.noMode');
  const radiusMetres = wholeOf(form.radiusMetres);
  if (radiusMetres === undefined || radiusMetres < 100 || radiusMetres > 50_000)
    problem('radiusMetres', 'staff.settings.error.radius');
  const feeFen = fenOf(form.deliveryFeeYuan);
  if (feeFen === undefined || feeFen > 20_000) problem('deliveryFeeYuan', 'staff.settings.error.fee');
  const minimumFen = fenOf(form.minimumYuan);
  if (minimumFen === undefined || minimumFen > 200_000)
    problem('minimumYuan', 'staff.settings.error.minimum');
  const packagingFeeFen = fenOf(form.packagingFeeYuan);
  if (packagingFeeFen === undefined || packagingFeeFen > 5_000)
    problem('packagingFeeYuan', 'staff.settings.error.packaging');
  const expiry = wholeOf(form.expiryMinutes);
  if (expiry === undefined || expiry < 5 || expiry > 120)
    problem('expiryMinutes', 'staff.settings.error.expiry');
  const hours = Object.fromEntries(
    form.days.map((row) => [row.day, row.periods]),
  ) as SaveSettingsInput['hours'];
  return {
    errors,
    input: {
      storeId,
      ...(hours && { hours }),
      holidays: [...form.holidays].sort(),
      modes: form.modes,
      delivery: { radiusMetres: radiusMetres ?? 0, feeFen: feeFen ?? 0, minimumFen: minimumFen ?? 0 },
      unpaidOrderExpiryMinutes: expiry ?? 0,
      packagingFeeFen: packagingFeeFen ?? 0,
    },
  };
}

/** The server's path of a field (`hours.mon.1`, `delivery/feeFen`) as the form's field key. */
function formFieldOf(path: string): string {
  const [head = '', second = ''] = path.split(/[./]/).filter(Boolean);
  if (head === 'hours') return `day_${second}`;
  if (head === 'delivery')
    return (
      { radiusMetres: 'radiusMetres', feeFen: 'deliveryFeeYuan', minimumFen: 'minimumYuan' }[second] ??
      'radiusMetres'
    );
  if (head === 'packagingFeeFen') return 'packagingFeeYuan';
  if (head === 'unpaidOrderExpiryMinutes') return 'expiryMinutes';
  return head;
}

/** The field a refusal names, with the server's message under it; empty when it names none. */
export function serverErrors(error: ErrorBody): FormErrors {
  if (error.code !== 'INVALID_INPUT' || !error.details) return {};
  const details = error.details;
  if ('field' in details) return { [formFieldOf(details.field)]: error.message };
  const path = /^input\/(\S+)/.exec(details.problems[0] ?? '')?.[1];
  return path ? { [formFieldOf(path)]: st('staff.settings.error.invalid') } : {};
}
