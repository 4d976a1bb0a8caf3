import { type ClockAgenda, TestClock } from '../../src/clock';
import { ClockScheduler } from '../../src/timers/clock-scheduler';

const START = Date.parse('2026-01-05T02:00:00Z');
const SECOND = 1000;

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

function setup() {
  const clock = new TestClock(START);
  const failures: string[] = [];
  const scheduler = new ClockScheduler(clock, { log: (message) => failures.push(message) });
  /** What each task saw: its label, the clock while it ran (relative to START), and its due time. */
  const seen: Array<{ label: string; nowMs: number; dueMs: number }> = [];
  const record = (label: string) => async (dueAtMs: number) => {
    seen.push({ label, nowMs: clock.now() - START, dueMs: dueAtMs - START });
  };
  return { clock, scheduler, failures, seen, record };
}

test('a task due 1 s into advance(60 s) runs with now() at +1 s; the clock ends at +60 s', async () => {
  const { clock, scheduler, seen, record } = setup();
  scheduler.at(START + SECOND, 'early', record('early'));
  await clock.advance(60 * SECOND);
  expect(seen).toEqual([{ label: 'early', nowMs: SECOND, dueMs: SECOND }]);
  expect(clock.now()).toBe(START + 60 * SECOND);
});

test('the clock holds still while a task awaits, and moves on only after it finishes', async () => {
  const { clock, scheduler } = setup();
  const readings: number[] = [];
  scheduler.at(START + 5 * SECOND, 'slow', async () => {
    readings.push(clock.now() - START);
    await tick();
    await tick();
    readings.push(clock.now() - START);
  });
  scheduler.at(START + 6 * SECOND, 'next', async () => {
    readings.push(clock.now() - START);
  });
  await clock.advance(10 * SECOND);
  expect(readings).toEqual([5 * SECOND, 5 * SECOND, 6 * SECOND]);
});

test('a chain where each task schedules the next 10 s after now() runs whole, at exact times', async () => {
  const { clock, scheduler, seen } = setup();
  const link = (count: number) => async (dueAtMs: number) => {
    seen.push({ label: `link ${count}`, nowMs: clock.now() - START, dueMs: dueAtMs - START });
    scheduler.at(clock.now() + 10 * SECOND, `link ${count + 1}`, link(count + 1));
  };
  scheduler.at(START + 10 * SECOND, 'link 1', link(1));

  await clock.advance(65 * SECOND);
  expect(seen).toEqual(
    [1, 2, 3, 4, 5, 6].map((n) => ({ label: `link ${n}`, nowMs: n * 10 * SECOND, dueMs: n * 10 * SECOND })),
  );
  expect(clock.now()).toBe(START + 65 * SECOND);
  expect(scheduler.pendingTasks()).toEqual([{ label: 'link 7', atMs: START + 70 * SECOND }]);
});

test('tasks added out of order, and ones added during the window, interleave by time', async () => {
  const { clock, scheduler, seen, record } = setup();
  scheduler.at(START + 30 * SECOND, 'c', record('c'));
  scheduler.at(START + 10 * SECOND, 'a', async (dueAtMs) => {
    await record('a')(dueAtMs);
    scheduler.at(START + 20 * SECOND, 'b (added by a)', record('b (added by a)'));
    scheduler.at(START + 10 * SECOND, 'a2 (same time)', record('a2 (same time)'));
  });
  await clock.advance(30 * SECOND);
  expect(seen.map(({ label, nowMs }) => [label, nowMs])).toEqual([
    ['a', 10 * SECOND],
    ['a2 (same time)', 10 * SECOND],
    ['b (added by a)', 20 * SECOND],
    ['c', 30 * SECOND],
  ]);
});

test('a failing task is logged, and later tasks still run at their own times', async () => {
  const { clock, scheduler, seen, failures, record } = setup();
  scheduler.at(START + 5 * SECOND, 'breaks', async () => {
    throw new Error('boom');
  });
  scheduler.at(START + 5 * SECOND, 'same time', record('same time'));
  scheduler.at(START + 40 * SECOND, 'later', record('later'));
  await clock.advance(60 * SECOND);
  expect(failures).toEqual(['scheduled task "breaks" failed']);
  expect(seen).toEqual([
    { label: 'same time', nowMs: 5 * SECOND, dueMs: 5 * SECOND },
    { label: 'later', nowMs: 40 * SECOND, dueMs: 40 * SECOND },
  ]);
  expect(clock.now()).toBe(START + 60 * SECOND);
});

test('two schedulers on one clock take turns in time order', async () => {
  const clock = new TestClock(START);
  const first = new ClockScheduler(clock);
  const second = new ClockScheduler(clock);
  const ran: Array<[string, number]> = [];
  const note = (label: string) => async () => {
    ran.push([label, clock.now() - START]);
  };
  first.at(START + 3 * SECOND, 'first @3', note('first @3'));
  second.at(START + 1 * SECOND, 'second @1', note('second @1'));
  first.at(START + 2 * SECOND, 'first @2', note('first @2'));
  second.at(START + 4 * SECOND, 'second @4', note('second @4'));
  await clock.advance(10 * SECOND);
  expect(ran).toEqual([
    ['second @1', 1 * SECOND],
    ['first @2', 2 * SECOND],
    ['first @3', 3 * SECOND],
    ['second @4', 4 * SECOND],
  ]);
  first.close();
  second.close();
});

test('work already due runs before the clock moves; overdue work runs at the current time', async () => {
  const { clock, scheduler, seen, record } = setup();
  scheduler.at(START - 5 * SECOND, 'overdue', record('overdue'));
  scheduler.at(START, 'due now', record('due now'));
  await clock.advance(60 * SECOND);
  expect(seen).toEqual([
    { label: 'overdue', nowMs: 0, dueMs: -5 * SECOND },
    { label: 'due now', nowMs: 0, dueMs: 0 },
  ]);
});

test('an agenda is asked for its times until it leaves the clock, and a closed scheduler leaves', async () => {
  const clock = new TestClock(START);
  let dueMs: number | undefined = START + SECOND;
  const runs: number[] = [];
  const everySecond: ClockAgenda = {
    nextDueAtMs: () => dueMs,
    runDue: async () => {
      if (dueMs === undefined || dueMs > clock.now()) return;
      runs.push(clock.now() - START);
      dueMs += SECOND;
    },
  };
  const leave = clock.addAgenda(everySecond);
  const failures: string[] = [];
  const scheduler = new ClockScheduler(clock, { log: (message) => failures.push(message) });
  scheduler.at(START + 2 * SECOND, 'closed before it was due', async () => {
    throw new Error('must not run');
  });
  scheduler.close();

  await clock.advance(3 * SECOND);
  expect(runs).toEqual([SECOND, 2 * SECOND, 3 * SECOND]);
  leave();
  await clock.advance(3 * SECOND);
  expect(runs).toEqual([SECOND, 2 * SECOND, 3 * SECOND]);
  expect(failures).toEqual([]);
  expect(clock.now()).toBe(START + 6 * SECOND);
});

test('set() steps like advance(); going back or advancing twice at once is refused', async () => {
  const { clock, scheduler, seen, record } = setup();
  scheduler.at(START + 2 * SECOND, 'on the way', record('on the way'));
  await clock.set(START + 3 * SECOND);
  expect(seen).toEqual([{ label: 'on the way', nowMs: 2 * SECOND, dueMs: 2 * SECOND }]);
  expect(clock.now()).toBe(START + 3 * SECOND);

  await expect(clock.advance(-1)).rejects.toThrow('cannot go back in time');
  await expect(clock.set(START)).rejects.toThrow('cannot go back in time');
  const first = clock.advance(SECOND);
  await expect(clock.advance(SECOND)).rejects.toThrow('already advancing');
  await first;
  expect(clock.now()).toBe(START + 4 * SECOND);
});
