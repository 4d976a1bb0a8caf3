// DevTools' "build npm", done by `npm run build`: each npm package the pages import is copied from
// node_modules into miniprogram/miniprogram_npm/<name>/ as DevTools ships it — the package's `miniprogram`
// folder, or its `main` file as index.js — source maps left out. DevTools then needs no npm step of its own.
import fs from 'node:fs';
import path from 'node:path';
import { builtPackageDir } from './miniprogram-package-resolve';

const root = path.resolve(__dirname, '..');
/** The mini program's root, where `miniprogram_npm/` goes (gitignored: it is built). */
export const MINIPROGRAM_ROOT = path.join(root, 'miniprogram');
/** The npm packages the mini program imports; everything else in package.json is for the server or tools. */
export const MINIPROGRAM_PACKAGES = ['mobx-miniprogram', 'mobx-miniprogram-bindings'] as const;

/** One built package: its name and the files written, relative to its folder. */
export interface BuiltNpmPackage {
  name: string;
  files: string[];
  bytes: number;
}

/** The files DevTools ships for package `name`: path inside `miniprogram_npm/<name>/` → source file. */
export function shippedNpmFiles(name: string, from = MINIPROGRAM_ROOT): Map<string, string> {
  const built = builtPackageDir(from, name);
  if (built === undefined) throw new Error(`${name} is not installed: run npm ci`);
  const files = new Map<string, string>();
  if (built.entry === 'index') {
    for (const file of fs.readdirSync(built.dir, { recursive: true, encoding: 'utf8' })) {
      const source = path.join(built.dir, file);
      if (!file.endsWith('.map') && fs.statSync(source).isFile())
        files.set(file.split(path.sep).join('/'), source);
    }
  } else {
    files.set('index.js', path.join(built.dir, built.entry));
  }
  return files;
}

/** Writes `miniprogram_npm/` under `miniprogramRoot` afresh and answers what it holds. */
export function buildMiniprogramNpm(miniprogramRoot = MINIPROGRAM_ROOT): BuiltNpmPackage[] {
  const npmRoot = path.join(miniprogramRoot, 'miniprogram_npm');
  fs.rmSync(npmRoot, { recursive: true, force: true });
  return MINIPROGRAM_PACKAGES.map((name) => {
    const files = shippedNpmFiles(name, miniprogramRoot);
    let bytes = 0;
    for (const [inside, source] of files) {
      const target = path.join(npmRoot, name, inside);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(source, target);
      bytes += fs.statSync(target).size;
    }
    return { name, files: [...files.keys()].sort(), bytes };
  });
}

if (require.main === module) {
  for (const built of buildMiniprogramNpm())
    console.log(`miniprogram_npm/${built.name}: ${built.files.length} files, ${built.bytes} bytes`);
}
