import { WxApiError, WxErrcode } from './wx-api-error';

/**
 * Value rules of subscribe-message template keywords, by the key's kind (`thing1` is a `thing`).
 * Only rules the platform documents plainly are checked; other kinds (time, date, amount, name…) pass.
 */
const VALUE_RULES: Record<string, { test: (value: string) => boolean; rule: string }> = {
  thing: { test: (v) => characters(v) <= 20, rule: 'at most 20 characters' },
  number: {
    test: (v) => v.length <= 32 && /^\d+(\.\d+)?$/.test(v),
    rule: 'up to 32 digits, decimals allowed',
  },
  letter: { test: (v) => v.length <= 32 && /^[A-Za-z]+$/.test(v), rule: 'up to 32 letters' },
  character_string: {
    test: (v) => v.length <= 32 && /^[\x20-\x7e]+$/.test(v),
    rule: 'up to 32 digits, letters or symbols',
  },
  phrase: { test: (v) => /^[\u4e00-\u9fa5]{1,5}$/.test(v), rule: 'up to 5 Chinese characters' },
  phone_number: {
    test: (v) => v.length <= 17 && /^[\d\p{P}\p{S}]+$/u.test(v),
    rule: 'up to 17 digits or symbols',
  },
};

/** Throws 47003 (naming the field, as the platform's errmsg does) when template data breaks a rule. */
export function checkTemplateData(data: unknown): Record<string, { value: string }> {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || Object.keys(data).length === 0) {
    throw new WxApiError(WxErrcode.ARGUMENT_INVALID, 'argument invalid! data is empty');
  }
  const checked: Record<string, { value: string }> = {};
  for (const [key, entry] of Object.entries(data as Record<string, unknown>)) {
    const raw =
      typeof entry === 'object' && entry !== null ? (entry as { value?: unknown }).value : undefined;
    const value = typeof raw === 'number' ? String(raw) : raw;
    if (typeof value !== 'string' || value === '') {
      throw new WxApiError(WxErrcode.ARGUMENT_INVALID, `argument invalid! data.${key}.value is empty`);
    }
    const rule = VALUE_RULES[key.replace(/\d+$/, '')];
    if (rule && !rule.test(value)) {
      throw new WxApiError(
        WxErrcode.ARGUMENT_INVALID,
        `argument invalid! data.${key}.value invalid (${rule.rule})`,
      );
    }
    checked[key] = { value };
  }
  return checked;
}

/** Length as the platform counts it: one per character, a Chinese character included. */
function characters(value: string): number {
  return [...value].length;
}
