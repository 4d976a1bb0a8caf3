import { setTimeout as sleep } from 'node:timers/promises';
import { startRunTimeLimit } from '../../src/functions/run-time-limit';

// A function's time limit counts the time it could run, not the time a busy host kept the whole process stalled.

/** Holds the event loop (the whole process) for `ms`, as a host starved of CPU would. */
function stallProcess(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // busy: no timer or I/O of this process can run
  }
}

test('the limit expires once its time has run', async () => {
  let expired = false;
  await new Promise<void>((resolve) =>
    startRunTimeLimit(200, () => {
      expired = true;
      resolve();
    }),
  );
  expect(expired).toBe(true);
});

test('a stall of the whole process does not count against the limit', async () => {
  let expired = false;
  const cancel = startRunTimeLimit(500, () => (expired = true));
  // Three times the limit with the process stalled: on the wall clock the limit would be long spent.
  stallProcess(1500);
  await sleep(100);
  expect(expired).toBe(false);
  cancel();
});

test('a cancelled limit never expires', async () => {
  let expired = false;
  startRunTimeLimit(50, () => (expired = true))();
  await sleep(200);
  expect(expired).toBe(false);
});
