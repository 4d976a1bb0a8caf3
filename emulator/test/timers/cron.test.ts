import { InvalidCronError, nextCronFire, parseCron } from '../../src/timers/cron';

const at = (iso: string): number => Date.parse(iso);
const next = (expression: string, afterIso: string): string | undefined => {
  const fire = nextCronFire(parseCron(expression), at(afterIso));
  return fire === undefined ? undefined : new Date(fire).toISOString();
};

// 2026-01-05 is a Monday; 02:00Z is 10:00 in UTC+8.
const MONDAY_10AM_CHINA = '2026-01-05T02:00:00.000Z';

describe('nextCronFire evaluates the 7 fields in UTC+8', () => {
  test('every five minutes fires on the next multiple of five', () => {
    expect(next('0 */5 * * * * *', MONDAY_10AM_CHINA)).toBe('2026-01-05T02:05:00.000Z');
    expect(next('0 */5 * * * * *', '2026-01-05T02:03:59.400Z')).toBe('2026-01-05T02:05:00.000Z');
  });

  test('is strictly after the given time', () => {
    expect(next('0 0 * * * * *', '2026-01-05T02:00:00.000Z')).toBe('2026-01-05T03:00:00.000Z');
  });

  test('hours and days are China time, not UTC', () => {
    // 02:00 on the 1st in UTC+8 is 18:00 UTC on the last day of the month before.
    expect(next('0 0 2 1 * * *', MONDAY_10AM_CHINA)).toBe('2026-01-31T18:00:00.000Z');
    // Midnight in China is 16:00 UTC the day before.
    expect(next('0 0 0 * * * *', MONDAY_10AM_CHINA)).toBe('2026-01-05T16:00:00.000Z');
  });

  test('weekday ranges by name', () => {
    expect(next('0 15 10 * * MON-FRI *', MONDAY_10AM_CHINA)).toBe('2026-01-05T02:15:00.000Z');
    // Friday 10:30 China time: the next weekday is Monday.
    expect(next('0 15 10 * * MON-FRI *', '2026-01-09T02:30:00.000Z')).toBe('2026-01-12T02:15:00.000Z');
  });

  test('0 is Sunday, and a * day-of-month leaves the weekday to decide', () => {
    expect(next('0 0 0 * * 0 *', MONDAY_10AM_CHINA)).toBe('2026-01-10T16:00:00.000Z');
    expect(next('0 0 0 * * SUN *', MONDAY_10AM_CHINA)).toBe('2026-01-10T16:00:00.000Z');
  });

  test('two restricted day fields match either one', () => {
    // The 13th of January 2026 is a Tuesday; Friday the 9th comes first.
    expect(next('0 0 0 13 * FRI *', MONDAY_10AM_CHINA)).toBe('2026-01-08T16:00:00.000Z');
    expect(next('0 0 0 6 * FRI *', MONDAY_10AM_CHINA)).toBe('2026-01-05T16:00:00.000Z');
  });

  test('lists, ranges with steps and a/n steps', () => {
    expect(next('5/20 * * * * * *', '2026-01-05T02:00:06.000Z')).toBe('2026-01-05T02:00:25.000Z');
    expect(next('0 0 10,14,16 * * * *', '2026-01-05T03:00:00.000Z')).toBe('2026-01-05T06:00:00.000Z');
    expect(next('0 0-30/15 * * * * *', '2026-01-05T02:16:00.000Z')).toBe('2026-01-05T02:30:00.000Z');
  });

  test('month names, leap days and the year field', () => {
    expect(next('0 0 12 29 FEB * *', MONDAY_10AM_CHINA)).toBe('2028-02-29T04:00:00.000Z');
    expect(next('0 0 0 1 1 * 2027', MONDAY_10AM_CHINA)).toBe('2026-12-31T16:00:00.000Z');
    expect(next('0 0 0 1 1 * 2025', MONDAY_10AM_CHINA)).toBeUndefined();
  });

  test('a stepped year counts from 1970, the first year the field allows', () => {
    // 1970, 1973 … 2024, 2027: the first fire after January 2026 is New Year 2027 in China.
    expect(next('0 0 0 1 1 * */3', MONDAY_10AM_CHINA)).toBe('2026-12-31T16:00:00.000Z');
    expect(next('0 0 0 1 1 * 2026-2099/3', MONDAY_10AM_CHINA)).toBe('2028-12-31T16:00:00.000Z');
  });

  test('a date that never exists never fires', () => {
    expect(next('0 0 0 30 2 * *', MONDAY_10AM_CHINA)).toBeUndefined();
  });
});

describe('parseCron refuses what the platform refuses, saying why', () => {
  test.each([
    ['0 */5 * * * *', /expected 7 fields/],
    ['0 */5 * * * * * *', /expected 7 fields/],
    ['60 * * * * * *', /second field "60": 60 is outside 0-59/],
    ['0 0 24 * * * *', /hour field/],
    ['0 0 0 0 * * *', /day-of-month field "0"/],
    ['0 0 0 ? * MON *', /only numbers, names and , - \* \/ are allowed/],
    ['0 0 0 L * * *', /"L" is not a number/],
    ['0 0 0 * * 7 *', /day-of-week field "7": 7 is outside 0-6/],
    ['0 0 0 * * MON#2 *', /only numbers, names/],
    ['0 30-10 * * * * *', /range 30-10 runs backwards/],
    ['*/0 * * * * * *', /step "0" must be a positive integer/],
    ['1,,2 * * * * * *', /empty list item/],
    ['0 0 0 * * */7 *', /day-of-week field "\*\/7": step 7 is larger than the field's range 0-6/],
    ['*/60 * * * * * *', /second field "\*\/60": step 60 is larger/],
    ['0 0 0 * FOO * *', /month field "FOO": "FOO" is not a number or a name/],
    ['0 0 0 * * * 1969', /year field/],
    ['', /expected 7 fields/],
  ])('%s', (expression, message) => {
    expect(() => parseCron(expression)).toThrow(InvalidCronError);
    expect(() => parseCron(expression)).toThrow(message);
  });
});
