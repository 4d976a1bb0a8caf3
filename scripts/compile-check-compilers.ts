// Where the DevTools compilers `wcc` (WXML) and `wcsc` (WXSS) shipped in miniprogram-compiler live, runnable.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The two compilers miniprogram-compiler ships as native binaries. */
export type CompilerName = 'wcc' | 'wcsc';

const PLATFORM_DIRS: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'linux',
  darwin: 'mac',
  win32: 'windows',
};

/**
 * The path of a compiler binary that can be executed. The package ships some binaries without the execute bit;
 * rather than changing the installed package, such a binary is copied once into the temp directory and made
 * executable there.
 */
export function compilerPath(name: CompilerName): string {
  const packageDir = path.dirname(require.resolve('miniprogram-compiler/package.json'));
  const platformDir = PLATFORM_DIRS[process.platform];
  if (platformDir === undefined)
    throw new Error(`miniprogram-compiler has no binaries for ${process.platform}`);
  const fileName = process.platform === 'win32' ? `${name}.exe` : name;
  const shipped = path.join(packageDir, 'bin', platformDir, fileName);
  if (isExecutable(shipped)) return shipped;
  const version = (
    JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const copy = path.join(os.tmpdir(), `miniprogram-compiler-${version}`, fileName);
  if (!isExecutable(copy) || fs.statSync(copy).size !== fs.statSync(shipped).size) {
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    const partial = `${copy}.${process.pid}`;
    fs.copyFileSync(shipped, partial);
    fs.chmodSync(partial, 0o755);
    fs.renameSync(partial, copy);
  }
  return copy;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
