// Masking personal data for display: enough to recognise, not enough to reuse.

/** A phone number with its middle hidden: '13812345678' → '138****5678'; shorter numbers show at most their last 2–4. */
export function maskPhone(phone: string): string {
  const digits = phone.trim();
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  const shown = digits.length >= 8 ? 4 : digits.length >= 4 ? 2 : 0;
  return '*'.repeat(digits.length - shown) + digits.slice(digits.length - shown);
}

/** A name with all but its first character hidden: '张三丰' → '张**', '王' → '王*' (by character, not UTF-16 unit). */
export function maskName(name: string): string {
  const characters = Array.from(name.trim());
  const first = characters[0];
  if (first === undefined) return '';
  return first + '*'.repeat(Math.max(characters.length - 1, 1));
}
