// `npm run deploy:check`: everything about a deploy that can be checked offline, in one run, before uploading.
// It builds the functions (as DevTools' hooks do) and then checks the build, the configs and the tree.
import fs from 'node:fs';
import path from 'node:path';
import { buildAll, OUTPUT_DIR, SOURCE_DIR } from '../build';
import { checkAppJson } from './app-json-checks';
import { committedCloudbaserc, renderCloudbaserc } from './cloudbaserc';
import { checkOpenApiPermissions, checkSweeperTrigger } from './function-code-checks';
import { readFunctionConfigs } from './function-configs';
import { checkProjectConfig } from './project-config-checks';
import { projectFiles } from './project-files';
import { scanFiles } from './secret-scan';

const root = path.resolve(__dirname, '..', '..');

/** Builds the functions, then returns every deploy problem found (an empty list means ready to deploy). */
export function runPreflight(log: (line: string) => void = () => undefined): string[] {
  const { functions, problems } = readFunctionConfigs(SOURCE_DIR);
  if (problems.length > 0) return problems;
  buildAll(log);
  for (const fn of functions) {
    const bundle = fs.readFileSync(path.join(OUTPUT_DIR, fn.name, 'index.js'), 'utf8');
    problems.push(...checkOpenApiPermissions(fn, bundle));
    problems.push(
      ...checkSweeperTrigger(fn, fs.readFileSync(path.join(SOURCE_DIR, fn.name, 'index.ts'), 'utf8')),
    );
  }
  if (committedCloudbaserc() !== renderCloudbaserc(functions)) {
    problems.push('cloudbaserc.json: out of date; run `npm run deploy:config`');
  }
  problems.push(...checkProjectConfig(root));
  problems.push(...checkAppJson(path.join(root, 'miniprogram')).map((problem) => `miniprogram/${problem}`));
  const leaks = scanFiles(projectFiles(root), (file) => fs.readFileSync(path.join(root, file), 'utf8'));
  problems.push(...leaks.map((leak) => `${leak.file}:${leak.line}: ${leak.kind} (${leak.excerpt})`));
  return problems;
}

if (require.main === module) {
  try {
    const problems = runPreflight(console.log);
    if (problems.length === 0) {
      console.log('Ready to deploy: functions, configs, pages and the tree all check out.');
    } else {
      console.log(`${problems.length} problem(s) to fix before deploying:`);
      for (const problem of problems) console.log(`  - ${problem}`);
      process.exitCode = 1;
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
