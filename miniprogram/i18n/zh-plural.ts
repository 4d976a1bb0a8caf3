import type { PluralText } from './types';

/** Plural forms for zh-CN: one form for every count. */
export function same<S extends string>(text: S): { one: S; other: S } & PluralText {
  return { one: text, other: text };
}
