import {
  chinaDateFields,
  formatChinaCompact,
  formatChinaDateTime,
  parseChinaCompact,
} from '../../src/timers/china-time';

const LATE_EVENING_UTC = Date.parse('2026-01-31T18:30:05Z');

test('an instant reads eight hours ahead of UTC, across a month boundary', () => {
  expect(chinaDateFields(LATE_EVENING_UTC)).toEqual({
    year: 2026,
    month: 2,
    day: 1,
    hour: 2,
    minute: 30,
    second: 5,
    weekday: 0,
  });
  expect(formatChinaCompact(LATE_EVENING_UTC)).toBe('20260201023005');
  expect(formatChinaDateTime(LATE_EVENING_UTC)).toBe('2026-02-01 02:30:05');
});

test('parsing is the inverse of formatting and refuses impossible times', () => {
  expect(parseChinaCompact('20260201023005')).toBe(LATE_EVENING_UTC);
  expect(parseChinaCompact('20260230000000')).toBeUndefined();
  expect(parseChinaCompact('2026020102300')).toBeUndefined();
  expect(parseChinaCompact('2026-02-01 02:30')).toBeUndefined();
});
