// How the mini program runtime finds a file named in code, JSON or templates: relative to the file, absolute from
// the mini program root, or (for a bare name) a package in `miniprogram_npm`, which DevTools builds from node_modules.
import fs from 'node:fs';
import path from 'node:path';

/** A file the package ships: its absolute path, and the name it has inside the package (`/`-separated). */
export interface ShippedFile {
  absolute: string;
  packagePath: string;
}

/** Script and component files a module or component name may stand for, in the order DevTools tries them. */
const SCRIPT_SUFFIXES = ['', '.ts', '.js', '/index.ts', '/index.js'];

/** The absolute path a local reference points to: `/x` from root, anything else from the referring file's folder. */
export function localTarget(root: string, from: ShippedFile, reference: string): string {
  return reference.startsWith('/')
    ? path.join(root, reference)
    : path.join(path.dirname(from.absolute), reference);
}

/**
 * The file a local reference names if it exists (trying the suffixes in order), named inside the package as the
 * referring file's name plus the same relative step; a name starting `../` means it lies outside the package.
 */
export function resolveLocal(
  root: string,
  from: ShippedFile,
  reference: string,
  suffixes: string[] = [''],
): ShippedFile | undefined {
  const found = firstExisting(localTarget(root, from, reference), suffixes);
  if (found === undefined) return undefined;
  if (reference.startsWith('/')) {
    return { absolute: found, packagePath: path.relative(root, found).split(path.sep).join('/') };
  }
  const step = path.relative(path.dirname(from.absolute), found).split(path.sep).join('/');
  return {
    absolute: found,
    packagePath: path.posix.normalize(path.posix.join(path.posix.dirname(from.packagePath), step)),
  };
}

/** Whether a reference names a package (`mobx-miniprogram`, `@scope/name/sub`) rather than a path. */
export function isBareName(reference: string): boolean {
  return !reference.startsWith('.') && !reference.startsWith('/');
}

/** The script a `require`/`import` specifier loads, or undefined when nothing matches. */
export function resolveScript(root: string, from: ShippedFile, specifier: string): ShippedFile | undefined {
  if (isBareName(specifier)) return resolvePackage(root, from, specifier, SCRIPT_SUFFIXES);
  return resolveLocal(root, from, specifier, SCRIPT_SUFFIXES);
}

/** The `.json` of a component named in `usingComponents`, or undefined if it is not there. */
export function resolveComponent(
  root: string,
  from: ShippedFile,
  reference: string,
): ShippedFile | undefined {
  const suffixes = ['.json', '/index.json'];
  if (isBareName(reference)) return resolvePackage(root, from, reference, suffixes);
  return resolveLocal(root, from, reference, suffixes);
}

/**
 * A bare name in `miniprogram_npm` (nearest folder up from the referring file, as the runtime looks), else in
 * node_modules as DevTools would build it: the package's `miniprogram` folder, or its `main`.
 */
function resolvePackage(
  root: string,
  from: ShippedFile,
  specifier: string,
  suffixes: string[],
): ShippedFile | undefined {
  const [name, rest] = splitPackageName(specifier);
  for (
    let dir = path.dirname(path.join(root, from.packagePath));
    dir.startsWith(root);
    dir = path.dirname(dir)
  ) {
    const npmDir = path.join(dir, 'miniprogram_npm', name);
    if (fs.existsSync(npmDir)) {
      const found = firstExisting(
        rest === '' ? path.join(npmDir, 'index') : path.join(npmDir, rest),
        suffixes,
      );
      if (found === undefined) return undefined;
      return { absolute: found, packagePath: path.relative(root, found).split(path.sep).join('/') };
    }
    if (dir === root) break;
  }
  const built = builtPackageDir(root, name);
  if (built === undefined) return undefined;
  const entry = rest === '' ? path.join(built.dir, built.entry) : path.join(built.dir, rest);
  const found = firstExisting(entry, suffixes);
  if (found === undefined) return undefined;
  const inside = path.relative(built.dir, found).split(path.sep).join('/');
  return { absolute: found, packagePath: `miniprogram_npm/${name}/${inside}` };
}

/** The folder DevTools copies into `miniprogram_npm/<name>` from node_modules, and the entry inside it. */
export function builtPackageDir(root: string, name: string): { dir: string; entry: string } | undefined {
  let manifestPath: string;
  try {
    manifestPath = require.resolve(`${name}/package.json`, { paths: [root] });
  } catch {
    return undefined;
  }
  const packageDir = path.dirname(manifestPath);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as {
    miniprogram?: string;
    main?: string;
  };
  if (typeof manifest.miniprogram === 'string') {
    return { dir: path.join(packageDir, manifest.miniprogram), entry: 'index' };
  }
  const main = path.join(packageDir, manifest.main ?? 'index.js');
  return { dir: path.dirname(main), entry: path.basename(main) };
}

function splitPackageName(specifier: string): [string, string] {
  const parts = specifier.split('/');
  const count = specifier.startsWith('@') ? 2 : 1;
  return [parts.slice(0, count).join('/'), parts.slice(count).join('/')];
}

function firstExisting(base: string, suffixes: string[]): string | undefined {
  for (const suffix of suffixes) {
    const candidate = `${base}${suffix}`;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}
