import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageSizeLines } from './package-size';

test('the bench reports the main package and each subpackage in bytes', () => {
  const lines = packageSizeLines(path.join(__dirname, '..', '..', 'test', 'preview', 'engine-app'));
  expect(lines).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^ {2}main package: \d+ B \([\d.]+ KB\) in \d+ files {3}target ≤ 204800 B/),
      expect.stringMatching(/^ {2}subpackage packageA: \d+ B \([\d.]+ KB\) in 3 files$/),
      expect.stringMatching(/^ {4,}\d+ B {2}packageA\/pages\/deep\/index\.js$/),
    ]),
  );
  expect(lines.filter((line) => line.includes('problem:'))).toEqual([]);
});

test('any list of subpackages: none, or several with their own names, and what only they use', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'package-size-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  const page = (base: string, script: string) => {
    write(`${base}.wxml`, '<view/>\n');
    write(`${base}.js`, script);
  };
  try {
    write('app.json', JSON.stringify({ pages: ['pages/home/index'] }));
    write('app.js', 'App({});\n');
    page('pages/home/index', 'Page({});\n');
    expect(packageSizeLines(root)).toContain('  subpackages: none');

    write(
      'app.json',
      JSON.stringify({
        pages: ['pages/home/index'],
        subPackages: [
          { root: 'shop/', name: 'staff', pages: ['pages/board/index', 'pages/menu/index'] },
          { root: 'account', pages: ['pages/stores/index'] },
        ],
      }),
    );
    write('utils/only-staff.js', `module.exports = ${JSON.stringify('x'.repeat(500))};\n`);
    page('shop/pages/board/index', "require('../../../utils/only-staff');\nPage({});\n");
    page('shop/pages/menu/index', 'Page({});\n');
    page('account/pages/stores/index', 'Page({});\n');
    const lines = packageSizeLines(root);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ {2}subpackage staff \(root shop\/\): \d+ B \([\d.]+ KB\) in 4 files$/),
        expect.stringMatching(/^ {2}subpackage account: \d+ B \([\d.]+ KB\) in 2 files$/),
        expect.stringMatching(/^ {2}all packages: \d+ B .*\(main \+ 2 subpackages\)$/),
        expect.stringMatching(/^ {4,}5\d\d B {2}utils\/only-staff\.js {2}\(staff\)$/),
      ]),
    );
    expect(lines.filter((line) => line.includes('problem:'))).toEqual([]);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
