import { TestClock } from '../../emulator/src';
import { followClock } from './clock-date';

test('Date follows the test clock and real dates stay dates', async () => {
  const before = new Date(0);
  const clock = new TestClock(Date.parse('2026-01-05T02:00:00Z'));
  const restore = followClock(clock);
  try {
    expect(new Date().toISOString()).toBe('2026-01-05T02:00:00.000Z');
    await clock.advance(90_000);
    expect(Date.now()).toBe(Date.parse('2026-01-05T02:01:30Z'));
    expect(before instanceof Date).toBe(true);
    expect(new Date(5).getTime()).toBe(5);
  } finally {
    restore();
  }
  expect(Math.abs(Date.now() - new Date().getTime())).toBeLessThan(1000);
});
