import type { Clock } from '../clock';
import type { InvokeFunction } from '../functions/runner';
import { LOCAL_ENV_ID } from '../functions/sdk-env';
import type { Scheduler } from '../timers/scheduler';
import { WxApiError, WxErrcode } from './wx-api-error';

/** Shortest delay `cloudbase.addDelayedFunctionTask` accepts, in seconds. */
export const MIN_DELAY_SECONDS = 6;
/** Longest delay it accepts: 30 days, in seconds. */
export const MAX_DELAY_SECONDS = 30 * 24 * 60 * 60;

/**
 * `getWXContext().SOURCE` of a delayed invocation. The platform documents no value for it; the
 * documented catch-all for platform-made calls is `wx_unknown`. What matters for product code holds
 * either way: it is not `wx_client` and carries no OPENID.
 */
export const DELAYED_TASK_SOURCE = 'wx_unknown';

/** One scheduled delayed invocation and what became of it. */
export interface DelayedTask {
  id: number;
  functionName: string;
  /** The event the function receives: `data` parsed as JSON, or the raw string when it is not JSON. */
  event: unknown;
  delaySeconds: number;
  /** The function that asked for it. */
  requestedBy: string;
  /** Epoch milliseconds on the local cloud's clock. */
  requestedAtMs: number;
  runAtMs: number;
  status: 'pending' | 'succeeded' | 'failed';
  /** Why the run failed. */
  error?: string;
}

/** `cloudbase.addDelayedFunctionTask`: runs a function once, `delay_time` seconds later on the clock. */
export class DelayedFunctionTasks {
  private readonly tasks: DelayedTask[] = [];

  constructor(
    private readonly scheduler: Scheduler,
    private readonly clock: Clock,
    private readonly invoke: InvokeFunction,
  ) {}

  /** Schedules the task from the SDK's snake_case parameters; throws WxApiError on invalid arguments. */
  add(params: Record<string, unknown>, requestedBy: string): Record<string, unknown> {
    const { env, function_name: functionName, data, delay_time: delaySeconds } = params;
    if (env !== LOCAL_ENV_ID) {
      throw new WxApiError(
        WxErrcode.INVALID_ARGS,
        `invalid args: env must be ${LOCAL_ENV_ID}, got ${String(env)}`,
      );
    }
    if (typeof functionName !== 'string' || functionName === '') {
      throw new WxApiError(WxErrcode.INVALID_ARGS, 'invalid args: function_name is required');
    }
    if (typeof data !== 'string') {
      throw new WxApiError(WxErrcode.INVALID_ARGS, 'invalid args: data must be a JSON string');
    }
    if (
      typeof delaySeconds !== 'number' ||
      !Number.isFinite(delaySeconds) ||
      delaySeconds < MIN_DELAY_SECONDS ||
      delaySeconds > MAX_DELAY_SECONDS
    ) {
      throw new WxApiError(
        WxErrcode.INVALID_ARGS,
        `invalid args: delay_time must be ${MIN_DELAY_SECONDS} to ${MAX_DELAY_SECONDS} seconds, got ${String(delaySeconds)}`,
      );
    }
    const requestedAtMs = this.clock.now();
    const task: DelayedTask = {
      id: this.tasks.length + 1,
      functionName,
      event: parseEvent(data),
      delaySeconds,
      requestedBy,
      requestedAtMs,
      runAtMs: requestedAtMs + delaySeconds * 1000,
      status: 'pending',
    };
    this.tasks.push(task);
    this.scheduler.at(task.runAtMs, `delayed task ${task.id}: ${functionName}`, () => this.run(task));
    return {};
  }

  /** Every task asked for so far, oldest first (copies). */
  list(): DelayedTask[] {
    return this.tasks.map((task) => ({ ...task }));
  }

  private async run(task: DelayedTask): Promise<void> {
    try {
      await this.invoke(task.functionName, task.event, { source: DELAYED_TASK_SOURCE, openid: '' });
      task.status = 'succeeded';
    } catch (error) {
      task.status = 'failed';
      task.error = error instanceof Error ? error.message : String(error);
    }
  }
}

function parseEvent(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return data;
  }
}
