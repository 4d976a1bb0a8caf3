import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { main as notifyMain } from '../../cloudfunctions/notify/index';
import type { main as sweeperMain } from '../../cloudfunctions/sweeper/index';
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
import type { ActionName, AnyOutputOf, FunctionName, InputOf, OutputOf } from '../../typings/contracts';
import type { Result } from '../../typings/result';

const ROOT = path.resolve(__dirname, '../..');

/** The demo café's store id in the demo seed, which every test cloud loads unless told otherwise. */
export const DEMO_STORE = 'store-demo';

/** What the functions no page calls (the payment callback, the timer's sweeper) answer, from their entry points. */
export interface ServerOnlyReplies {
  notify: Awaited<ReturnType<typeof notifyMain>>;
  sweeper: Awaited<ReturnType<typeof sweeperMain>>;
}

/** The openid a test call is made as unless told otherwise. */
const DEFAULT_OPENID = 'o-test-customer';

export interface TestCloud {
  cloud: LocalCloud;
  clock: TestClock;
  /** Calls action A of function F as the mini program user `openid` would, typed by the contract map. */
  call<F extends FunctionName, A extends ActionName<F>>(
    name: F,
    action: A,
    input: InputOf<F, A>,
    openid?: string,
  ): Promise<Result<OutputOf<F, A>>>;
  /**
   * Sends any event to a client function, as a broken or hostile client might (negative tests): unchecked
   * going in, and answered as any of F's results.
   */
  callRaw<F extends FunctionName>(name: F, event: unknown, openid?: string): Promise<Result<AnyOutputOf<F>>>;
  /** Calls a function no page may call (`notify`, `sweeper`) from the client gateway, as a client would try to. */
  callServerOnly<N extends keyof ServerOnlyReplies>(
    name: N,
    event: unknown,
    openid?: string,
  ): Promise<ServerOnlyReplies[N]>;
  close(): Promise<void>;
}

/**
 * A local cloud in memory with the demo seed, the project's functions (TypeScript sources) and a clock
 * the test moves — `Date` inside functions follows it too; this test file's wx-server-sdk points at it.
 * Functions get a random field key (`DIANDAN_FIELD_KEY`) for this test file, as a deploy sets one per function.
 */
export async function startTestCloud(
  options: {
    functions?: FunctionCatalog;
    seed?: string | false;
    previewRoot?: string;
    dataDir?: string;
  } = {},
): Promise<TestCloud> {
  delete process.env[PREVIOUS_FIELD_KEY_VARIABLE];
  process.env[FIELD_KEY_VARIABLE] = randomBytes(32).toString('base64');
  const clock = new TestClock();
  const restoreDate = followClock(clock);
  const cloud = await startLocalCloud({
    functions: options.functions ?? directoryCatalog(path.join(ROOT, 'cloudfunctions')),
    database: loadDatabaseDefinition(path.join(ROOT, 'database')),
    ...(options.seed !== false && { seed: options.seed ?? 'demo' }),
    ...(options.previewRoot && { previewRoot: options.previewRoot }),
    ...(options.dataDir && { dataDir: options.dataDir }),
    clock,
  });
  Object.assign(process.env, cloud.sdkEnvironment());
  return {
    cloud,
    clock,
    // The local cloud answers any function with what its entry point returned; the types say which entry point.
    call: async <F extends FunctionName, A extends ActionName<F>>(
      name: F,
      action: A,
      input: InputOf<F, A>,
      openid = DEFAULT_OPENID,
    ) => (await cloud.callAsClient(name, { action, input }, openid)) as Result<OutputOf<F, A>>,
    callRaw: async <F extends FunctionName>(name: F, event: unknown, openid = DEFAULT_OPENID) =>
      (await cloud.callAsClient(name, event, openid)) as Result<AnyOutputOf<F>>,
    callServerOnly: async <N extends keyof ServerOnlyReplies>(
      name: N,
      event: unknown,
      openid = DEFAULT_OPENID,
    ) => (await cloud.callAsClient(name, event, openid)) as ServerOnlyReplies[N],
    close: async () => {
      await cloud.close();
      restoreDate();
    },
  };
}
