// A function whose timeout fired is over: whatever it still sends is refused, not applied.
import type { LocalCloud } from '../../src';
import { startInlineCloud } from './inline-cloud';

let cloud: LocalCloud;
let release: () => void = () => undefined;
/** Settles with what the late write met, once the timed-out function's body has run on. */
let lateWrite: Promise<string> = Promise.resolve('');

beforeAll(async () => {
  ({ cloud } = await startInlineCloud(
    {
      // Writes once, waits for the test to let it go (past its 1 s timeout), then writes again.
      overrunning: {
        config: { timeout: 1 },
        main: (sdk) => () => {
          const notes = sdk.database().collection('notes');
          const released = new Promise<void>((resolve) => {
            release = resolve;
          });
          const run = async () => {
            await notes.add({ data: { step: 'before' } });
            await released;
            return Promise.resolve(notes.add({ data: { step: 'after' } })).then(
              () => 'applied',
              (error: unknown) => `refused: ${error instanceof Error ? error.message : String(error)}`,
            );
          };
          lateWrite = run();
          return lateWrite;
        },
      },
    },
    ['notes'],
  ));
});
afterAll(() => cloud.close());

test('after its timeout fires, a function can no longer write', async () => {
  await expect(cloud.callAsClient('overrunning', {}, 'o-a')).rejects.toMatchObject({
    code: 'FUNCTIONS_TIME_LIMIT_EXCEEDED',
  });
  release();
  expect(await lateWrite).toMatch(/^refused: .*timed out/);
  expect(cloud.database.find('notes', {}).map((note) => note.step)).toEqual(['before']);
  expect(cloud.faults.lastInvocation('overrunning')).toMatchObject({
    outcome: 'timeout',
    databaseOperations: 1,
  });
});
