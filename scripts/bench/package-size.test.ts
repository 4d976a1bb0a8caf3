import path from 'node:path';
import { packageSizeLines } from './package-size';

test('the bench reports the main package and each subpackage in bytes', () => {
  const lines = packageSizeLines(path.join(__dirname, '..', '..', 'test', 'preview', 'engine-app'));
  expect(lines).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^ {2}main package: \d+ B \([\d.]+ KB\) in \d+ files {3}target ≤ 204800 B/),
      expect.stringMatching(/^ {2}subpackage packageA: \d+ B \([\d.]+ KB\) in 3 files$/),
    ]),
  );
  expect(lines.filter((line) => line.includes('problem:'))).toEqual([]);
});
