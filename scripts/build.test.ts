import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { directoryCatalog } from '../emulator/src';
import { startTestCloud } from '../test/support/test-cloud';
import { buildFunction, functionNames, pinnedSdkVersion } from './build';

// Built inside the repository so the bundles resolve wx-server-sdk from its node_modules, as they would when deployed.
const outputDir = path.join(__dirname, '..', 'dist', `.build-test-${process.pid}`);

const externalsByFunction = new Map<string, string[]>();
const bundledByFunction = new Map<string, string[]>();
beforeAll(() => {
  for (const name of functionNames()) {
    const built = buildFunction(name, outputDir);
    externalsByFunction.set(name, built.externals);
    bundledByFunction.set(name, built.bundledFiles);
  }
});
afterAll(() => fs.rmSync(outputDir, { recursive: true, force: true }));

test('each function folder holds exactly index.js, package.json pinning the exact SDK, and its config.json', () => {
  for (const name of functionNames()) {
    const folder = path.join(outputDir, name);
    expect(fs.readdirSync(folder).sort()).toEqual(['config.json', 'index.js', 'package.json']);
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
    expect(manifest.dependencies).toEqual({ 'wx-server-sdk': pinnedSdkVersion() });
    expect(pinnedSdkVersion()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(fs.readFileSync(path.join(folder, 'config.json'), 'utf8')).toBe(
      fs.readFileSync(path.join(__dirname, '..', 'cloudfunctions', name, 'config.json'), 'utf8'),
    );
  }
});

test('bundles inline the shared server code and leave only wx-server-sdk external', () => {
  for (const name of functionNames()) {
    const externals = externalsByFunction.get(name) ?? [];
    expect(externals).toContain('wx-server-sdk');
    expect(externals.filter((id) => id !== 'wx-server-sdk' && !isNodeBuiltin(id))).toEqual([]);
  }
});

test('bundles carry generated validation code, not the schema compiler of ajv', () => {
  for (const name of functionNames()) {
    const bundled = bundledByFunction.get(name) ?? [];
    expect(
      bundled.filter((file) => /node_modules\/ajv\/dist\/(compile|vocabularies|core|ajv)/.test(file)),
    ).toEqual([]);
    if (!['notify', 'sweeper'].includes(name)) {
      expect(bundled).toContain(`server/runtime/validation-compiled/${name}.js`);
    }
  }
});

test('the built browse bundle answers through the local cloud like its source', async () => {
  const built = await startTestCloud({ functions: directoryCatalog(outputDir) });
  try {
    const result = await built.call('browse', 'home', { storeId: 'store-demo' });
    expect(result.ok).toBe(true);
  } finally {
    await built.close();
  }
});

function isNodeBuiltin(id: string): boolean {
  return builtinModules.includes(id.replace(/^node:/, ''));
}
