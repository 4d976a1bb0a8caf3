import { periodBounds } from './figures-period';

const at = (iso: string) => Date.parse(iso);

describe('periodBounds', () => {
  test('today is the China calendar day: 23:59 and 00:01 China time fall on different days', () => {
    expect(periodBounds('today', at('2026-01-05T23:59:00+08:00'))).toEqual({
      fromMs: at('2026-01-05T00:00:00+08:00'),
      toMs: at('2026-01-06T00:00:00+08:00'),
    });
    expect(periodBounds('today', at('2026-01-06T00:01:00+08:00')).fromMs).toBe(
      at('2026-01-06T00:00:00+08:00'),
    );
  });

  test('before 08:00 UTC the China day is already the next UTC day', () => {
    expect(periodBounds('today', at('2026-01-05T16:00:00Z')).fromMs).toBe(at('2026-01-05T16:00:00Z'));
    expect(periodBounds('today', at('2026-01-05T15:59:59.999Z')).fromMs).toBe(at('2026-01-04T16:00:00Z'));
  });

  test('the week is the last 7 China days, today included, whatever the weekday', () => {
    expect(periodBounds('week', at('2026-01-12T00:30:00+08:00'))).toEqual({
      fromMs: at('2026-01-06T00:00:00+08:00'),
      toMs: at('2026-01-13T00:00:00+08:00'),
    });
  });
});
