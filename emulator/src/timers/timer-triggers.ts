import type { Clock } from '../clock';
import type { FunctionCatalog } from '../functions/catalog';
import type { InvokeFunction } from '../functions/runner';
import { type CronSchedule, nextCronFire, parseCron } from './cron';
import type { ScheduledTask, Scheduler } from './scheduler';

/** `getWXContext().SOURCE` of a call made by a timer trigger (documented enum value). */
export const TIMER_TRIGGER_SOURCE = 'wx_trigger';

/** The event a timer trigger passes to `main`; `Time` is the scheduled fire time in UTC, to the second. */
export interface TimerTriggerEvent {
  Type: 'Timer';
  TriggerName: string;
  Time: string;
  /** config.json has no field for a message, so the platform sends none: always ''. */
  Message: string;
}

/** What the triggers need: the functions and their configs, the clock, and a way to invoke. */
export interface TimerTriggerOptions {
  catalog: FunctionCatalog;
  scheduler: Scheduler;
  clock: Clock;
  invoke: InvokeFunction;
}

/** The running triggers: `list()` says when each fires next, `stop()` cancels them all. */
export interface TimerTriggers {
  stop(): void;
  list(): Array<{ functionName: string; triggerName: string; nextAtMs: number }>;
}

interface ActiveTrigger {
  functionName: string;
  triggerName: string;
  schedule: CronSchedule;
  nextAtMs: number;
  task?: ScheduledTask;
}

/** Trigger names: up to 60 of `[A-Za-z0-9_-]`, starting with a letter (platform rule). */
const TRIGGER_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;

/**
 * Reads every function's config.json `triggers` and invokes the function at each fire time on the
 * clock, as the platform's timer does. Every config is checked before anything is scheduled: a bad
 * trigger throws here, naming the function, so a mistake fails at start rather than never firing.
 */
export function startTimerTriggers(options: TimerTriggerOptions): TimerTriggers {
  const { catalog, scheduler, clock, invoke } = options;
  const startMs = clock.now();
  const triggers = catalog.names().flatMap((functionName) => readTriggers(catalog, functionName, startMs));
  let isStopped = false;

  const arm = (trigger: ActiveTrigger): void => {
    const label = `timer trigger ${trigger.functionName}/${trigger.triggerName}`;
    trigger.task = scheduler.at(trigger.nextAtMs, label, async (dueAtMs) => {
      if (isStopped) return;
      const next = nextCronFire(trigger.schedule, dueAtMs);
      // Arm the next fire first: a failing run is logged by the scheduler and must not end the schedule.
      if (next !== undefined) {
        trigger.nextAtMs = next;
        arm(trigger);
      }
      const event: TimerTriggerEvent = {
        Type: 'Timer',
        TriggerName: trigger.triggerName,
        Time: new Date(dueAtMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        Message: '',
      };
      await invoke(trigger.functionName, event, { source: TIMER_TRIGGER_SOURCE, openid: '' });
    });
  };
  for (const trigger of triggers) arm(trigger);

  return {
    stop() {
      isStopped = true;
      for (const trigger of triggers) trigger.task?.cancel();
    },
    list: () =>
      isStopped
        ? []
        : triggers.map(({ functionName, triggerName, nextAtMs }) => ({
            functionName,
            triggerName,
            nextAtMs,
          })),
  };
}

function readTriggers(catalog: FunctionCatalog, functionName: string, startMs: number): ActiveTrigger[] {
  const triggers: unknown = catalog.config(functionName).triggers;
  if (triggers === undefined) return [];
  const fail = (reason: string): never => {
    throw new Error(`function ${functionName}, config.json: ${reason}`);
  };
  if (!Array.isArray(triggers)) fail('"triggers" must be an array');
  const list = triggers as unknown[];
  if (list.length > 1) fail(`the platform allows one trigger per function, found ${list.length}`);
  return list.map((raw) => {
    const trigger = (raw ?? {}) as { name?: unknown; type?: unknown; config?: unknown };
    const triggerName = typeof trigger.name === 'string' ? trigger.name : '';
    if (!TRIGGER_NAME.test(triggerName)) {
      fail(
        `trigger name "${String(trigger.name)}" must start with a letter and use up to 60 of A-Z a-z 0-9 _ -`,
      );
    }
    if (trigger.type !== 'timer')
      fail(`trigger "${triggerName}" has type "${String(trigger.type)}"; only "timer" exists`);
    if (typeof trigger.config !== 'string') fail(`trigger "${triggerName}" needs a cron string in "config"`);
    let schedule: CronSchedule;
    try {
      schedule = parseCron(trigger.config as string);
    } catch (error) {
      return fail(`trigger "${triggerName}": ${(error as Error).message}`);
    }
    const nextAtMs = nextCronFire(schedule, startMs);
    if (nextAtMs === undefined) fail(`trigger "${triggerName}" (${schedule.expression}) never fires`);
    return { functionName, triggerName, schedule, nextAtMs: nextAtMs as number };
  });
}
