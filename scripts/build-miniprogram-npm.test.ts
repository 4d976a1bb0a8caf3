import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildMiniprogramNpm, MINIPROGRAM_PACKAGES, shippedNpmFiles } from './build-miniprogram-npm';

// The built `miniprogram_npm/` is what DevTools runs: each package's entry is there, nothing else is.
let folder: string;
beforeAll(() => {
  // A mini program root inside the repository, so node_modules resolves as it does for miniprogram/.
  folder = fs.mkdtempSync(path.join(__dirname, '..', 'dist-npm-test-'));
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

test('each package the pages import gets an index.js that loads', async () => {
  const built = buildMiniprogramNpm(folder);
  expect(built.map((entry) => entry.name)).toEqual([...MINIPROGRAM_PACKAGES]);
  for (const entry of built) {
    expect(entry.files).toContain('index.js');
    expect(entry.files.some((file) => file.endsWith('.map'))).toBe(false);
    expect(entry.bytes).toBeGreaterThan(1000);
  }
  const mobx = (await import(path.join(folder, 'miniprogram_npm/mobx-miniprogram/index.js'))) as Record<
    string,
    unknown
  >;
  expect(typeof mobx.observable).toBe('function');
});

test('a rebuild replaces what was there, and an unknown package is a clear error', () => {
  const stale = path.join(folder, 'miniprogram_npm', 'left-over', 'index.js');
  fs.mkdirSync(path.dirname(stale), { recursive: true });
  fs.writeFileSync(stale, '');
  buildMiniprogramNpm(folder);
  expect(fs.existsSync(stale)).toBe(false);
  expect(() => shippedNpmFiles('no-such-package', os.tmpdir())).toThrow('no-such-package is not installed');
});

// What the state libraries add to the main package, as shipped: mobx-miniprogram and its bindings together.
const STATE_LIBRARIES_BUDGET_BYTES = 60 * 1024;

test('mobx-miniprogram and its bindings stay within their budget of the main package', () => {
  const bytes = MINIPROGRAM_PACKAGES.map((name) =>
    [...shippedNpmFiles(name).values()].reduce((sum, file) => sum + fs.statSync(file).size, 0),
  );
  expect(bytes.reduce((sum, each) => sum + each, 0)).toBeLessThanOrEqual(STATE_LIBRARIES_BUDGET_BYTES);
});
