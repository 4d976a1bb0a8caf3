// `cloud.faults.crashAfter`: a function's instance dies after n database operations; nothing after that point lands.
import type { LocalCloud } from '../../src';
import { callThroughGateway, startInlineCloud } from './inline-cloud';

let cloud: LocalCloud;
/** Settles when the `stubborn` function's body has run to its end (it keeps going after its instance died). */
let stubbornDone: Promise<number> = Promise.resolve(0);

beforeAll(async () => {
  ({ cloud } = await startInlineCloud(
    {
      // Three writes one after another.
      writer: {
        main: (sdk) => async () => {
          const notes = sdk.database().collection('notes');
          for (const step of [1, 2, 3]) await notes.add({ data: { step } });
          return { written: 3 };
        },
      },
      // Two writes in one transaction: start, add, add, commit.
      transfer: {
        main: (sdk) => async () => {
          const db = sdk.database();
          const transaction = await db.startTransaction();
          await transaction.collection('notes').add({ data: { step: 1 } });
          await transaction.collection('notes').add({ data: { step: 2 } });
          await transaction.commit();
          return { committed: true };
        },
      },
      // Ignores every failure and goes on writing: what a dead instance must not manage.
      stubborn: {
        main: (sdk) => () => {
          const notes = sdk.database().collection('notes');
          /** 1 when the write was refused, 0 when it was applied. */
          const attempt = (step: number) =>
            Promise.resolve(notes.add({ data: { step } })).then(
              () => 0,
              () => 1,
            );
          const run = async () => {
            let refused = await attempt(1);
            // Two requests on their way at once, then more after the crash point.
            for (const outcome of await Promise.all([attempt(2), attempt(3)])) refused += outcome;
            for (const step of [4, 5]) refused += await attempt(step);
            return refused;
          };
          stubbornDone = run();
          return stubbornDone;
        },
      },
    },
    ['notes'],
  ));
});
afterAll(() => cloud.close());
beforeEach(() => {
  cloud.database.remove('notes', {}, { multi: true });
  cloud.faults.clear();
});

const notesWritten = () => cloud.database.count('notes');

test('an invocation reports how many database operations it did', async () => {
  await cloud.callAsClient('writer', {}, 'o-a');
  expect(cloud.faults.lastInvocation('writer')).toMatchObject({
    functionName: 'writer',
    outcome: 'ok',
    databaseOperations: 3,
  });
});

test.each([0, 1, 2])(
  'crashAfter %i: the caller gets a crashed function and only the first operations are applied',
  async (operations) => {
    cloud.faults.crashAfter({ functionName: 'writer', operations });
    const reply = await callThroughGateway(cloud, 'writer', {});
    expect(reply).toMatchObject({ errCode: -504002 });
    expect(String(reply.errMsg)).toContain('injected fault');
    expect(notesWritten()).toBe(operations);
    expect(cloud.faults.lastInvocation('writer')).toMatchObject({
      outcome: 'crashed',
      databaseOperations: operations,
    });

    // Only the next invocation was armed: the one after runs whole.
    await expect(cloud.callAsClient('writer', {}, 'o-a')).resolves.toEqual({ written: 3 });
    expect(notesWritten()).toBe(operations + 3);
  },
);

test('crashAfter as many operations as the invocation does changes nothing', async () => {
  cloud.faults.crashAfter({ functionName: 'writer', operations: 3 });
  await expect(cloud.callAsClient('writer', {}, 'o-a')).resolves.toEqual({ written: 3 });
  expect(cloud.faults.lastInvocation('writer')?.outcome).toBe('ok');
});

test('requests already on their way when the instance dies, and any sent later, are not applied', async () => {
  cloud.faults.crashAfter({ functionName: 'stubborn', operations: 2 });
  await expect(cloud.callAsClient('stubborn', {}, 'o-a')).rejects.toMatchObject({
    code: 'FUNCTIONS_EXECUTE_FAIL',
  });
  const refused = await stubbornDone;
  expect(refused).toBe(3);
  expect(notesWritten()).toBe(2);
  expect(cloud.database.find('notes', {}).map((note) => note.step)).toContain(1);
});

test('an instance that dies before its commit leaves nothing of its transaction', async () => {
  cloud.faults.crashAfter({ functionName: 'transfer', operations: 3 });
  await expect(cloud.callAsClient('transfer', {}, 'o-a')).rejects.toMatchObject({
    code: 'FUNCTIONS_EXECUTE_FAIL',
  });
  expect(notesWritten()).toBe(0);
  await cloud.callAsClient('transfer', {}, 'o-a');
  expect(cloud.faults.lastInvocation('transfer')?.databaseOperations).toBe(4);
  expect(notesWritten()).toBe(2);
});
