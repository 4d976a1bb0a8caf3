// `npm run deploy:check`: everything about a deploy that can be checked offline, in one run, before uploading.
// It builds the functions (as DevTools' hooks do) and then checks the build, the configs and the tree.
import fs from 'node:fs';
import path from 'node:path';
import { loadDatabaseDefinition } from '../../database/load';
import { SUBSCRIBE_CONFIG } from '../../server/runtime/config';
import { FIELD_KEY_VARIABLE } from '../../server/runtime/field-keys';
import { buildAll, OUTPUT_DIR, SOURCE_DIR } from '../build';
import { checkAppJson } from './app-json-checks';
import { committedCloudbaserc, renderCloudbaserc } from './cloudbaserc';
import { checkOpenApiPermissions, checkSweeperTrigger } from './function-code-checks';
import { readFunctionConfigs } from './function-configs';
import { checkProjectConfig } from './project-config-checks';
import { projectFiles } from './project-files';
import { scanFiles } from './secret-scan';
import { sandboxPrinterReminders } from './seed-printer-checks';
import { checkSeedStores, sandboxMerchantReminders } from './seed-store-checks';

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
  problems.push(...checkSeedStores(loadDatabaseDefinition().seeds));
  problems.push(...checkProjectConfig(root));
  problems.push(...checkAppJson(path.join(root, 'miniprogram')).map((problem) => `miniprogram/${problem}`));
  const leaks = scanFiles(projectFiles(root), (file) => fs.readFileSync(path.join(root, file), 'utf8'));
  problems.push(...leaks.map((leak) => `${leak.file}:${leak.line}: ${leak.kind} (${leak.excerpt})`));
  return problems;
}

/** Settings only the console holds: the field encryption key, and the real "order ready" template id. */
export function consoleReminders(functionNames: string[], outputDir = OUTPUT_DIR): string[] {
  const reading = (variable: string) =>
    functionNames.filter((name) =>
      fs.readFileSync(path.join(outputDir, name, 'index.js'), 'utf8').includes(variable),
    );
  const needingKey = reading(FIELD_KEY_VARIABLE);
  const needingTemplate = reading(SUBSCRIBE_CONFIG.orderReadyTemplateVariable);
  return [
    ...(needingKey.length
      ? [
          `set ${FIELD_KEY_VARIABLE} on ${needingKey.join(', ')} (云开发控制台 → 云函数 → 函数配置 → 环境变量; README, deploy step 4)`,
        ]
      : []),
    ...(needingTemplate.length
      ? [
          `set ${SUBSCRIBE_CONFIG.orderReadyTemplateVariable} on ${needingTemplate.join(', ')} to the "order ready" template id (公众平台 → 订阅消息), the same as miniprogram/config.ts`,
        ]
      : []),
  ];
}

if (require.main === module) {
  try {
    const problems = runPreflight(console.log);
    if (problems.length === 0) {
      console.log('Ready to deploy: functions, configs, pages and the tree all check out.');
      for (const reminder of [
        ...consoleReminders(readFunctionConfigs(SOURCE_DIR).functions.map((fn) => fn.name)),
        ...sandboxMerchantReminders(loadDatabaseDefinition().seeds),
        ...sandboxPrinterReminders(loadDatabaseDefinition().seeds),
      ]) {
        console.log(`  Console setting the tree cannot show: ${reminder}`);
      }
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
