import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BundleCache } from './bundle-cache';
import { bundlePreview } from './preview-bundle';

// A reload with nothing changed answers the same script without building; a change under the root, or in a
// bundled file outside it, builds afresh; a failed build is not kept.
const FIXTURE = path.join(__dirname, '../../../test/preview/fixture-app');
let root: string;
let outside: string;
let builds: number;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'bundle-cache-'));
  cpSync(FIXTURE, root, { recursive: true });
  outside = path.join(root, '..', `${path.basename(root)}-outside.js`);
  writeFileSync(outside, 'export const word = "one";');
  builds = 0;
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { force: true });
});

const build = async () => {
  builds += 1;
  const bundle = await bundlePreview(root);
  return { script: bundle.script, inputs: [...bundle.inputs, outside] };
};

test('an unchanged mini program is built once; a saved page or a changed input builds it again', async () => {
  const cache = new BundleCache(root);
  const first = await cache.script(build);
  expect((await cache.script(build)).script).toBe(first.script);
  expect(builds).toBe(1);
  expect(first.inputs.some((input) => input.includes(`preview-runtime${path.sep}main.ts`))).toBe(true);

  writeFileSync(path.join(root, 'pages/first/index.wxml'), '<view class="changed">changed</view>');
  const second = await cache.script(build);
  expect(builds).toBe(2);
  expect(second.script).not.toBe(first.script);

  writeFileSync(outside, 'export const word = "two";');
  await cache.script(build);
  expect(builds).toBe(3);
  await cache.script(build);
  expect(builds).toBe(3);
});

test('a build that fails is tried again on the next load', async () => {
  const cache = new BundleCache(root);
  const failing = async () => {
    builds += 1;
    throw new Error('wxml error');
  };
  await expect(cache.script(failing)).rejects.toThrow('wxml error');
  await cache.script(build);
  expect(builds).toBe(2);
});
