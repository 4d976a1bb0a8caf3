import type { zhCN } from './zh-cn';

/** The languages the mini program speaks; zh-CN is the default. */
export type Locale = 'zh-CN' | 'en';

/** Every locale, the default first. */
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** A text that depends on a count: `one` for exactly 1, `other` for every other count (zh-CN uses one form). */
export interface PluralText {
  one: string;
  other: string;
}

/** A key of the text tables: the zh-CN table is the source of truth. */
export type TextKey = keyof typeof zhCN;

/** The table another language fills for a zh-CN table `Z`: the same keys, a plural where zh-CN has one. */
export type TableOf<Z> = {
  readonly [K in keyof Z]: Z[K] extends PluralText ? PluralText : string;
};

/** A table every language must fill: the same keys as zh-CN, a plural where zh-CN has one. */
export type TextTable = TableOf<typeof zhCN>;

type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type PlaceholdersOf<E> = E extends PluralText ? Placeholders<E['other']> | 'count' : Placeholders<E>;

/** The values key K of a zh-CN table Z needs: one per `{name}` in its text (`count` for plurals, a number). */
export type TableParams<Z, K extends keyof Z> = {
  [P in PlaceholdersOf<Z[K]>]: P extends 'count' ? number : string | number;
};

/** A lookup's arguments after the key in table Z: none for a plain text, else the params object. */
export type TableParamsArg<Z, K extends keyof Z> = [keyof TableParams<Z, K>] extends [never]
  ? []
  : [params: TableParams<Z, K>];

/** The values a key's text needs: one per `{name}` in the zh-CN text (`count` for plurals, a number). */
export type ParamsOf<K extends TextKey> = TableParams<typeof zhCN, K>;

/** `t`'s arguments after the key: none for a plain text, the params object when the text has placeholders. */
export type ParamsArg<K extends TextKey> = TableParamsArg<typeof zhCN, K>;
