import type { ErrorCode } from '../../typings/result';
import { bilingual, t, type TextKey } from '../i18n';

type TableKey<K extends TextKey> = K;

/** The text-table key of an error code's words: every code has one, or this does not compile. */
export type ErrorKey = TableKey<`error.${ErrorCode}`>;

/** The text-table key of an error code's words. */
export function errorKey(code: ErrorCode): ErrorKey {
  return `error.${code}`;
}

/** One line for a toast or an empty state, in both languages: `中文 · English`. */
export function errorText(code: ErrorCode): string {
  return bilingual(errorKey(code));
}

/** The words of an error code in the current language only. */
export function errorTextIn(code: ErrorCode): string {
  return t(errorKey(code));
}
