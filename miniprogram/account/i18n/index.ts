// The account pages' text tables (in the account subpackage, so the first download does not carry them): `at(key)`
// in the language the rest of the mini program speaks.
import { fillEntry, getLocale, type Locale, type TableOf, type TableParamsArg } from '../../i18n';
import { accountEn } from './account.en';
import { accountZh } from './account.zh-cn';

/** A key of the account tables: the zh-CN table is the source of truth. */
export type AccountTextKey = keyof typeof accountZh;

/** Every language's account table; zh-CN's is typed the same as the others. */
export const ACCOUNT_TABLES: { readonly [L in Locale]: TableOf<typeof accountZh> } = {
  'zh-CN': accountZh,
  en: accountEn,
};

/** The account text of `key` in `locale`, placeholders filled. */
export function accountTranslate<K extends AccountTextKey>(
  locale: Locale,
  key: K,
  ...params: TableParamsArg<typeof accountZh, K>
): string {
  return fillEntry(ACCOUNT_TABLES[locale][key], params[0]);
}

/** The account text of `key` in the current language. */
export function at<K extends AccountTextKey>(key: K, ...params: TableParamsArg<typeof accountZh, K>): string {
  return accountTranslate(getLocale(), key, ...params);
}

/** A key whose text has no placeholders. */
export type AccountPlainKey = {
  [K in AccountTextKey]: TableParamsArg<typeof accountZh, K> extends [] ? K : never;
}[AccountTextKey];

/** A page's static account texts in one object for `setData`, in the current language. */
export function accountTexts<N extends string>(
  keys: Readonly<Record<N, AccountPlainKey>>,
): Record<N, string> {
  const locale = getLocale();
  const entries = Object.entries<AccountPlainKey>(keys).map(([name, key]) => [
    name,
    accountTranslate(locale, key),
  ]);
  return Object.fromEntries(entries);
}
