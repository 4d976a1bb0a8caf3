import { type CronSchedule, nextCronFire, parseCron } from './cron';

/** One timer trigger of a function's config.json, checked, with its parsed schedule. */
export interface CheckedTimerTrigger {
  name: string;
  type: 'timer';
  /** 7-field cron (second minute hour day month weekday year), China time. */
  config: string;
  schedule: CronSchedule;
}

/** Trigger names: up to 60 of `[A-Za-z0-9_-]`, starting with a letter (platform rule). */
const TRIGGER_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;
/** Any fixed instant: a schedule that has no fire after it never fires at all. */
const NEVER_PROBE_MS = Date.parse('2026-01-01T00:00:00Z');

/**
 * Checks config.json's `triggers` as the platform does (at most one, a valid name, type `timer`, a 7-field
 * cron that fires), reporting every problem; returns the triggers that passed. Used by the local cloud at
 * start and by the deploy checks, so both refuse the same configs with the same words.
 */
export function checkTimerTriggers(value: unknown, report: (problem: string) => void): CheckedTimerTrigger[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report('"triggers" must be an array');
    return [];
  }
  if (value.length > 1) report(`the platform allows one trigger per function, found ${value.length}`);
  const checked: CheckedTimerTrigger[] = [];
  for (const entry of value as unknown[]) {
    const trigger = (entry ?? {}) as Record<string, unknown>;
    const name = typeof trigger.name === 'string' ? trigger.name : '';
    if (!TRIGGER_NAME.test(name)) {
      report(
        `trigger name "${String(trigger.name)}" must start with a letter and use up to 60 of A-Z a-z 0-9 _ -`,
      );
    }
    if (trigger.type !== 'timer')
      report(`trigger "${name}" has type "${String(trigger.type)}"; only "timer" exists`);
    if (typeof trigger.config !== 'string') {
      report(`trigger "${name}" needs a 7-field cron string in "config"`);
      continue;
    }
    let schedule: CronSchedule;
    try {
      schedule = parseCron(trigger.config);
    } catch (error) {
      report(`trigger "${name}": ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (nextCronFire(schedule, NEVER_PROBE_MS) === undefined) {
      report(`trigger "${name}" (${schedule.expression}) never fires`);
      continue;
    }
    checked.push({ name, type: 'timer', config: trigger.config, schedule });
  }
  return checked;
}
