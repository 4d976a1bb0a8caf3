// The platform's 7-field cron for timer triggers: second minute hour day-of-month month day-of-week year,
// with `,` `-` `*` `/` only, month names JAN–DEC, weekday 0–6 or SUN–SAT (0 is Sunday), years 1970–2099,
// evaluated in UTC+8. When both day fields are restricted, a day matches if EITHER matches (as documented).
// What the platform accepts is checked here, field by field, with its words; croner computes the fire times.
import { Cron } from 'croner';
import { chinaDateFields, UTC8_OFFSET_MS } from './china-time';

/** A cron expression the platform would refuse; the message names the field and the reason. */
export class InvalidCronError extends Error {
  constructor(
    readonly expression: string,
    reason: string,
  ) {
    super(`invalid cron "${expression}": ${reason}`);
    this.name = 'InvalidCronError';
  }
}

/** A checked expression, ready to say when it fires. */
export interface CronSchedule {
  readonly expression: string;
  /** The same fields for croner: 7-part, UTC+8, either day field matching, `a/n` read as from a every n. */
  readonly cron: Cron;
}

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  /** Names accepted for values, the first one standing for `min`. */
  names?: readonly string[];
}

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const FIELDS: readonly FieldSpec[] = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES },
  { name: 'day-of-week', min: 0, max: 6, names: WEEKDAY_NAMES },
  { name: 'year', min: 1970, max: 2099 },
];

/** The latest year the platform's year field allows; nothing fires after it. */
const LAST_YEAR = 2099;

/** Parses a 7-field expression; throws InvalidCronError saying which field is wrong and why. */
export function parseCron(expression: string): CronSchedule {
  const fields = expression.trim().split(/\s+/).filter(Boolean);
  if (fields.length !== FIELDS.length) {
    throw new InvalidCronError(
      expression,
      `expected 7 fields (second minute hour day-of-month month day-of-week year), got ${fields.length}`,
    );
  }
  FIELDS.forEach((spec, index) => checkField(expression, spec, fields[index] ?? ''));
  let cron: Cron;
  try {
    cron = new Cron(fields.map((text, index) => forCroner(FIELDS[index], text)).join(' '), {
      mode: '7-part',
      utcOffset: UTC8_OFFSET_MS / 60_000,
      domAndDow: false,
      sloppyRanges: true,
      paused: true,
    });
  } catch (error) {
    throw new InvalidCronError(expression, error instanceof Error ? error.message : String(error));
  }
  return { expression, cron };
}

/** croner counts a stepped `*` in the year field from year 0; the platform's field starts at 1970. */
function forCroner(spec: FieldSpec | undefined, text: string): string {
  if (spec?.name !== 'year') return text;
  return text.replace(/(^|,)\*\//g, `$1${spec.min}-${spec.max}/`);
}

/** Refuses what the platform refuses in one field: other characters, values out of range, bad steps and ranges. */
function checkField(expression: string, spec: FieldSpec, text: string): void {
  const fail = (reason: string): never => {
    throw new InvalidCronError(expression, `${spec.name} field "${text}": ${reason}`);
  };
  if (/[^0-9A-Za-z,*/-]/.test(text)) fail('only numbers, names and , - * / are allowed');
  for (const item of text.split(',')) {
    if (item === '') fail('empty list item');
    const [base = '', stepText, extra] = item.split('/');
    if (extra !== undefined) fail(`"${item}" has more than one /`);
    if (stepText !== undefined && readStep(stepText, fail) > spec.max - spec.min) {
      fail(`step ${stepText} is larger than the field's range ${spec.min}-${spec.max}`);
    }
    if (base === '*') continue;
    if (base.includes('-')) {
      const [low = '', high = '', rest] = base.split('-');
      if (rest !== undefined) fail(`"${base}" is not a range`);
      if (readValue(spec, low, fail) > readValue(spec, high, fail)) fail(`range ${base} runs backwards`);
    } else {
      readValue(spec, base, fail);
    }
  }
}

function readStep(text: string, fail: (reason: string) => never): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) fail(`step "${text}" must be a positive integer`);
  return Number(text);
}

function readValue(spec: FieldSpec, text: string, fail: (reason: string) => never): number {
  const nameIndex = spec.names?.indexOf(text.toUpperCase()) ?? -1;
  if (nameIndex >= 0) return spec.min + nameIndex;
  if (!/^\d+$/.test(text)) fail(`"${text}" is not a number${spec.names ? ' or a name' : ''}`);
  const value = Number(text);
  if (value < spec.min || value > spec.max) fail(`${value} is outside ${spec.min}-${spec.max}`);
  return value;
}

/**
 * The first whole second strictly after `afterMs` (epoch ms) that the schedule matches in UTC+8,
 * or undefined when it never fires again (the year field ends at 2099, or e.g. 30 February).
 */
export function nextCronFire(schedule: CronSchedule, afterMs: number): number | undefined {
  const next = schedule.cron.nextRun(new Date(afterMs));
  if (!next || chinaDateFields(next.getTime()).year > LAST_YEAR) return undefined;
  return next.getTime();
}
