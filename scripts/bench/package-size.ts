// The mini program's package bytes for `npm run bench`: the main package against its target and budget, each
// subpackage app.json lists (whatever their number, name and root) with its largest files, and the main-package
// files only subpackages use (candidates to move). TypeScript counts as its stripped JavaScript.
import { measurePackages, type PackageSize } from '../miniprogram-package';
import {
  MAIN_PACKAGE_LIMIT_BYTES,
  MAIN_PACKAGE_TARGET_BYTES,
  formatBytes,
  largestFiles,
} from '../miniprogram-package-budget';

/** The platform refuses a subpackage over 2 MB (and the main package over 2 MB). */
const PLATFORM_PACKAGE_LIMIT_BYTES = 2 * 1024 * 1024;
/** Largest files listed per package. */
const MAIN_LARGEST = 5;
const SUBPACKAGE_LARGEST = 3;

/** Report lines for the mini program at root (the folder holding `app.json`). */
export function packageSizeLines(root: string): string[] {
  const packages = measurePackages(root);
  const { main, subpackages } = packages;
  const overBy = main.bytes - MAIN_PACKAGE_TARGET_BYTES;
  const verdict = overBy <= 0 ? 'within target' : `OVER TARGET by ${overBy} B`;
  const allBytes = subpackages.reduce((sum, sub) => sum + sub.bytes, main.bytes);
  const limit =
    MAIN_PACKAGE_LIMIT_BYTES === MAIN_PACKAGE_TARGET_BYTES
      ? 'npm test fails over it'
      : `npm test fails over ${formatBytes(MAIN_PACKAGE_LIMIT_BYTES)}`;
  return [
    'mini program packages (every file app.json reaches; TypeScript as its JavaScript, types stripped)',
    `  main package: ${formatBytes(main.bytes)} in ${main.files.length} files   target ≤ ${formatBytes(MAIN_PACKAGE_TARGET_BYTES)}: ${verdict}; ${limit}`,
    ...largestFiles(main, MAIN_LARGEST).map((line) => `  ${line}`),
    ...(subpackages.length === 0 ? ['  subpackages: none'] : subpackages.flatMap(subpackageLines)),
    `  all packages: ${formatBytes(allBytes)} (main + ${subpackages.length} subpackages)`,
    ...(packages.onlySubpackagesUse.length === 0
      ? []
      : [
          '  main-package files only subpackages use (they could move into the subpackage):',
          ...packages.onlySubpackagesUse
            .slice(0, MAIN_LARGEST)
            .map(
              (file) => `    ${String(file.bytes).padStart(9)} B  ${file.path}  (${file.usedBy.join(', ')})`,
            ),
        ]),
    ...packages.problems.map((problem) => `  problem: ${problem}`),
    '',
  ];
}

/** `subpackage account: 46104 B (45.0 KB) in 31 files`, its root when it differs, then its largest files. */
function subpackageLines(sub: PackageSize): string[] {
  const root = sub.root === sub.name ? '' : ` (root ${sub.root}/)`;
  const over = sub.bytes > PLATFORM_PACKAGE_LIMIT_BYTES ? '   OVER the platform’s 2 MB' : '';
  return [
    `  subpackage ${sub.name}${root}: ${formatBytes(sub.bytes)} in ${sub.files.length} files${over}`,
    ...largestFiles(sub, SUBPACKAGE_LARGEST).map((line) => `  ${line}`),
  ];
}
