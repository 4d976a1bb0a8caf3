// The mini program's package bytes for `npm run bench`: the main package against its target and budget, each
// subpackage, and the main package's largest files (TypeScript counted as its stripped JavaScript).
import { measurePackages } from '../miniprogram-package';
import {
  MAIN_PACKAGE_LIMIT_BYTES,
  MAIN_PACKAGE_TARGET_BYTES,
  formatBytes,
  largestFiles,
} from '../miniprogram-package-budget';

/** Report lines for the mini program at root (the folder holding `app.json`). */
export function packageSizeLines(root: string): string[] {
  const packages = measurePackages(root);
  const { main } = packages;
  const verdict = main.bytes <= MAIN_PACKAGE_TARGET_BYTES ? 'within target' : 'OVER TARGET';
  return [
    'mini program packages (every file app.json reaches; TypeScript as its JavaScript, types stripped)',
    `  main package: ${formatBytes(main.bytes)} in ${main.files.length} files   target ≤ ${formatBytes(MAIN_PACKAGE_TARGET_BYTES)}: ${verdict}; npm test fails over ${formatBytes(MAIN_PACKAGE_LIMIT_BYTES)}`,
    ...(packages.subpackages.length === 0
      ? ['  subpackages: none']
      : packages.subpackages.map(
          (sub) => `  subpackage ${sub.name}: ${formatBytes(sub.bytes)} in ${sub.files.length} files`,
        )),
    '  largest files of the main package:',
    ...largestFiles(main, 5).map((line) => `  ${line}`),
    ...packages.problems.map((problem) => `  problem: ${problem}`),
    '',
  ];
}
