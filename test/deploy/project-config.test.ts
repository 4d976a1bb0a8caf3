import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkAppJson } from '../../scripts/deploy/app-json-checks';
import { checkProjectConfig } from '../../scripts/deploy/project-config-checks';

const root = path.resolve(__dirname, '..', '..');

test('project.config.json opens in DevTools as it is: roots, TypeScript plugin, build hooks, tourist AppID', () => {
  expect(checkProjectConfig(root)).toEqual([]);
});

test('app.json names only pages and components that exist with their script, json and wxml', () => {
  expect(checkAppJson(path.join(root, 'miniprogram'))).toEqual([]);
});

// Fixtures: a throwaway project per test, holding exactly the mistake under test.
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'project-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (file: string, content: unknown) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
};
const unit = (base: string, json: unknown = {}) => {
  write(`${base}.ts`, 'Component({});');
  write(`${base}.json`, json);
  write(`${base}.wxml`, '<view />');
};

test('a wrong project.config.json is reported field by field', () => {
  write('package.json', { scripts: { test: 'jest' } });
  write('.gitignore', 'node_modules/\n');
  write('miniprogram/app.json', { pages: [] });
  write('project.config.json', {
    appid: ['wx', '1234567890abcdef'].join(''),
    compileType: 'miniprogram',
    miniprogramRoot: 'miniprogram/',
    srcMiniprogramRoot: 'src/',
    cloudfunctionRoot: 'cloudfunctions/',
    setting: { useCompilerPlugins: ['sass'] },
    scripts: { beforeCompile: 'npm run build', beforeUpload: 'tsc' },
    packOptions: { ignore: [{ type: 'wildcard', value: '*.md' }] },
  });
  expect(checkProjectConfig(dir)).toEqual([
    'project.config.json: appid must stay "touristappid"; set your own in project.private.config.json (not committed)',
    'project.config.json: srcMiniprogramRoot must name the same folder as miniprogramRoot',
    'project.config.json: cloudfunctionRoot must be "dist/cloudfunctions/" (the build output), not the TypeScript sources',
    'project.config.json: setting.useCompilerPlugins must include "typescript" so DevTools compiles the pages',
    'project.config.json: scripts.beforePreview must run "npm run build"',
    'project.config.json: scripts.beforeUpload must run "npm run build"',
    'project.config.json: the build hooks run "npm run build", but package.json has no build script',
    'project.config.json: packOptions.ignore entry {"type":"wildcard","value":"*.md"} needs a type (folder, file, suffix, prefix, regexp, glob) and a value',
    'project.config.json: project.private.config.json (where each developer keeps their AppID) must be in .gitignore',
  ]);
});

test('missing pages, page files, components and subpackage pages are each reported', () => {
  write('app.json', {
    pages: ['pages/home/index', 'pages/cart/index'],
    subpackages: [{ root: 'staff/', pages: ['orders/index'] }],
    usingComponents: { 'price-tag': '/components/price-tag/index' },
    sitemapLocation: 'sitemap.json',
  });
  unit('pages/home/index', {
    usingComponents: { 'spec-picker': './spec-picker/index', ghost: '../nowhere/index' },
  });
  unit('pages/home/spec-picker/index', { component: true });
  write('pages/cart/index.ts', 'Component({});');
  write('pages/cart/index.js', 'Component({});');
  write('pages/cart/index.json', {});
  unit('components/price-tag/index', {});
  expect(checkAppJson(dir)).toEqual([
    'pages/home/index.json: usingComponents "ghost" → "../nowhere/index" does not exist',
    'app.json pages: page "pages/cart/index" has no pages/cart/index.wxml',
    'pages/cart/index.js: stands beside pages/cart/index.ts; DevTools may run the stale .js — delete it',
    'app.json pages: page "staff/orders/index" has no staff/orders/index.ts, staff/orders/index.json, staff/orders/index.wxml',
    'components/price-tag/index.json: a component\'s json must say "component": true',
    'app.json: sitemapLocation "sitemap.json" does not exist',
  ]);
});

test('components resolve from the root, beside the page, in a folder index and in miniprogram_npm', () => {
  write('app.json', { pages: ['pages/home/index'], usingComponents: { icon: 'tdesign/icon' } });
  unit('pages/home/index', { usingComponents: { card: '/components/card', row: 'row/index' } });
  unit('components/card/index', { component: true });
  unit('pages/home/row/index', { component: true });
  unit('miniprogram_npm/tdesign/icon/index', { component: true });
  expect(checkAppJson(dir)).toEqual([]);
});
