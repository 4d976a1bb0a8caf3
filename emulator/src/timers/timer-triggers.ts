import type { Clock } from '../clock';
import type { FunctionCatalog } from '../functions/catalog';
import type { InvokeFunction } from '../functions/runner';
import { type CronSchedule, nextCronFire } from './cron';
import type { ScheduledTask, Scheduler } from './scheduler';
import { checkTimerTriggers } from './trigger-config';

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
  const problems: string[] = [];
  const checked = checkTimerTriggers(catalog.config(functionName).triggers, (problem) =>
    problems.push(problem),
  );
  if (problems.length > 0) throw new Error(`function ${functionName}, config.json: ${problems.join('; ')}`);
  return checked.map(({ name, schedule }) => ({
    functionName,
    triggerName: name,
    schedule,
    nextAtMs: nextCronFire(schedule, startMs) as number, // checked: the schedule fires
  }));
}
