// Input nested thousands of levels deep reaches the function through the client gateway, and back.
import type { LocalCloud } from '../../src';
import { toJsonText } from '../../src/http/json-text';
import { callThroughGateway, startInlineCloud } from '../functions/inline-cloud';

let cloud: LocalCloud;
beforeAll(async () => {
  ({ cloud } = await startInlineCloud(
    {
      // Answers how deep its event nests, and the event itself.
      depth: {
        main: () => async (event) => {
          let levels = 0;
          for (let node = event; typeof node === 'object' && node !== null; levels++)
            node = (node as { a?: unknown }).a;
          return { levels, event };
        },
      },
    },
    [],
  ));
});
afterAll(() => cloud.close());

/** `{"a":{"a":…{"a":1}…}}`: 5,000 levels, about 30 KB. */
const DEEP_EVENT = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;

test('a 5,000-level event reaches the function through the gateway, and its reply comes back whole', async () => {
  const reply = await callThroughGateway(cloud, 'depth', DEEP_EVENT);
  const result = reply.result as { levels: number; event: unknown };
  expect(reply.errCode).toBeUndefined();
  expect(result.levels).toBe(5_000);
  expect(toJsonText(result.event)).toBe(DEEP_EVENT);
});

test('the same event crosses an in-process invoke (payments, timers, callAsClient)', async () => {
  const result = (await cloud.callAsClient('depth', JSON.parse(DEEP_EVENT), 'o-a')) as { levels: number };
  expect(result.levels).toBe(5_000);
});
