// The main package's size budget: the platform refuses a main package over 2 MB; we aim ours at 200 KB so the
// first open downloads little (checkout, the account pages with the invoice card, and the staff console live in
// subpackages).
import type { MiniprogramPackages, PackageSize } from './miniprogram-package';

/** The most the main package may weigh, in bytes; `npm test` fails above it. */
export const MAIN_PACKAGE_LIMIT_BYTES = 200 * 1024;

/** What we aim the main package at, in bytes; `npm run bench` reports against it. */
export const MAIN_PACKAGE_TARGET_BYTES = 200 * 1024;

/** `5693 B (5.6 KB)`: exact bytes for comparing, KB (1024 bytes) for reading. */
export function formatBytes(bytes: number): string {
  return `${bytes} B (${(bytes / 1024).toFixed(1)} KB)`;
}

/** The largest files of a package, one line each, for a failure message or a report. */
export function largestFiles(pkg: PackageSize, count = 15): string[] {
  return pkg.files.slice(0, count).map((file) => `  ${String(file.bytes).padStart(9)} B  ${file.path}`);
}

/** Undefined if the main package is within limitBytes; else a message with its size and its largest files. */
export function mainPackageOverBudget(
  packages: MiniprogramPackages,
  limitBytes = MAIN_PACKAGE_LIMIT_BYTES,
): string | undefined {
  const { main } = packages;
  if (main.bytes <= limitBytes) return undefined;
  return [
    `The main package is ${formatBytes(main.bytes)}, over its budget of ${formatBytes(limitBytes)} by ${main.bytes - limitBytes} B.`,
    `Largest of its ${main.files.length} files (move some into a subpackage, shrink or fetch them from the cloud):`,
    ...largestFiles(main),
  ].join('\n');
}
