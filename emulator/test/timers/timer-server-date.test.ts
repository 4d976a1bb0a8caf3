import { TestClock } from '../../src/clock';
import { DatabaseEngine } from '../../src/db';
import { inlineCatalog } from '../../src/functions/catalog';
import { FunctionRunner } from '../../src/functions/runner';
import { Dispatcher } from '../../src/http/dispatcher';
import { ClockScheduler } from '../../src/timers/clock-scheduler';
import { startTimerTriggers } from '../../src/timers/timer-triggers';
import { settled } from '../db/db-harness';
import { serveForSdk, type WxServerSdk } from '../sdk-harness';

const START = Date.parse('2026-01-05T02:00:00Z');
const MINUTE = 60_000;

let cloud: WxServerSdk;
let adminUrl: string;
let closeServer: () => Promise<void>;
const clock = new TestClock(START);
const engine = new DatabaseEngine({ clock });

beforeAll(async () => {
  const dispatcher = new Dispatcher();
  engine.registerActions(dispatcher);
  engine.createCollection('ticks');
  const served = await serveForSdk(dispatcher);
  ({ cloud, adminUrl } = served);
  closeServer = served.close;
});
afterAll(() => closeServer());

test('a timer trigger fired inside one big advance writes serverDate() as its own fire time', async () => {
  const catalog = inlineCatalog({
    tick: {
      config: { triggers: [{ name: 'everyMinute', type: 'timer', config: '0 * * * * * *' }] },
      main: async (event: unknown) => {
        const db = cloud.database();
        const { Time } = event as { Time: string };
        await db.collection('ticks').add({ data: { firedFor: Time, writtenAt: db.serverDate() } });
        return { ok: true };
      },
    },
  });
  const scheduler = new ClockScheduler(clock);
  const runner = new FunctionRunner(catalog, () => adminUrl);
  const triggers = startTimerTriggers({
    catalog,
    scheduler,
    clock,
    invoke: (name, event, identity) => runner.invoke(name, event, identity),
  });

  await clock.advance(3 * MINUTE + 30_000);

  const { data } = await settled(cloud.database().collection('ticks').orderBy('firedFor', 'asc').get());
  expect(data.map((tick) => [tick.firedFor, (tick.writtenAt as Date).toISOString()])).toEqual([
    ['2026-01-05T02:01:00Z', '2026-01-05T02:01:00.000Z'],
    ['2026-01-05T02:02:00Z', '2026-01-05T02:02:00.000Z'],
    ['2026-01-05T02:03:00Z', '2026-01-05T02:03:00.000Z'],
  ]);
  expect(clock.now()).toBe(START + 3 * MINUTE + 30_000);
  triggers.stop();
  scheduler.close();
});
