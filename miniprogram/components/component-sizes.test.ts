/** @jest-environment node */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { wxmlToJs, wxssToJs } from 'miniprogram-compiler';

declare module 'miniprogram-compiler' {
  /** Compiles the listed WXSS files under rootPath with the DevTools compiler `wcsc`. */
  export function wxssToJs(rootPath: string, options: { wxssList: string[] }): string;
}

// Each shared component compiles with the DevTools compilers and stays within its byte budget: what it ships is
// its WXML, WXSS and JSON as written and its TypeScript as JavaScript with the types stripped (esbuild, per file).
const componentsRoot = __dirname;
const components = readdirSync(componentsRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Bytes a component ships, by kind (its own files only; components it uses are counted on their own). */
function componentBytes(name: string): {
  wxml: number;
  wxss: number;
  json: number;
  js: number;
  total: number;
} {
  const folder = path.join(componentsRoot, name);
  const files = readdirSync(folder).filter((file) => !file.endsWith('.test.ts'));
  const bytesOf = (extension: string) =>
    files
      .filter((file) => file.endsWith(extension))
      .reduce((sum, file) => sum + readFileSync(path.join(folder, file)).length, 0);
  const js = files
    .filter((file) => file.endsWith('.ts'))
    .reduce((sum, file) => {
      const { code } = transformSync(readFileSync(path.join(folder, file), 'utf8'), {
        loader: 'ts',
        format: 'cjs',
      });
      return sum + Buffer.byteLength(code);
    }, 0);
  const sizes = { wxml: bytesOf('.wxml'), wxss: bytesOf('.wxss'), json: bytesOf('.json'), js };
  return { ...sizes, total: sizes.wxml + sizes.wxss + sizes.json + sizes.js };
}

/** Each component's budget in bytes (its own files), and all of them together. */
const BUDGET_BYTES = 10 * 1024;
/** The cart popup draws lines, reasons, suggestions, clear and checkout, and diffs its rows: a little more. */
const BUDGET_OVERRIDES: Readonly<Record<string, number>> = { 'cart-popup': 12 * 1024 };
// Ten components together; the main package as a whole has its own check (scripts/miniprogram-package.test.ts).
const ALL_BUDGET_BYTES = 64 * 1024;

test('the shared components are all here', () => {
  expect(components.sort()).toEqual([
    'cart-bar',
    'cart-popup',
    'category-nav',
    'menu-list',
    'order-progress',
    'price-breakdown',
    'product-card',
    'quantity-stepper',
    'spec-sheet',
    'state-view',
  ]);
});

test.each(components)('%s compiles with wcc and wcsc', (name) => {
  expect(() =>
    wxmlToJs(path.dirname(componentsRoot), { wxmlList: [`components/${name}/index.wxml`] }),
  ).not.toThrow();
  expect(() =>
    wxssToJs(path.dirname(componentsRoot), { wxssList: [`components/${name}/index.wxss`] }),
  ).not.toThrow();
});

test('the compile checks fail on a broken template (with where) and on broken styles', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'broken-component-'));
  try {
    writeFileSync(path.join(root, 'index.wxml'), '<view class="a">\n  <text>{{name}</text>\n</view>\n');
    expect(() => wxmlToJs(root, { wxmlList: ['index.wxml'] })).toThrow(/index\.wxml/);
    writeFileSync(path.join(root, 'index.wxss'), '.a { color: red;\n.b {');
    expect(() => wxssToJs(root, { wxssList: ['index.wxss'] })).toThrow();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('each component ships within its byte budget', () => {
  const sizes = Object.fromEntries(components.map((name) => [name, componentBytes(name)]));
  console.log(
    components
      .map((name) => {
        const { wxml, wxss, json, js, total } = sizes[name];
        return `${name.padEnd(17)} ${String(total).padStart(6)} B  (wxml ${wxml}, wxss ${wxss}, json ${json}, js ${js})`;
      })
      .join('\n'),
  );
  const all = components.reduce((sum, name) => sum + sizes[name].total, 0);
  console.log(`all components: ${all} B`);
  const over = components.filter((name) => sizes[name].total > (BUDGET_OVERRIDES[name] ?? BUDGET_BYTES));
  expect(over).toEqual([]);
  expect(all).toBeLessThanOrEqual(ALL_BUDGET_BYTES);
});
