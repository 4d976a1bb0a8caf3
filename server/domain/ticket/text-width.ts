// Column widths on a receipt printer: East Asian wide and fullwidth characters take two columns, others one.

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Columns one character takes. */
export function charWidth(character: string): number {
  return WIDE.test(character) ? 2 : 1;
}

/** Columns a text takes. */
export function textWidth(text: string): number {
  let width = 0;
  for (const character of text) width += charWidth(character);
  return width;
}

/** The text cut into pieces of at most `width` columns, never splitting a character (at least one piece). */
export function wrapToWidth(text: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const character of text) {
    const columns = charWidth(character);
    if (used + columns > width && piece !== '') {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += character;
    used += columns;
  }
  pieces.push(piece);
  return pieces;
}

/** `left` and `right` on one line of `width` columns, spaces between (at least one). */
export function spreadToWidth(left: string, right: string, width: number): string {
  const gap = Math.max(1, width - textWidth(left) - textWidth(right));
  return left + ' '.repeat(gap) + right;
}

/** The text centred in `width` columns (left-padded only). */
export function centreInWidth(text: string, width: number): string {
  return ' '.repeat(Math.max(0, Math.floor((width - textWidth(text)) / 2))) + text;
}
