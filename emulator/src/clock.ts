// Time source for everything time-based in the local cloud (serverDate, timers, payment windows).
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** Wall-clock time, for `npm start`. */
export const systemClock: Clock = { now: () => Date.now() };

/** Work kept against a stepping clock (a scheduler's queue): the clock asks when, then lets it run. */
export interface ClockAgenda {
  /** Epoch ms of the earliest waiting work, or undefined when nothing waits. */
  nextDueAtMs(): number | undefined;
  /** Runs all work due at or before the clock's current time (and joins work already running). */
  runDue(): Promise<void>;
}

/** A clock that moves only when told, stopping at each agenda's due times on the way. */
export interface SteppingClock extends Clock {
  /** Registers work to run as the clock passes its times; returns a function that unregisters it. */
  addAgenda(agenda: ClockAgenda): () => void;
}

/** True for clocks that move only when told, so work waits for them rather than for a timer. */
export function isSteppingClock(clock: Clock): clock is SteppingClock {
  return typeof (clock as Partial<SteppingClock>).addAgenda === 'function';
}

/**
 * A clock tests move by hand. `advance(ms)` steps through the window: it moves to each due time of
 * the registered agendas in order (including work scheduled by work inside the window), runs and
 * awaits what is due there with `now()` reading that time, and finally rests at the end of the window.
 */
export class TestClock implements SteppingClock {
  private readonly agendas: ClockAgenda[] = [];
  private isAdvancing = false;

  constructor(private currentMs = Date.parse('2026-01-05T02:00:00Z')) {}

  now(): number {
    return this.currentMs;
  }

  addAgenda(agenda: ClockAgenda): () => void {
    this.agendas.push(agenda);
    return () => {
      const index = this.agendas.indexOf(agenda);
      if (index >= 0) this.agendas.splice(index, 1);
    };
  }

  /** Moves time forward by `ms`, stopping at every due time in between; resolves when all of it has run. */
  async advance(ms: number): Promise<void> {
    if (!(ms >= 0)) throw new Error(`TestClock cannot go back in time (advance by ${ms} ms)`);
    if (this.isAdvancing) throw new Error('TestClock is already advancing; await the previous advance first');
    this.isAdvancing = true;
    try {
      const targetMs = this.currentMs + ms;
      await this.runDueNow(); // work already due or running finishes before time moves
      for (let dueMs = this.earliestDueAtMs(); dueMs !== undefined && dueMs <= targetMs;) {
        this.currentMs = Math.max(this.currentMs, dueMs);
        await this.runDueNow();
        dueMs = this.earliestDueAtMs();
      }
      this.currentMs = targetMs;
    } finally {
      this.isAdvancing = false;
    }
  }

  /** Moves time forward to `atMs` (epoch ms), as `advance` does. */
  async set(atMs: number): Promise<void> {
    await this.advance(atMs - this.currentMs);
  }

  private async runDueNow(): Promise<void> {
    for (const agenda of [...this.agendas]) await agenda.runDue();
  }

  private earliestDueAtMs(): number | undefined {
    let earliest: number | undefined;
    for (const agenda of this.agendas) {
      const dueMs = agenda.nextDueAtMs();
      if (dueMs !== undefined && (earliest === undefined || dueMs < earliest)) earliest = dueMs;
    }
    return earliest;
  }
}

/** A clock someone may move forward by hand (a TestClock; the offset clock of `npm start`). */
export interface AdjustableClock extends Clock {
  /** Moves time forward by `ms`; resolves once the work it made due has run. */
  advance(ms: number): Promise<void>;
}

/** True for clocks that can be moved forward by hand. */
export function isAdjustableClock(clock: Clock): clock is AdjustableClock {
  return typeof (clock as Partial<AdjustableClock>).advance === 'function';
}

/**
 * Wall-clock time plus an offset that only grows, for `npm start`: time runs on by itself, and `advance(ms)`
 * jumps it forward, then awaits each listener (the scheduler runs the work the jump made due).
 */
export class OffsetClock implements AdjustableClock {
  private offsetMs = 0;
  private readonly jumpListeners: Array<() => Promise<void>> = [];

  constructor(private readonly wallClock: Clock = systemClock) {}

  now(): number {
    return this.wallClock.now() + this.offsetMs;
  }

  /** How far ahead of the wall clock this clock runs, in ms. */
  aheadByMs(): number {
    return this.offsetMs;
  }

  /** Calls `listener` after each jump (and awaits it); returns a function that stops calling it. */
  onJump(listener: () => Promise<void>): () => void {
    this.jumpListeners.push(listener);
    return () => {
      const index = this.jumpListeners.indexOf(listener);
      if (index >= 0) this.jumpListeners.splice(index, 1);
    };
  }

  async advance(ms: number): Promise<void> {
    if (!(ms >= 0)) throw new Error(`OffsetClock cannot go back in time (advance by ${ms} ms)`);
    this.offsetMs += ms;
    for (const listener of [...this.jumpListeners]) await listener();
  }
}
