import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { loadDatabaseDefinition } from '../../database/load';
import { FIELD_KEY_VARIABLE, PREVIOUS_FIELD_KEY_VARIABLE } from '../../server/runtime/field-keys';
import { followClock } from './clock-date';
import {
  directoryCatalog,
  startLocalCloud,
  TestClock,
  type FunctionCatalog,
  type LocalCloud,
} from '../../emulator/src';

const ROOT = path.resolve(__dirname, '../..');

/** The demo café's store id in the demo seed, which every test cloud loads unless told otherwise. */
export const DEMO_STORE = 'store-demo';

export interface TestCloud {
  cloud: LocalCloud;
  clock: TestClock;
  /** Calls a function as the mini program user `openid` would. */
  call<T = unknown>(name: string, event: unknown, openid?: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * A local cloud in memory with the demo seed, the project's functions (TypeScript sources) and a clock
 * the test moves — `Date` inside functions follows it too; this test file's wx-server-sdk points at it.
 * Functions get a random field key (`DIANDAN_FIELD_KEY`) for this test file, as a deploy sets one per function.
 */
export async function startTestCloud(
  options: { functions?: FunctionCatalog; seed?: string | false } = {},
): Promise<TestCloud> {
  delete process.env[PREVIOUS_FIELD_KEY_VARIABLE];
  process.env[FIELD_KEY_VARIABLE] = randomBytes(32).toString('base64');
  const clock = new TestClock();
  const restoreDate = followClock(clock);
  const cloud = await startLocalCloud({
    functions: options.functions ?? directoryCatalog(path.join(ROOT, 'cloudfunctions')),
    database: loadDatabaseDefinition(path.join(ROOT, 'database')),
    ...(options.seed !== false && { seed: options.seed ?? 'demo' }),
    clock,
  });
  Object.assign(process.env, cloud.sdkEnvironment());
  return {
    cloud,
    clock,
    call: async <T>(name: string, event: unknown, openid = 'o-test-customer') =>
      (await cloud.callAsClient(name, event, openid)) as T,
    close: async () => {
      await cloud.close();
      restoreDate();
    },
  };
}
