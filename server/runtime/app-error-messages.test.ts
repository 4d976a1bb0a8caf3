// Customer-facing refusals carry no internal ids: every AppError message in server/ is scanned, and an
// interpolated id (`${order._id}`, `${skuId}`, `${input.storeId}`…) belongs in `details`, never the words.
import fs from 'node:fs';
import path from 'node:path';

const SERVER = path.resolve(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The message argument of each `new AppError(code, message …)`, as written in the source. */
function appErrorMessages(source: string): string[] {
  const messages: string[] = [];
  const pattern = /new AppError\(\s*'[A-Z_]+',\s*(`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*')/g;
  for (const match of source.matchAll(pattern)) messages.push(match[1] ?? '');
  return messages;
}

const ID_INTERPOLATION = /\$\{[^}]*(?:[iI]d\b|_id|Id\)|Ids?\b|\.id\b)[^}]*\}/;

test('no AppError message interpolates an id', () => {
  const offenders: string[] = [];
  let scanned = 0;
  for (const file of sourceFiles(SERVER)) {
    for (const message of appErrorMessages(fs.readFileSync(file, 'utf8'))) {
      scanned++;
      if (ID_INTERPOLATION.test(message)) offenders.push(`${path.relative(SERVER, file)}: ${message}`);
    }
  }
  expect(scanned).toBeGreaterThan(20);
  expect(offenders).toEqual([]);
});
