import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';

// A function's time limit, counted in time the invocation could run: on the platform each invocation has an
// instance of its own, so time this process spends starved of CPU (a busy host) is not the function's time.

/** How often the limit's clock looks at the time, in ms. */
const TICK_MS = 50;
/**
 * The most one tick may count, in ms. A tick later than this found the process's one event loop held: by other
 * invocations (each would have its own instance on the platform) or by a host that gave the process no CPU.
 */
const MAX_TICK_MS = 1.5 * TICK_MS;

/**
 * Calls `onExpired` once `limitMs` of run time have passed: wall-clock time, except that a gap longer than
 * `MAX_TICK_MS` between two looks at the clock (the event loop was held) counts as `MAX_TICK_MS`. On an idle
 * host this is the wall clock to within a tick. Answers a function that cancels the limit.
 */
export function startRunTimeLimit(limitMs: number, onExpired: () => void): () => void {
  let spentMs = 0;
  let lastLookMs = performance.now();
  const timer = setInterval(() => {
    const nowMs = performance.now();
    spentMs += Math.min(nowMs - lastLookMs, MAX_TICK_MS);
    lastLookMs = nowMs;
    if (spentMs < limitMs) return;
    clearInterval(timer);
    onExpired();
  }, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
