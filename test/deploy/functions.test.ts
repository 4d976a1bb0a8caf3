import fs from 'node:fs';
import path from 'node:path';
import { buildFunction } from '../../scripts/build';
import { checkOpenApiPermissions, checkSweeperTrigger } from '../../scripts/deploy/function-code-checks';
import { functionFolderNames, readFunctionConfigs } from '../../scripts/deploy/function-configs';
import { consoleReminders } from '../../scripts/deploy/preflight';

// The project's real functions, whatever they are: each must be deployable as it stands.
const root = path.resolve(__dirname, '..', '..');
const sourceDir = path.join(root, 'cloudfunctions');
// Built inside the repository, as build.test.ts does, so bundles resolve like the deployed ones.
const outputDir = path.join(root, 'dist', `.deploy-test-${process.pid}`);
const { functions, problems } = readFunctionConfigs(sourceDir);

beforeAll(() => {
  for (const name of functionFolderNames(sourceDir)) buildFunction(name, outputDir);
});
afterAll(() => fs.rmSync(outputDir, { recursive: true, force: true }));

test('every function folder has index.ts and a valid config.json, and nothing built beside them', () => {
  expect(problems).toEqual([]);
  expect(functions.map((fn) => fn.name)).toEqual(functionFolderNames(sourceDir));
  expect(functions.length).toBeGreaterThan(0);
});

test("config.json permits every open API the function's bundled code calls", () => {
  const missing = functions.flatMap((fn) =>
    checkOpenApiPermissions(fn, fs.readFileSync(path.join(outputDir, fn.name, 'index.js'), 'utf8')),
  );
  expect(missing).toEqual([]);
});

test('a function whose name or code says it sweeps runs on a timer trigger', () => {
  const untriggered = functions.flatMap((fn) =>
    checkSweeperTrigger(fn, fs.readFileSync(path.join(sourceDir, fn.name, 'index.ts'), 'utf8')),
  );
  expect(untriggered).toEqual([]);
});

test('after a build no function folder holds TypeScript: index.js, package.json and config.json only', () => {
  for (const fn of functions) {
    const files = listFiles(path.join(outputDir, fn.name));
    expect({ name: fn.name, files }).toEqual({
      name: fn.name,
      files: ['config.json', 'index.js', 'package.json'],
    });
  }
});

function listFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .sort();
}

test('the preflight reminds to set the field key and the template id on exactly the functions whose code reads them', () => {
  const [reminder, template, ...others] = consoleReminders(functionFolderNames(sourceDir), outputDir);
  expect(others).toEqual([]);
  expect(reminder).toMatch(/^set DIANDAN_FIELD_KEY on account, checkout, order /);
  expect(template).toMatch(/^set DIANDAN_ORDER_READY_TEMPLATE_ID on account, staff /);
});
