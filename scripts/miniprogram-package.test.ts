import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { measurePackages } from './miniprogram-package';
import { MAIN_PACKAGE_LIMIT_BYTES, mainPackageOverBudget } from './miniprogram-package-budget';

const miniprogramRoot = path.join(__dirname, '..', 'miniprogram');

describe('the mini program', () => {
  const packages = measurePackages(miniprogramRoot);

  test('every file its app.json reaches is there', () => {
    expect(packages.problems).toEqual([]);
    const shipped = packages.main.files.map((file) => file.path);
    expect(shipped).toEqual(expect.arrayContaining(['app.json', 'app.ts', 'sitemap.json']));
    const appJson = JSON.parse(fs.readFileSync(path.join(miniprogramRoot, 'app.json'), 'utf8')) as {
      pages: string[];
    };
    for (const page of appJson.pages) {
      expect(shipped).toEqual(
        expect.arrayContaining([`${page}.wxml`, expect.stringMatching(`^${page}\\.(ts|js)$`)]),
      );
    }
  });

  test(`the main package stays within ${MAIN_PACKAGE_LIMIT_BYTES} bytes`, () => {
    // On failure the message lists the main package's largest files.
    expect(mainPackageOverBudget(packages)).toBeUndefined();
    expect(packages.main.bytes).toBeGreaterThan(0);
  });
});

describe('a fixture mini program in a temp folder', () => {
  let root: string;
  const write = (file: string, text: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  const json = (value: unknown) => JSON.stringify(value);
  const typedScript = [
    "import type { Price } from './types';",
    'export interface Line { priceFen: number; quantity: number }',
    '/** Sum of a cart in fen. */',
    'export function totalFen(lines: Line[]): Price { return lines.reduce((sum: number, line: Line) => sum + line.priceFen * line.quantity, 0); }',
    '',
  ].join('\n');

  beforeAll(() => {
    // The app sits one level down in its own temp folder, so a file "outside the mini program" is still ours.
    root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'miniprogram-package-')), 'app');
    write(
      'app.json',
      json({
        pages: ['pages/menu/index'],
        usingComponents: { 'global-note': '/components/global-note/index' },
        subpackages: [{ root: 'sub', pages: ['pages/detail/index'] }],
        sitemapLocation: 'sitemap.json',
        tabBar: { list: [{ pagePath: 'pages/menu/index', text: 'Menu', iconPath: 'images/tab.png' }] },
      }),
    );
    write('app.ts', "import { totalFen } from './utils/total';\nApp({ onLaunch() { totalFen([]); } });\n");
    write('app.wxss', 'page { background: #f6f6f6; }\n');
    write('sitemap.json', json({ rules: [] }));
    write('utils/total.ts', typedScript);
    write('utils/types.ts', 'export type Price = number;\n');
    write('utils/shared.js', 'module.exports = { shared: true };\n');
    write(
      'pages/menu/index.json',
      json({ usingComponents: { card: '../../components/card/index', stepper: 'tiny-stepper' } }),
    );
    write(
      'pages/menu/index.wxml',
      '<image src="/images/hero.png"/>\n<image src="{{photo}}"/>\n<image src="https://example.com/a.png"/>\n<card/><stepper/>\n',
    );
    write('pages/menu/index.wxss', '@import "../../styles/common.wxss";\n.menu { padding: 24rpx; }\n');
    write(
      'pages/menu/index.ts',
      "import { totalFen } from '../../utils/total';\nPage({ data: { total: totalFen([]) } });\n",
    );
    write(
      'components/card/index.json',
      json({ component: true, usingComponents: { badge: '../badge/index' } }),
    );
    write('components/card/index.wxml', '<view class="card"><badge/></view>\n');
    write('components/card/index.ts', 'Component({});\n');
    write('components/badge/index.json', json({ component: true }));
    write('components/badge/index.wxml', '<text>new</text>\n');
    write('components/badge/index.js', 'Component({});\n');
    write('components/global-note/index.json', json({ component: true }));
    write('components/global-note/index.wxml', '<text><slot/></text>\n');
    write('components/global-note/index.js', 'Component({});\n');
    write('miniprogram_npm/tiny-stepper/index.json', json({ component: true }));
    write('miniprogram_npm/tiny-stepper/index.wxml', '<view>-</view>\n');
    write(
      'miniprogram_npm/tiny-stepper/index.js',
      "const format = require('./format');\nComponent({ data: format });\n",
    );
    write('miniprogram_npm/tiny-stepper/format.js', 'module.exports = {};\n');
    write('styles/common.wxss', '.row { display: flex; }\n');
    write('images/hero.png', Buffer.alloc(2000, 1));
    write('images/tab.png', Buffer.alloc(300, 2));
    write('unused/big.png', Buffer.alloc(900 * 1024, 3));
    write('sub/pages/detail/index.json', json({}));
    write('sub/pages/detail/index.wxml', '<image src="../../images/photo.png"/>\n');
    write(
      'sub/pages/detail/index.js',
      "const { shared } = require('../../../utils/shared');\nPage({ data: { shared } });\n",
    );
    write('sub/images/photo.png', Buffer.alloc(700 * 1024, 4));
  });
  afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

  test('the main package is what app.json reaches outside the subpackages, and nothing unreferenced', () => {
    const packages = measurePackages(root);
    expect(packages.problems).toEqual([]);
    expect(packages.main.files.map((file) => file.path).sort()).toEqual(
      [
        'app.json',
        'app.ts',
        'app.wxss',
        'components/badge/index.js',
        'components/badge/index.json',
        'components/badge/index.wxml',
        'components/card/index.json',
        'components/card/index.ts',
        'components/card/index.wxml',
        'components/global-note/index.js',
        'components/global-note/index.json',
        'components/global-note/index.wxml',
        'images/hero.png',
        'images/tab.png',
        'miniprogram_npm/tiny-stepper/format.js',
        'miniprogram_npm/tiny-stepper/index.js',
        'miniprogram_npm/tiny-stepper/index.json',
        'miniprogram_npm/tiny-stepper/index.wxml',
        'pages/menu/index.json',
        'pages/menu/index.ts',
        'pages/menu/index.wxml',
        'pages/menu/index.wxss',
        'sitemap.json',
        'styles/common.wxss',
        'utils/shared.js',
        'utils/total.ts',
      ].sort(),
    );
    expect(packages.subpackages.map((sub) => [sub.name, sub.files.map((file) => file.path).sort()])).toEqual([
      [
        'sub',
        [
          'sub/images/photo.png',
          'sub/pages/detail/index.js',
          'sub/pages/detail/index.json',
          'sub/pages/detail/index.wxml',
        ],
      ],
    ]);
    expect(packages.main.bytes).toBe(packages.main.files.reduce((sum, file) => sum + file.bytes, 0));
    expect(packages.subpackages[0]?.bytes).toBeGreaterThan(700 * 1024);
    expect(mainPackageOverBudget(packages)).toBeUndefined();
  });

  test('TypeScript counts as the JavaScript it ships as, types stripped', () => {
    const total = measurePackages(root).main.files.find((file) => file.path === 'utils/total.ts');
    expect(total?.bytes).toBe(Buffer.byteLength(transformSync(typedScript, { loader: 'ts' }).code));
    expect(total?.bytes).toBeLessThan(Buffer.byteLength(typedScript));
  });

  test('over the limit the check fails and names the largest files first', () => {
    write('images/hero.png', Buffer.alloc(600 * 1024, 1));
    const message = mainPackageOverBudget(measurePackages(root));
    expect(message).toMatch(/^The main package is \d+ B \([\d.]+ KB\), over its budget of 204800 B/);
    const lines = message?.split('\n') ?? [];
    expect(lines[2]).toMatch(/^\s+614400 B {2}images\/hero\.png$/);
    expect(message).not.toContain('unused/big.png');
    expect(message).not.toContain('photo.png');
  });

  test('an npm package not yet built into miniprogram_npm counts as DevTools would build it', () => {
    write(
      'node_modules/tiny-format/package.json',
      json({ name: 'tiny-format', miniprogram: 'miniprogram_dist' }),
    );
    const index = "module.exports = require('./fen');\n";
    const fen = 'module.exports = (fen) => fen / 100;\n';
    write('node_modules/tiny-format/miniprogram_dist/index.js', index);
    write('node_modules/tiny-format/miniprogram_dist/fen.js', fen);
    write('node_modules/tiny-format/miniprogram_dist/unused.js', 'module.exports = 0;\n');
    write(
      'pages/menu/index.ts',
      "import format from 'tiny-format';\nPage({ data: { price: format(1250) } });\n",
    );
    const packages = measurePackages(root);
    expect(packages.problems).toEqual([]);
    const npmFiles = packages.main.files.filter((file) =>
      file.path.startsWith('miniprogram_npm/tiny-format/'),
    );
    expect(npmFiles).toEqual([
      { path: 'miniprogram_npm/tiny-format/fen.js', bytes: Buffer.byteLength(fen) },
      { path: 'miniprogram_npm/tiny-format/index.js', bytes: Buffer.byteLength(index) },
    ]);
  });

  test('code imported from outside the mini program folder is a problem; types alone are not', () => {
    write('../outside-types.ts', 'export const fromOutside = 1;\nexport type Outside = number;\n');
    const outside = '../outside-types';
    write(
      'pages/menu/index.ts',
      `import type { Outside } from '../../${outside}';\nconst a: Outside = 1;\nPage({ data: { a } });\n`,
    );
    expect(measurePackages(root).problems).toEqual([]);
    write(
      'pages/menu/index.ts',
      `import { fromOutside } from '../../${outside}';\nPage({ data: { fromOutside } });\n`,
    );
    expect(measurePackages(root).problems).toEqual([
      '../outside-types.ts lies outside the mini program but is shipped code',
    ]);
  });

  test('an image a script names by its package path ships with the main package', () => {
    write('images/empty.png', Buffer.alloc(1234, 5));
    write('pages/menu/index.ts', "Page({ data: { emptyImage: '/images/empty.png' } });\n");
    const shipped = measurePackages(root).main.files;
    expect(shipped).toContainEqual({ path: 'images/empty.png', bytes: 1234 });
  });

  test('a missing component, page file or image is a problem', () => {
    write('pages/menu/index.ts', 'Page({});\n');
    write('pages/menu/index.json', json({ usingComponents: { gone: '../../components/gone/index' } }));
    write('pages/menu/index.wxml', '<image src="/images/absent.png"/>\n');
    fs.rmSync(path.join(root, 'sub/pages/detail/index.js'));
    expect(measurePackages(root).problems).toEqual([
      'pages/menu/index.wxml: "/images/absent.png" not found',
      'pages/menu/index.json: component "../../components/gone/index" not found',
      'sub/pages/detail/index.ts or .js (used by app.json pages) not found',
    ]);
  });
});

describe('a component from a subpackage with a placeholder (loaded later by the platform)', () => {
  let root: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'miniprogram-async-'));
    write(
      'app.json',
      JSON.stringify({
        pages: ['pages/order/index'],
        subpackages: [{ root: 'account', pages: ['pages/list/index'] }],
      }),
    );
    write('app.js', 'App({});\n');
    write('pages/order/index.wxml', '<invoice-card/>\n');
    write('pages/order/index.js', 'Page({});\n');
    write('account/pages/list/index.wxml', '<view/>\n');
    write('account/pages/list/index.js', 'Page({});\n');
    write('account/components/invoice-card/index.json', JSON.stringify({ component: true }));
    write('account/components/invoice-card/index.wxml', '<view>invoice</view>\n');
    write('account/components/invoice-card/index.js', "require('../../../utils/shared');\nComponent({});\n");
    write('utils/shared.js', 'module.exports = {};\n');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const using = { 'invoice-card': '/account/components/invoice-card/index' };

  test('counts in its subpackage, the main code it requires in the main package', () => {
    write(
      'pages/order/index.json',
      JSON.stringify({ usingComponents: using, componentPlaceholder: { 'invoice-card': 'view' } }),
    );
    const packages = measurePackages(root);
    expect(packages.problems).toEqual([]);
    expect(packages.main.files.map((file) => file.path).sort()).toEqual([
      'app.js',
      'app.json',
      'pages/order/index.js',
      'pages/order/index.json',
      'pages/order/index.wxml',
      'utils/shared.js',
    ]);
    expect(packages.subpackages[0]?.files.map((file) => file.path)).toEqual(
      expect.arrayContaining(['account/components/invoice-card/index.js', 'account/pages/list/index.js']),
    );
    expect(packages.onlySubpackagesUse.map((file) => file.path)).toEqual(['utils/shared.js']);
  });

  test('without a placeholder the main package may not use it', () => {
    write('pages/order/index.json', JSON.stringify({ usingComponents: using }));
    expect(measurePackages(root).problems).toEqual(
      expect.arrayContaining([
        'account/components/invoice-card/index.js is in subpackage account but the main package uses it',
      ]),
    );
  });
});
