import { CloudError, WireCode } from '../errors';
import {
  type CloudFunctionModule,
  DEFAULT_TIMEOUT_SECONDS,
  type FunctionCatalog,
  type FunctionConfig,
} from './catalog';
import { AdmissionQueue } from './admission';
import { crossJson } from '../http/json-text';
import { withInvocationEnv } from './env-overlay';
import { InvocationLedger, type InvocationOutcome } from './invocation-ledger';
import { identityEnvironment, type InvocationIdentity, LOCAL_ENV_ID, sdkEnvironment } from './sdk-env';
import { startRunTimeLimit } from './run-time-limit';

/** How the local cloud's services (payments, timers, delayed tasks) call a function: `FunctionRunner.invoke`. */
export type InvokeFunction = (name: string, event: unknown, identity: InvocationIdentity) => Promise<unknown>;

/** One finished invocation, as `onInvocation` listeners see it; times are wall-clock. */
export interface InvocationRecord {
  /** The invocation's request id (`context.request_id`). */
  requestId: string;
  functionName: string;
  source: string;
  openid: string;
  /** How long it waited for a place to run (see admission.ts). */
  waitedMs: number;
  /** How long it ran, from its start (when its timeout started) to its answer. */
  durationMs: number;
  ok: boolean;
  outcome: InvocationOutcome;
  /** Database operations (`database.*` requests) the local cloud applied for it. */
  databaseOperations: number;
}

/**
 * Runs cloud functions in this process, each call with its own identity and its own route to the
 * local cloud, across the JSON boundary the platform puts around events and results.
 */
export class FunctionRunner {
  private requestCounter = 0;
  private readonly listeners: Array<(record: InvocationRecord) => void> = [];
  /** Running and cut invocations; its `admit` gates every `/admin` request (see invocation-ledger.ts). */
  readonly invocations = new InvocationLedger();

  private readonly admission: AdmissionQueue;
  /** Functions that finished an invocation since this runner started (their module state is warm). */
  private readonly warm = new Set<string>();
  /** The first invocation of a cold function, which later calls of it wait for. */
  private readonly warming = new Map<string, Promise<void>>();

  /** `maxRunning`: invocations running at once (default: a few per core); the rest queue in arrival order. */
  constructor(
    private readonly catalog: FunctionCatalog,
    private readonly adminUrl: () => string,
    options: { maxRunning?: number } = {},
  ) {
    this.admission = new AdmissionQueue(options.maxRunning);
  }

  /** Invocations running now and waiting for a place now. */
  occupancy(): { running: number; queued: number } {
    return { running: this.admission.running, queued: this.admission.queued };
  }

  /** Every function the catalog holds, sorted. */
  names(): string[] {
    return this.catalog.names();
  }

  /** Whether `name` is a function the catalog holds. */
  has(name: string): boolean {
    return this.catalog.has(name);
  }

  /** The function's config.json (timeout, triggers, permissions). */
  config(name: string): FunctionConfig {
    return this.catalog.config(name);
  }

  /** Loads a function's module (it stays warm), e.g. to check it at start-up. */
  load(name: string): CloudFunctionModule {
    return this.catalog.load(name);
  }

  /** Calls `listener` after every invocation, whether it succeeded or not. */
  onInvocation(listener: (record: InvocationRecord) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Invokes `name` as the platform would, once a place to run is free (its timeout starts then); rejects
   * with a CloudError on a missing function, a throw, a timeout or an injected crash.
   */
  async invoke(name: string, event: unknown, identity: InvocationIdentity): Promise<unknown> {
    this.mustExist(name);
    const queuedAt = Date.now();
    const warmUp = this.untilWarm(name);
    const doneWarming = warmUp instanceof Promise ? await warmUp : warmUp;
    const leave = await this.admission.enter();
    try {
      return await this.run(name, event, identity, Date.now() - queuedAt);
    } finally {
      leave();
      doneWarming?.();
    }
  }

  /**
   * Waits while a cold function's first invocation runs. On the platform every instance pays its own cold
   * start on its own machine; here they would all pile onto one event loop at once, and calls already
   * running would time out behind them. Answers the function that ends the warm-up when this call is the
   * first one.
   */
  private untilWarm(name: string): Promise<(() => void) | undefined> | (() => void) | undefined {
    if (this.warm.has(name)) return undefined;
    const warming = this.warming.get(name);
    if (warming) return warming.then(() => this.untilWarm(name));
    let done: () => void = () => undefined;
    this.warming.set(
      name,
      new Promise<void>((resolve) => {
        done = resolve;
      }),
    );
    return () => {
      this.warm.add(name);
      this.warming.delete(name);
      done();
    };
  }

  /**
   * Invokes `name` from inside a running invocation (`cloud.callFunction`) without queueing: the caller
   * holds its place while it waits, so a nested call that queued behind it could wait forever.
   */
  async invokeNested(name: string, event: unknown, identity: InvocationIdentity): Promise<unknown> {
    this.mustExist(name);
    return this.run(name, event, identity, 0);
  }

  private mustExist(name: string): void {
    if (!this.catalog.has(name)) {
      throw new CloudError(WireCode.FUNCTION_NOT_FOUND, `FunctionName parameter could not be found: ${name}`);
    }
  }

  private async run(
    name: string,
    event: unknown,
    identity: InvocationIdentity,
    waitedMs: number,
  ): Promise<unknown> {
    const timeoutMs = (this.catalog.config(name).timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
    const requestId = `local-${Date.now().toString(36)}-${(++this.requestCounter).toString(36)}`;
    const variables = {
      ...sdkEnvironment(this.adminUrl(), {
        functionName: name,
        source: identity.source,
        openid: identity.openid,
        invocationId: requestId,
      }),
      ...identityEnvironment(identity),
    };
    const context = {
      request_id: requestId,
      function_name: name,
      function_version: '$LATEST',
      namespace: LOCAL_ENV_ID,
      memory_limit_in_mb: 256,
      time_limit_in_ms: timeoutMs,
    };
    const startedAt = Date.now();
    const live = this.invocations.begin(requestId, name);
    let outcome: InvocationOutcome = 'error';
    try {
      const module = this.catalog.load(name);
      // Events and results travel as JSON on the platform (Dates become strings, `undefined` disappears),
      // at any depth the platform's 6 MB per event allows.
      const run = withInvocationEnv(variables, async () => module.main(crossJson(event), context));
      // Once the timeout fires the invocation is over: nothing it sends afterwards reaches the database.
      const cutOff = () => this.invocations.cut(requestId, `timed out after ${timeoutMs} ms`);
      const result = crossJson(await withTimeout(Promise.race([run, live.died]), timeoutMs, name, cutOff));
      outcome = 'ok';
      return result;
    } catch (error) {
      if (live.crashed) outcome = 'crashed';
      else if (error instanceof CloudError && error.code === WireCode.FUNCTION_TIMEOUT) outcome = 'timeout';
      if (error instanceof CloudError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new CloudError(WireCode.FUNCTION_ERROR, `function ${name} failed: ${message}`);
    } finally {
      this.invocations.finish(requestId);
      const record: InvocationRecord = {
        requestId,
        functionName: name,
        source: identity.source,
        openid: identity.openid,
        waitedMs,
        durationMs: Date.now() - startedAt,
        ok: outcome === 'ok',
        outcome,
        databaseOperations: live.databaseOperations,
      };
      for (const listener of this.listeners) listener(record);
    }
  }
}

/** `work`, or a FUNCTION_TIMEOUT failure once the invocation has run `timeoutMs` (see run-time-limit.ts). */
function withTimeout<T>(
  work: Promise<T>,
  timeoutMs: number,
  name: string,
  onTimeout: () => void,
): Promise<T> {
  let cancel: (() => void) | undefined;
  const timeout = new Promise<never>((_, reject) => {
    cancel = startRunTimeLimit(timeoutMs, () => {
      onTimeout();
      reject(new CloudError(WireCode.FUNCTION_TIMEOUT, `function ${name} timed out after ${timeoutMs} ms`));
    });
  });
  return Promise.race([work, timeout]).finally(() => cancel?.());
}
