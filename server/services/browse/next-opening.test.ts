import { nextOpeningAfter } from './next-opening';

const period = (open: string, close: string) => [{ open, close }];
const week = (periods: Array<{ open: string; close: string }>) => ({
  mon: periods,
  tue: periods,
  wed: periods,
  thu: periods,
  fri: periods,
  sat: periods,
  sun: periods,
});
// Monday 2026-01-05, China time (UTC+8).
const chinaAt = (hhmm: string, day = '05') => Date.parse(`2026-01-${day}T${hhmm}:00+08:00`);

test('a store opening later today opens today; one past its hours opens tomorrow', () => {
  const hours = week(period('09:00', '21:00'));
  expect(nextOpeningAfter({ hours }, chinaAt('07:59'))).toEqual({
    atMs: chinaAt('09:00'),
    localTime: '09:00',
    inDays: 0,
  });
  expect(nextOpeningAfter({ hours }, chinaAt('21:00'))).toEqual({
    atMs: chinaAt('09:00', '06'),
    localTime: '09:00',
    inDays: 1,
  });
});

test('between two periods of a day it is the second one', () => {
  const hours = week([
    { open: '07:00', close: '11:00' },
    { open: '17:30', close: '22:00' },
  ]);
  expect(nextOpeningAfter({ hours }, chinaAt('14:00'))?.localTime).toBe('17:30');
});

test('a 00:00 start that continues a 24:00 close is not a new opening', () => {
  const hours = {
    ...week(period('18:00', '24:00')),
    tue: [...period('00:00', '02:00'), ...period('18:00', '24:00')],
  };
  // Tuesday 03:00: the 00:00 period is behind; the next opening is 18:00.
  expect(nextOpeningAfter({ hours }, chinaAt('03:00', '06'))?.localTime).toBe('18:00');
  // Monday 12:00: tonight at 18:00, not Tuesday's 00:00.
  expect(nextOpeningAfter({ hours }, chinaAt('12:00'))).toMatchObject({ localTime: '18:00', inDays: 0 });
});

test('a store with no hours at all has no next opening', () => {
  expect(nextOpeningAfter({ hours: week([]) }, chinaAt('12:00'))).toBeUndefined();
});
