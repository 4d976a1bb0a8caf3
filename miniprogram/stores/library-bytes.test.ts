import fs from 'node:fs';
import path from 'node:path';

// What the state libraries add to the main package: the files the DevTools' npm build ships for each
// (mobx-miniprogram from its `main`, the bindings from their `miniprogram` folder), source maps left out.
const BUDGET_BYTES = 60 * 1024;

function shippedFiles(name: string): string[] {
  const root = path.join(__dirname, '../../node_modules', name);
  const manifest: unknown = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const fields = typeof manifest === 'object' && manifest !== null ? manifest : {};
  const folder =
    'miniprogram' in fields && typeof fields.miniprogram === 'string' ? fields.miniprogram : null;
  if (folder === null) {
    const main = 'main' in fields && typeof fields.main === 'string' ? fields.main : 'index.js';
    return [path.join(root, main)];
  }
  const dir = path.join(root, folder);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => !file.endsWith('.map') && fs.statSync(path.join(dir, file)).isFile())
    .map((file) => path.join(dir, file));
}

test('mobx-miniprogram and its bindings stay within their budget of the main package', () => {
  const bytes = ['mobx-miniprogram', 'mobx-miniprogram-bindings'].map((name) => ({
    name,
    bytes: shippedFiles(name).reduce((sum, file) => sum + fs.statSync(file).size, 0),
  }));
  const total = bytes.reduce((sum, library) => sum + library.bytes, 0);
  for (const library of bytes) expect(library.bytes).toBeGreaterThan(1000);
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
});
