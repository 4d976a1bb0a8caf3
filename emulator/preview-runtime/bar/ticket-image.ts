// Draws a sandbox ticket as a paper-roll image: each character in a grid cell, CJK taking two columns as the
// printer counts them, so the ticket's padded columns line up as they do on paper.

const CELL_WIDTH_PX = 7;
const LINE_HEIGHT_PX = 16;
const MARGIN_PX = 12;
/** East Asian wide and fullwidth ranges: two columns on the printer. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function columnsOf(character: string): number {
  return WIDE.test(character) ? 2 : 1;
}

/** The ticket's text as a PNG data URL, as wide as its longest line in printer columns. */
export function ticketImageUrl(text: string): string {
  const lines = text.split('\n');
  const columns = Math.max(32, ...lines.map((line) => [...line].reduce((sum, c) => sum + columnsOf(c), 0)));
  const canvas = document.createElement('canvas');
  canvas.width = columns * CELL_WIDTH_PX + MARGIN_PX * 2;
  canvas.height = lines.length * LINE_HEIGHT_PX + MARGIN_PX * 2;
  const context = canvas.getContext('2d');
  if (!context) return '';
  context.fillStyle = '#fffef8';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#222';
  context.textBaseline = 'top';
  context.font = `12px 'WenQuanYi Zen Hei Mono', 'WenQuanYi Micro Hei Mono', monospace`;
  lines.forEach((line, row) => {
    let column = 0;
    for (const character of line) {
      const width = columnsOf(character);
      const cellLeft = MARGIN_PX + column * CELL_WIDTH_PX;
      const glyphWidth = context.measureText(character).width;
      // Centre each glyph in its one or two cells, whatever the font's own advance.
      context.fillText(
        character,
        cellLeft + (width * CELL_WIDTH_PX - glyphWidth) / 2,
        MARGIN_PX + row * LINE_HEIGHT_PX,
      );
      column += width;
    }
  });
  return canvas.toDataURL('image/png');
}
