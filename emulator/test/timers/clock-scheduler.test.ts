import { type Clock, systemClock, TestClock } from '../../src/clock';
import { ClockScheduler } from '../../src/timers/clock-scheduler';

const START = Date.parse('2026-01-05T02:00:00Z');

function setup() {
  const clock = new TestClock(START);
  const failures: Array<{ message: string; error: unknown }> = [];
  const scheduler = new ClockScheduler(clock, { log: (message, error) => failures.push({ message, error }) });
  const ran: string[] = [];
  return { clock, scheduler, failures, ran };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('with a TestClock', () => {
  test('tasks wait for the clock, then run in time order, each awaited before the next', async () => {
    const { clock, scheduler, ran } = setup();
    let running = 0;
    let mostAtOnce = 0;
    const task = (name: string) => async () => {
      mostAtOnce = Math.max(mostAtOnce, ++running);
      await tick();
      ran.push(name);
      running--;
    };
    scheduler.at(START + 300, 'c', task('c'));
    scheduler.at(START + 100, 'a', task('a'));
    scheduler.at(START + 200, 'b1', task('b1'));
    scheduler.at(START + 200, 'b2', task('b2'));
    await tick();
    expect(ran).toEqual([]);

    await clock.advance(250);
    expect(ran).toEqual(['a', 'b1', 'b2']);
    await clock.advance(50);
    expect(ran).toEqual(['a', 'b1', 'b2', 'c']);
    expect(mostAtOnce).toBe(1);
  });

  test('a task scheduled by a task inside the advanced window runs in the same advance', async () => {
    const { clock, scheduler, ran } = setup();
    const every = (stepMs: number) => {
      const arm = (atMs: number): void => {
        scheduler.at(atMs, 'repeat', async (dueAtMs) => {
          ran.push(new Date(dueAtMs).toISOString());
          arm(dueAtMs + stepMs);
        });
      };
      arm(START + stepMs);
    };
    every(60_000);
    await clock.advance(3 * 60_000 + 59_000);
    expect(ran).toEqual(['2026-01-05T02:01:00.000Z', '2026-01-05T02:02:00.000Z', '2026-01-05T02:03:00.000Z']);
    expect(scheduler.pendingTasks()).toEqual([{ label: 'repeat', atMs: START + 4 * 60_000 }]);
  });

  test('a task due now runs without moving the clock, and idle() waits for it', async () => {
    const { scheduler, ran } = setup();
    scheduler.at(START, 'now', async () => {
      await tick();
      ran.push('now');
    });
    scheduler.at(START - 1000, 'overdue', async () => {
      ran.push('overdue');
    });
    await scheduler.idle();
    expect(ran).toEqual(['overdue', 'now']);
  });

  test('a failing task is logged with its label and the others still run', async () => {
    const { clock, scheduler, ran, failures } = setup();
    scheduler.at(START + 10, 'breaks', async () => {
      throw new Error('boom');
    });
    scheduler.at(START + 20, 'after', async () => {
      ran.push('after');
    });
    await clock.advance(20);
    expect(ran).toEqual(['after']);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.message).toContain('"breaks"');
    expect(failures[0]?.error).toMatchObject({ message: 'boom' });
  });

  test('cancel() and close() stop tasks from running', async () => {
    const { clock, scheduler, ran } = setup();
    const cancelled = scheduler.at(START + 10, 'cancelled', async () => {
      ran.push('cancelled');
    });
    scheduler.at(START + 20, 'kept', async () => {
      ran.push('kept');
    });
    cancelled.cancel();
    await clock.advance(20);
    expect(ran).toEqual(['kept']);

    scheduler.at(START + 30, 'closed', async () => {
      ran.push('closed');
    });
    scheduler.close();
    scheduler.at(START + 40, 'after close', async () => {
      ran.push('after close');
    });
    await clock.advance(100);
    expect(ran).toEqual(['kept']);
    expect(scheduler.pendingTasks()).toEqual([]);
  });
});

describe('with the system clock', () => {
  test('runs each task at its time on a real timer', async () => {
    const scheduler = new ClockScheduler(systemClock);
    const scheduledAt = Date.now() + 30;
    const ranAt = await new Promise<{ now: number; due: number }>((resolve) => {
      scheduler.at(scheduledAt, 'soon', async (due) => resolve({ now: Date.now(), due }));
    });
    expect(ranAt.due).toBe(scheduledAt);
    expect(ranAt.now).toBeGreaterThanOrEqual(scheduledAt);
    scheduler.close();
  });

  test('a clock that moves by itself is only read; close() cancels its timer', async () => {
    let nowMs = Date.now();
    const clock: Clock = { now: () => nowMs };
    const open = new ClockScheduler(clock);
    const closed = new ClockScheduler(clock);
    const ran: string[] = [];
    closed.at(nowMs + 5, 'closed', async () => {
      ran.push('closed');
    });
    const openRan = new Promise<void>((resolve) => {
      open.at(nowMs + 5, 'open', async () => {
        ran.push('open');
        resolve();
      });
    });
    closed.close();
    nowMs += 1000;
    await openRan;
    await closed.idle();
    expect(ran).toEqual(['open']);
    open.close();
  });
});
