import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileCheck, formatProblem, miniprogramRoots } from './compile-check';

const repoRoot = path.join(__dirname, '..');

describe.each(miniprogramRoots(repoRoot).map((root) => [path.relative(repoRoot, root), root]))(
  '%s',
  (_name, root) => {
    test('every WXML file compiles with wcc and every WXSS file with wcsc', () => {
      // On failure the list reads `file:line:col: message` (file from the repository root), as the compiler put it.
      const fromRepo = (file: string) => path.relative(repoRoot, path.join(root, file));
      expect(
        compileCheck(root).map((problem) => formatProblem({ ...problem, file: fromRepo(problem.file) })),
      ).toEqual([]);
    });
  },
);

test('the fixture apps and the mini program are all checked', () => {
  const names = miniprogramRoots(repoRoot).map((root) => path.relative(repoRoot, root));
  expect(names[0]).toBe('miniprogram');
  expect(names).toContain(path.join('test', 'preview', 'engine-app'));
});

describe('a broken mini program', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-check-'));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    write('pages/fine/index.wxml', '<view wx:for="{{items}}" wx:key="id">{{item.name}}</view>\n');
    write(
      'pages/fine/index.wxss',
      '@import "/styles/base.wxss";\n@import "../../styles/theme";\n.row { padding: 24rpx; }\n',
    );
    write('styles/base.wxss', '@import "./theme.wxss";\npage { background: #f6f6f6; }\n');
    write('styles/theme.wxss', '.brand { color: #07c160; }\n');
    write(
      'pages/fine/format.wxs',
      'module.exports = { fen: function (v) { return (v / 100).toFixed(2); } };\n',
    );
    write('utils/money.wxs', 'module.exports = { yuan: function (v) { return v / 100; } };\n');
    write(
      'pages/fine/prices.wxml',
      '<wxs src="./format.wxs" module="f"/>\n<wxs src="/utils/money.wxs" module="m"/>\n<text>{{f.fen(1)}} {{m.yuan(2)}}</text>\n',
    );
    write('pages/broken-module/index.wxs', 'module.exports = { a: ;\n');
    write('pages/broken-module/index.wxml', '<wxs src="./index.wxs" module="b"/>\n<text>{{b.a}}</text>\n');
    write('pages/unclosed/index.wxml', '<view>\n  <text>{{name}}</view>\n</text>\n');
    write('pages/expression/index.wxml', '<view>\n  <text>{{ price + }}</text>\n</view>\n');
    write('pages/included/index.wxml', '<view/>\n<include src="./absent.wxml"/>\n');
    write('pages/style/index.wxss', '.a { color: red; }\n.b { color: blue;\n');
    write('pages/style-user/index.wxss', '@import "../style/index.wxss";\n.c { color: green; }\n');
    write('pages/imports/index.wxss', '.a { color: red; }\n@import "../../common/absent.wxss";\n');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('fails with the file, line and column of each error and passes the clean files', () => {
    const problems = compileCheck(root);
    expect(problems.map(({ file, line, column }) => `${file}:${line}:${column}`)).toEqual([
      'pages/broken-module/index.wxs:1:24',
      'pages/expression/index.wxml:2:9',
      'pages/included/index.wxml:2:1',
      'pages/unclosed/index.wxml:2:19',
      'pages/imports/index.wxss:2:10',
      'pages/style/index.wxss:3:1',
    ]);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringContaining('pages/broken-module/index.wxs:1:24: '),
      expect.stringContaining('unexpected token'),
      'pages/included/index.wxml:2:1: <include src="./absent.wxml"> not found',
      expect.stringContaining('expect end-tag `text`'),
      'pages/imports/index.wxss:2:10: @import "../../common/absent.wxss" not found',
      expect.stringContaining('pages/style/index.wxss:3:1: '),
    ]);
  });
});
