// The staff console's text tables (in the staff subpackage, so customers never download them): `st(key)` in the
// language the rest of the mini program speaks.
import { fillEntry, getLocale, type Locale, type TableOf, type TableParamsArg } from '../../i18n';
import { staffEn } from './staff.en';
import { staffZh } from './staff.zh-cn';

/** A key of the staff tables: the zh-CN table is the source of truth. */
export type StaffTextKey = keyof typeof staffZh;

const STAFF_TABLES: { readonly [L in Locale]: TableOf<typeof staffZh> } = { 'zh-CN': staffZh, en: staffEn };

/** The staff text of `key` in `locale`, placeholders filled. */
export function staffTranslate<K extends StaffTextKey>(
  locale: Locale,
  key: K,
  ...params: TableParamsArg<typeof staffZh, K>
): string {
  return fillEntry(STAFF_TABLES[locale][key], params[0]);
}

/** The staff text of `key` in the current language. */
export function st<K extends StaffTextKey>(key: K, ...params: TableParamsArg<typeof staffZh, K>): string {
  return staffTranslate(getLocale(), key, ...params);
}

/** A key whose text has no placeholders. */
export type StaffPlainKey = {
  [K in StaffTextKey]: TableParamsArg<typeof staffZh, K> extends [] ? K : never;
}[StaffTextKey];

/** A page's static staff texts in one object for `setData`, in the current language. */
export function staffTexts<N extends string>(keys: Readonly<Record<N, StaffPlainKey>>): Record<N, string> {
  const locale = getLocale();
  const entries = Object.entries<StaffPlainKey>(keys).map(([name, key]) => [
    name,
    staffTranslate(locale, key),
  ]);
  return Object.fromEntries(entries);
}
