// The text tables' one entry point: `t(key, params)` in the current language, money and China time.
import { en } from './en';
import { chinaClock, formatFen } from './format';
import type { Locale, ParamsArg, PluralText, TextKey, TextTable } from './types';
import { zhCN } from './zh-cn';

export { formatFen, toMs } from './format';
export {
  LOCALES,
  type Locale,
  type ParamsOf,
  type PluralText,
  type TableOf,
  type TableParamsArg,
  type TextKey,
  type TextTable,
} from './types';

/** Every language's table; zh-CN's is typed the same as the others. */
export const TABLES: { readonly [L in Locale]: TextTable } = { 'zh-CN': zhCN, en };

/** The language new customers see. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

let current: Locale = DEFAULT_LOCALE;

/** Switches the language `t` speaks (the session store calls it and remembers the choice). */
export function setLocale(locale: Locale): void {
  current = locale;
}

/** The language `t` speaks now. */
export function getLocale(): Locale {
  return current;
}

/** True for a value naming one of our languages (for what storage or a query hands back). */
export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

function fill(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`text needs {${name}}`);
    return String(value);
  });
}

function pick(entry: string | PluralText, count: unknown): string {
  if (typeof entry === 'string') return entry;
  return count === 1 ? entry.one : entry.other;
}

/** One table entry as text: a plural picks its form by `params.count`, then placeholders are filled. */
export function fillEntry(
  entry: string | PluralText,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return fill(pick(entry, params.count), params);
}

/** The text of `key` in `locale`, placeholders filled; a plural picks its form by `params.count`. */
export function translate<K extends TextKey>(locale: Locale, key: K, ...params: ParamsArg<K>): string {
  return fillEntry(TABLES[locale][key], params[0]);
}

/** The text of `key` in the current language. */
export function t<K extends TextKey>(key: K, ...params: ParamsArg<K>): string {
  return translate(current, key, ...params);
}

/** zh-CN first with English alongside, for texts both readers must see: `中文 · English`. */
export function bilingual<K extends TextKey>(key: K, ...params: ParamsArg<K>): string {
  return `${translate('zh-CN', key, ...params)} · ${translate('en', key, ...params)}`;
}

/** A short label in both languages, zh-CN first, a space between: `营业中 Open` (buttons, states). */
export function labelPair<K extends TextKey>(key: K, ...params: ParamsArg<K>): string {
  return `${translate('zh-CN', key, ...params)} ${translate('en', key, ...params)}`;
}

/** A key whose text has no placeholders. */
export type PlainKey = { [K in TextKey]: ParamsArg<K> extends [] ? K : never }[TextKey];

/**
 * A page's static texts in one object for `setData`: `{ retry: 'common.retry' }` → `{ retry: '重试' }`, in
 * `locale` (default: the current one); call again after the language changes.
 */
export function texts<N extends string>(
  keys: Readonly<Record<N, PlainKey>>,
  locale: Locale = current,
): Record<N, string> {
  const entries = Object.entries<PlainKey>(keys).map(([name, key]) => [name, translate(locale, key)]);
  return Object.fromEntries(entries);
}

/** Money from fen: `¥12.50` (the same in every language). */
export function money(fen: number): string {
  return formatFen(fen);
}

/**
 * A moment in China time for `locale` (default: the current one), relative to `now`: `今天 14:30` / `Today 14:30`,
 * tomorrow and yesterday likewise, else `12月3日 09:00` / `Dec 3, 09:00`. Times are ms or ISO strings.
 */
export function chinaTime(at: number | string, now: number | string, locale: Locale = current): string {
  const clock = chinaClock(at);
  const days = clock.dayNumber - chinaClock(now).dayNumber;
  const time = clock.hhmm;
  if (days === 0) return translate(locale, 'time.today', { time });
  if (days === 1) return translate(locale, 'time.tomorrow', { time });
  if (days === -1) return translate(locale, 'time.yesterday', { time });
  const month = translate(locale, MONTH_KEYS[clock.month - 1] ?? 'month.1');
  return translate(locale, 'time.date', { month, day: clock.day, time });
}

/** Only `HH:mm` in China time, e.g. an opening hour. */
export function chinaHhmm(at: number | string): string {
  return chinaClock(at).hhmm;
}

const MONTH_KEYS = [
  'month.1',
  'month.2',
  'month.3',
  'month.4',
  'month.5',
  'month.6',
  'month.7',
  'month.8',
  'month.9',
  'month.10',
  'month.11',
  'month.12',
] as const satisfies readonly TextKey[];
