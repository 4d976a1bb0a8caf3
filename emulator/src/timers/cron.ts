// The platform's 7-field cron for timer triggers: second minute hour day-of-month month day-of-week year,
// with `,` `-` `*` `/` only, month names JAN–DEC, weekday 0–6 or SUN–SAT (0 is Sunday), years 1970–2099,
// evaluated in UTC+8. When both day fields are restricted, a day matches if EITHER matches (as documented).
import { chinaDateFields, chinaEpochMs } from './china-time';

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

/** A parsed expression: the allowed values of each field. */
export interface CronSchedule {
  readonly expression: string;
  readonly seconds: ReadonlySet<number>;
  readonly minutes: ReadonlySet<number>;
  readonly hours: ReadonlySet<number>;
  readonly daysOfMonth: ReadonlySet<number>;
  readonly months: ReadonlySet<number>;
  readonly daysOfWeek: ReadonlySet<number>;
  readonly years: ReadonlySet<number>;
  /** False when the field starts with `*`: then only the other day field decides. */
  readonly isDayOfMonthRestricted: boolean;
  readonly isDayOfWeekRestricted: boolean;
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

/** Parses a 7-field expression; throws InvalidCronError saying which field is wrong and why. */
export function parseCron(expression: string): CronSchedule {
  const fields = expression.trim().split(/\s+/).filter(Boolean);
  if (fields.length !== FIELDS.length) {
    throw new InvalidCronError(
      expression,
      `expected 7 fields (second minute hour day-of-month month day-of-week year), got ${fields.length}`,
    );
  }
  const sets = FIELDS.map((spec, index) => parseField(expression, spec, fields[index] ?? ''));
  const [seconds, minutes, hours, daysOfMonth, months, daysOfWeek, years] = sets as [
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
  ];
  return {
    expression,
    seconds,
    minutes,
    hours,
    daysOfMonth,
    months,
    daysOfWeek,
    years,
    isDayOfMonthRestricted: !(fields[3] ?? '').startsWith('*'),
    isDayOfWeekRestricted: !(fields[5] ?? '').startsWith('*'),
  };
}

function parseField(expression: string, spec: FieldSpec, text: string): Set<number> {
  const fail = (reason: string): never => {
    throw new InvalidCronError(expression, `${spec.name} field "${text}": ${reason}`);
  };
  if (/[^0-9A-Za-z,*/-]/.test(text)) fail('only numbers, names and , - * / are allowed');
  const values = new Set<number>();
  for (const item of text.split(',')) {
    if (item === '') fail('empty list item');
    const [base = '', stepText, extra] = item.split('/');
    if (extra !== undefined) fail(`"${item}" has more than one /`);
    const step = stepText === undefined ? 1 : readStep(stepText, fail);
    let from: number;
    let to: number;
    if (base === '*') {
      [from, to] = [spec.min, spec.max];
    } else if (base.includes('-')) {
      const [low = '', high = '', rest] = base.split('-');
      if (rest !== undefined) fail(`"${base}" is not a range`);
      from = readValue(spec, low, fail);
      to = readValue(spec, high, fail);
      if (from > to) fail(`range ${base} runs backwards`);
    } else {
      from = readValue(spec, base, fail);
      to = stepText === undefined ? from : spec.max; // `a/n`: from a to the end, every n
    }
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return values;
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
  let candidate = Math.floor(afterMs / 1000) * 1000 + 1000;
  // Each pass either returns or jumps to the start of the next year, month, day, hour, minute or
  // second, so the loop ends; the cap only guards against a mistake here turning into a hang.
  for (let pass = 0; pass < 1_000_000; pass++) {
    const t = chinaDateFields(candidate);
    if (t.year > 2099) return undefined;
    if (!schedule.years.has(t.year)) {
      candidate = chinaEpochMs(t.year + 1, 1);
    } else if (!schedule.months.has(t.month)) {
      candidate = chinaEpochMs(t.year, t.month + 1);
    } else if (!matchesDay(schedule, t.day, t.weekday)) {
      candidate = chinaEpochMs(t.year, t.month, t.day + 1);
    } else if (!schedule.hours.has(t.hour)) {
      candidate = chinaEpochMs(t.year, t.month, t.day, t.hour + 1);
    } else if (!schedule.minutes.has(t.minute)) {
      candidate = chinaEpochMs(t.year, t.month, t.day, t.hour, t.minute + 1);
    } else if (!schedule.seconds.has(t.second)) {
      candidate += 1000;
    } else {
      return candidate;
    }
  }
  throw new Error(
    `cron "${schedule.expression}": no fire time found after ${new Date(afterMs).toISOString()}`,
  );
}

function matchesDay(schedule: CronSchedule, dayOfMonth: number, dayOfWeek: number): boolean {
  const byMonthDay = schedule.daysOfMonth.has(dayOfMonth);
  const byWeekday = schedule.daysOfWeek.has(dayOfWeek);
  if (schedule.isDayOfMonthRestricted && schedule.isDayOfWeekRestricted) return byMonthDay || byWeekday;
  return byMonthDay && byWeekday;
}
