// Bundles each cloud function with the shared server code into dist/cloudfunctions/<fn>/ — the folder DevTools deploys.
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { functionFolderNames } from './deploy/function-configs';

const root = path.resolve(__dirname, '..');
/** The function sources: one folder per cloud function. */
export const SOURCE_DIR = path.join(root, 'cloudfunctions');
/** Where the built, deployable function folders go (DevTools' cloudfunctionRoot). */
export const OUTPUT_DIR = path.join(root, 'dist', 'cloudfunctions');

/** The exact wx-server-sdk version every deployed function pins (the one the tests ran against). */
export function pinnedSdkVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const version = manifest.dependencies['wx-server-sdk'];
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
    throw new Error(`package.json must pin wx-server-sdk to an exact version, found "${version}"`);
  }
  return version;
}

/** The project's cloud functions, by folder name, sorted. */
export function functionNames(): string[] {
  return functionFolderNames(SOURCE_DIR);
}

/** What building one function gave: the bundle's size in bytes, what it still loads at run time, what it inlined. */
export interface BuiltFunction {
  bytes: number;
  externals: string[];
  /** The source files inlined into the bundle, relative to the repository root. */
  bundledFiles: string[];
}

/**
 * Builds one function folder: index.js (bundled), package.json (exact SDK), config.json (copied). Input
 * validation comes from the generated modules in server/runtime/validation-compiled/ (`npm run build` writes
 * them first), so no schema compiler is bundled.
 */
export function buildFunction(name: string, outputDir = OUTPUT_DIR): BuiltFunction {
  const sourceDir = path.join(SOURCE_DIR, name);
  const configFile = path.join(sourceDir, 'config.json');
  if (!fs.existsSync(path.join(sourceDir, 'index.ts')))
    throw new Error(`cloudfunctions/${name} has no index.ts`);
  if (!fs.existsSync(configFile)) throw new Error(`cloudfunctions/${name} has no config.json`);
  const target = path.join(outputDir, name);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  const { metafile } = buildSync({
    metafile: true,
    entryPoints: [path.join(sourceDir, 'index.ts')],
    outfile: path.join(target, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node16', // the oldest runtime a cloud environment may still run
    format: 'cjs',
    external: ['wx-server-sdk'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  const manifest = {
    name,
    version: '1.0.0',
    private: true,
    main: 'index.js',
    dependencies: { 'wx-server-sdk': pinnedSdkVersion() },
  };
  fs.writeFileSync(path.join(target, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  fs.copyFileSync(configFile, path.join(target, 'config.json'));
  // What the bundle still loads at run time: node built-ins and wx-server-sdk only, if the bundle is whole.
  const externals = Object.values(metafile.inputs)
    .flatMap((input) =>
      input.imports.filter((imported) => imported.external).map((imported) => imported.path),
    )
    .filter((id, index, all) => all.indexOf(id) === index)
    .sort();
  const bundledFiles = Object.keys(metafile.inputs).sort();
  return { bytes: fs.statSync(path.join(target, 'index.js')).size, externals, bundledFiles };
}

/** Builds every function into OUTPUT_DIR, logging one line each; returns their names. */
export function buildAll(log: (line: string) => void = console.log): string[] {
  const names = functionNames();
  log(`Building ${names.length} cloud functions into dist/cloudfunctions/`);
  names.forEach((name, index) => {
    const { bytes } = buildFunction(name);
    log(`  [${index + 1}/${names.length}] ${name.padEnd(12)} ${(bytes / 1024).toFixed(1)} KiB`);
  });
  return names;
}

if (require.main === module) {
  try {
    buildAll();
  } catch (error) {
    console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
