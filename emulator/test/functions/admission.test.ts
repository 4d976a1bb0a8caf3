// Admission: a bounded number of invocations run at once, the rest wait in arrival order, and a function's
// timeout starts when it starts running — so waiting in line never times a call out.
import type { LocalCloud } from '../../src';
import { startInlineCloud } from './inline-cloud';

let cloud: LocalCloud;
/** Lets the `holder` invocation finish. */
let releaseHolder: () => void = () => undefined;
let holderStarted: Promise<void> = Promise.resolve();
let running = 0;
let mostAtOnce = 0;
const finishedInOrder: number[] = [];

beforeAll(async () => {
  ({ cloud } = await startInlineCloud(
    {
      // Runs until the test releases it; its own timeout is far off.
      holder: {
        config: { timeout: 60 },
        main: () => {
          let started: () => void = () => undefined;
          holderStarted = new Promise((resolve) => {
            started = resolve;
          });
          return () => {
            started();
            return new Promise<{ held: true }>((resolve) => {
              releaseHolder = () => resolve({ held: true });
            });
          };
        },
      },
      // Answers at once, with a timeout shorter than the wait it will have in line.
      quick: { config: { timeout: 1 }, main: () => async (event) => event },
      // Counts how many run at once and records the order they finish in.
      counted: {
        main: (sdk) => async (event) => {
          running += 1;
          mostAtOnce = Math.max(mostAtOnce, running);
          await sdk.database().collection('notes').where({ n: -1 }).get();
          running -= 1;
          finishedInOrder.push((event as { n: number }).n);
          return event;
        },
      },
      outer: {
        main: (sdk) => async () => {
          const nested = await sdk.callFunction({ name: 'quick', data: { nested: true } });
          return (nested as { result: unknown }).result;
        },
      },
    },
    ['notes'],
    { maxRunningInvocations: 1 },
  ));
});
afterAll(() => cloud.close());

/** Resolves once at least `ms` of wall-clock time have passed (what the queued call waits, not a verdict). */
const waitAtLeast = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a call that waited in line longer than its timeout still runs and answers', async () => {
  // The holder's factory runs on load; it is loaded by its first call.
  const held = cloud.callAsClient('holder', {}, 'o-a');
  await holderStarted;
  const queued = cloud.callAsClient('quick', { asked: 1 }, 'o-b');
  expect(cloud.runner.occupancy()).toEqual({ running: 1, queued: 1 });
  await waitAtLeast(1_300); // longer than quick's 1 s timeout
  releaseHolder();
  await expect(held).resolves.toEqual({ held: true });
  await expect(queued).resolves.toEqual({ asked: 1 });
  expect(cloud.faults.lastInvocation('quick')).toMatchObject({ outcome: 'ok' });
}, 20_000);

test('no more than the limit run at once, and waiting calls run in the order they came', async () => {
  finishedInOrder.length = 0;
  mostAtOnce = 0;
  const answers = await Promise.all(
    Array.from({ length: 6 }, (_, n) => cloud.callAsClient('counted', { n }, `o-${n}`)),
  );
  expect(answers).toEqual(Array.from({ length: 6 }, (_, n) => ({ n })));
  expect(mostAtOnce).toBe(1);
  expect(finishedInOrder).toEqual([0, 1, 2, 3, 4, 5]);
});

test('a nested call runs in its caller’s place instead of queueing behind it', async () => {
  await expect(cloud.callAsClient('outer', {}, 'o-a')).resolves.toEqual({ nested: true });
});
