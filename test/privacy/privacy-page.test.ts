// The privacy page's text (docs/privacy.md) promises what the code does: the retention period erase applies, in
// both languages, and small enough to ship to a phone.
import fs from 'node:fs';
import path from 'node:path';
import { ORDER_RETENTION_MS } from '../../server/services/privacy/order-retention';

const text = fs.readFileSync(path.resolve(__dirname, '../../docs/privacy.md'), 'utf8');
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

test('the page states the retention period that erase applies, in Chinese and in English', () => {
  const years = ORDER_RETENTION_MS / YEAR_MS;
  expect(text).toContain(`${years} 年（自付款起）`);
  expect(text).toContain(`${years} years from payment`);
});

test('every paragraph of the page is in Chinese with its English beside it', () => {
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => !paragraph.startsWith('#'));
  for (const paragraph of paragraphs) {
    expect({ paragraph, hasChinese: /[\u4e00-\u9fff]/.test(paragraph) }).toEqual({
      paragraph,
      hasChinese: true,
    });
    expect({ paragraph, hasEnglish: /[A-Za-z]{3,} [a-z]{2,}/.test(paragraph) }).toEqual({
      paragraph,
      hasEnglish: true,
    });
  }
});

test('the page stays under 8 KB', () => {
  expect(Buffer.byteLength(text, 'utf8')).toBeLessThan(8 * 1024);
});
