// Generates cloudbaserc.json (the CloudBase CLI's deploy file) from the functions' config.json files, so the
// two never disagree. `tsx scripts/deploy/cloudbaserc.ts` writes it; `-- --check` only compares (exit 1 if stale).
import fs from 'node:fs';
import path from 'node:path';
import { SOURCE_DIR } from '../build';
import { type FunctionDeployConfig, readFunctionConfigs, type TimerTrigger } from './function-configs';

const root = path.resolve(__dirname, '..', '..');
/** The committed file the CLI reads from the project root. */
export const CLOUDBASERC_FILE = path.join(root, 'cloudbaserc.json');

/** Config format 2.0 is the one that resolves `{{env.NAME}}` variables from `.env` files. */
export const CLOUDBASERC_VERSION = '2.0';
/** The environment id is never written down: the CLI reads ENV_ID from `.env.local` (or use `-e <env-id>`). */
export const ENV_ID_PLACEHOLDER = '{{env.ENV_ID}}';
/** Where `npm run build` leaves the deployable function folders. */
export const FUNCTION_ROOT = './dist/cloudfunctions';
/** The runtime the bundles are built for (esbuild target node16). */
export const FUNCTION_RUNTIME = 'Nodejs16.13';

/** One function entry of cloudbaserc.json. */
export interface CloudbasercFunction {
  name: string;
  handler: 'index.main';
  runtime: string;
  timeout: number;
  /** The platform installs the pinned wx-server-sdk from the built package.json. */
  installDependency: true;
  triggers?: TimerTrigger[];
}

/** The whole file. */
export interface Cloudbaserc {
  version: string;
  envId: string;
  functionRoot: string;
  functions: CloudbasercFunction[];
}

/** The file's content for `functions`: one entry each, in name order, triggers copied from config.json. */
export function cloudbaserc(functions: readonly FunctionDeployConfig[]): Cloudbaserc {
  return {
    version: CLOUDBASERC_VERSION,
    envId: ENV_ID_PLACEHOLDER,
    functionRoot: FUNCTION_ROOT,
    functions: [...functions]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((fn) => ({
        name: fn.name,
        handler: 'index.main',
        runtime: FUNCTION_RUNTIME,
        timeout: fn.timeoutSeconds,
        installDependency: true,
        ...(fn.triggers.length > 0 ? { triggers: fn.triggers } : {}),
      })),
  };
}

/** The exact text of cloudbaserc.json (2-space JSON, which Prettier leaves as it is). */
export function renderCloudbaserc(functions: readonly FunctionDeployConfig[]): string {
  return `${JSON.stringify(cloudbaserc(functions), null, 2)}\n`;
}

/** What cloudbaserc.json should hold for the functions under `sourceDir`; throws if a config.json is wrong. */
export function expectedCloudbaserc(sourceDir: string = SOURCE_DIR): string {
  const { functions, problems } = readFunctionConfigs(sourceDir);
  if (problems.length > 0) throw new Error(`cannot generate cloudbaserc.json:\n  ${problems.join('\n  ')}`);
  return renderCloudbaserc(functions);
}

/** The committed file's text, or null when there is none. */
export function committedCloudbaserc(file: string = CLOUDBASERC_FILE): string | null {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

if (require.main === module) {
  try {
    const expected = expectedCloudbaserc();
    if (process.argv.includes('--check')) {
      const isInSync = committedCloudbaserc() === expected;
      console.log(
        isInSync
          ? 'cloudbaserc.json matches the functions.'
          : 'cloudbaserc.json is out of date: run `npm run deploy:config`.',
      );
      process.exit(isInSync ? 0 : 1);
    }
    fs.writeFileSync(CLOUDBASERC_FILE, expected);
    console.log(
      `Wrote cloudbaserc.json (${(JSON.parse(expected) as Cloudbaserc).functions.length} functions).`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
