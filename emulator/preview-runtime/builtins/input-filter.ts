/** The characters an input `type` lets through: number takes digits, digit a decimal, idcard digits and X. */
export function filterForType(type: string, text: string): string {
  if (type === 'number') return text.replace(/[^0-9]/g, '');
  if (type === 'digit') return text.replace(/[^0-9.]/g, '').replace(/(\..*)\./g, '$1');
  if (type === 'idcard') return text.replace(/[^0-9xX]/g, '').toUpperCase();
  return text;
}

/** The soft keyboard a `type` opens (the `inputmode` the browser honours). */
export function inputModeFor(type: string): string {
  if (type === 'number' || type === 'idcard') return 'numeric';
  if (type === 'digit') return 'decimal';
  return 'text';
}

/** Cuts `text` to `maxlength` characters (the platform's -1, or below 0, is no limit). */
export function clip(text: string, maxlength: number): string {
  return maxlength < 0 ? text : [...text].slice(0, maxlength).join('');
}
