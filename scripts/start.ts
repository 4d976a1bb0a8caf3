// `npm start`: the local cloud with the demo shop, on 127.0.0.1, until Ctrl-C. `npm start -- --check` exits after its checks.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDatabaseDefinition } from '../database/load';
import { directoryCatalog, startLocalCloud, type LocalCloud } from '../emulator/src';
import { FIELD_KEY_VARIABLE } from '../server/runtime/field-keys';
import { adjustableClock, runTimersOnJumps } from './start/adjustable-clock';
import { runStartupChecks } from './start/checks';
import { printBanner } from './start/banner';
import { playDemo } from './start/demo';
import { playStaffDemo } from './start/demo-staff';

const DEFAULT_PORT = 3900;
const root = path.resolve(__dirname, '..');

interface StartArgs {
  check: boolean;
  fresh: boolean;
  port: number;
}

function readArgs(argv: string[], env: NodeJS.ProcessEnv): StartArgs {
  const known = new Set(['--check', '--fresh', '--help']);
  const unknown = argv.filter((arg) => !known.has(arg));
  if (argv.includes('--help') || unknown.length) {
    if (unknown.length) console.error(`Unknown option ${unknown.join(' ')}`);
    console.log('Usage: npm start [-- --check] [-- --fresh]    (PORT=<n> to choose the port; default 3900)');
    console.log('  --check  start, run the start-up checks, and exit (0 when all pass)');
    console.log('  --fresh  forget the saved dev store and start from the demo seed');
    process.exit(unknown.length ? 2 : 0);
  }
  const port = env.PORT ? Number(env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number (0-65535), got "${env.PORT}"`);
    process.exit(2);
  }
  return { check: argv.includes('--check'), fresh: argv.includes('--fresh'), port };
}

/**
 * The field key the functions seal delivery addresses with, as the platform's per-function environment
 * variable would give it: one already in the shell wins; else the dev store's own key (made once, kept
 * beside the dev data so saved orders stay readable); else, in memory, a key for this run only.
 */
function provideFieldKey(dataDir: string | undefined): string {
  if (process.env[FIELD_KEY_VARIABLE]) return `${FIELD_KEY_VARIABLE} from the shell`;
  const newKey = () => randomBytes(32).toString('base64');
  if (!dataDir) {
    process.env[FIELD_KEY_VARIABLE] = newKey();
    return 'a field key for this run only';
  }
  const keyFile = path.join(dataDir, 'field-key');
  if (!existsSync(keyFile)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(keyFile, `${newKey()}\n`, { mode: 0o600 });
  }
  process.env[FIELD_KEY_VARIABLE] = readFileSync(keyFile, 'utf8').trim();
  return `the dev field key in ${path.relative(root, keyFile)}`;
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2), process.env);
  const step = (text: string) => console.log(`• ${text}`);
  step('Loading database/ (collections, rules, indexes, demo seed)');
  const database = loadDatabaseDefinition(path.join(root, 'database'));
  // --check always runs in memory, so CI never depends on a dev store left behind.
  const dataDir = args.check ? undefined : path.join(root, '.local-cloud');
  if (dataDir && args.fresh) rmSync(dataDir, { recursive: true, force: true });
  step(`Encrypting delivery addresses with ${provideFieldKey(dataDir)}`);
  step(
    args.port === 0
      ? 'Starting the local cloud on a free port'
      : `Starting the local cloud on port ${args.port}`,
  );
  // The bar outside the preview's phone frame moves this clock forward; timers it passes run on the way.
  const clock = adjustableClock();
  let cloud: LocalCloud;
  try {
    cloud = await startLocalCloud({
      functions: directoryCatalog(path.join(root, 'cloudfunctions')),
      database,
      seed: 'demo',
      port: args.port,
      previewRoot: path.join(root, 'miniprogram'),
      clock,
      ...(dataDir && { dataDir }),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      /EADDRINUSE/.test(message) ? `Port ${args.port} is in use; try PORT=<another> npm start` : message,
    );
    process.exit(1);
  }
  console.log(`  listening on ${cloud.baseUrl}`);
  runTimersOnJumps(clock, cloud);
  Object.assign(process.env, cloud.sdkEnvironment());
  step('Running start-up checks');
  let failures = await runStartupChecks(cloud, console.log);
  step('Playing the demo: a customer orders through the client gateway, then the owner makes it');
  try {
    const order = await playDemo(cloud, console.log);
    await playStaffDemo(cloud, order, console.log);
  } catch (error) {
    failures += 1;
    console.log(`  ✗ demo: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (args.check) {
    await cloud.close();
    console.log(failures ? `${failures} start-up checks failed` : 'All start-up checks passed');
    process.exit(failures ? 1 : 0);
  }
  printBanner(cloud, dataDir);
  const stop = async () => {
    console.log('\nStopping: saving the dev store…');
    await cloud.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

void main();
