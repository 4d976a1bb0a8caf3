import { TestClock } from '../../src/clock';
import { type FunctionConfig, inlineCatalog } from '../../src/functions/catalog';
import { FunctionRunner } from '../../src/functions/runner';
import { Dispatcher } from '../../src/http/dispatcher';
import { ClockScheduler } from '../../src/timers/clock-scheduler';
import { startTimerTriggers, type TimerTriggers } from '../../src/timers/timer-triggers';
import { serveForSdk, type WxServerSdk } from '../sdk-harness';

const START = Date.parse('2026-01-05T02:00:00Z');
const MINUTE = 60_000;

let cloud: WxServerSdk;
let adminUrl: string;
let closeServer: () => Promise<void>;

beforeAll(async () => {
  const served = await serveForSdk(new Dispatcher());
  ({ cloud, adminUrl } = served);
  closeServer = served.close;
});
afterAll(() => closeServer());

interface Run {
  event: Record<string, unknown>;
  context: Record<string, unknown>;
}

function setup(functions: Record<string, { config: FunctionConfig; fail?: boolean }>) {
  const clock = new TestClock(START);
  const failures: string[] = [];
  const scheduler = new ClockScheduler(clock, { log: (message) => failures.push(message) });
  const runs: Record<string, Run[]> = {};
  const catalog = inlineCatalog(
    Object.fromEntries(
      Object.entries(functions).map(([name, { config, fail }]) => [
        name,
        {
          config,
          main: async (event: unknown) => {
            (runs[name] ??= []).push({
              event: event as Record<string, unknown>,
              context: { ...cloud.getWXContext() },
            });
            if (fail) throw new Error(`${name} broke`);
            return { ok: true };
          },
        },
      ]),
    ),
  );
  const runner = new FunctionRunner(catalog, () => adminUrl);
  const start = (): TimerTriggers =>
    startTimerTriggers({
      catalog,
      scheduler,
      clock,
      invoke: (name, event, id) => runner.invoke(name, event, id),
    });
  return { clock, scheduler, failures, runs, start };
}

const timer = (config: string, name = 'everyFiveMinutes') => ({
  triggers: [{ name, type: 'timer', config }],
});

test('a trigger every 5 minutes runs N times when the clock advances N×5 minutes', async () => {
  const { clock, runs, start } = setup({
    cancelExpired: { config: timer('0 */5 * * * * *') },
    untimed: { config: {} },
  });
  const triggers = start();
  expect(triggers.list()).toEqual([
    { functionName: 'cancelExpired', triggerName: 'everyFiveMinutes', nextAtMs: START + 5 * MINUTE },
  ]);

  await clock.advance(4 * MINUTE);
  expect(runs.cancelExpired).toBeUndefined();

  await clock.advance(3 * 5 * MINUTE - 4 * MINUTE);
  const fired = runs.cancelExpired ?? [];
  expect(fired.map((run) => run.event)).toEqual([
    { Type: 'Timer', TriggerName: 'everyFiveMinutes', Time: '2026-01-05T02:05:00Z', Message: '' },
    { Type: 'Timer', TriggerName: 'everyFiveMinutes', Time: '2026-01-05T02:10:00Z', Message: '' },
    { Type: 'Timer', TriggerName: 'everyFiveMinutes', Time: '2026-01-05T02:15:00Z', Message: '' },
  ]);
  expect(runs.untimed).toBeUndefined();
  expect(triggers.list()[0]?.nextAtMs).toBe(START + 20 * MINUTE);
  triggers.stop();
});

test('the function sees SOURCE wx_trigger and no user', async () => {
  const { clock, runs, start } = setup({ nightly: { config: timer('0 0 2 * * * *', 'nightly') } });
  const triggers = start();
  await clock.advance(24 * 60 * MINUTE);
  expect(runs.nightly).toHaveLength(1);
  const context = runs.nightly?.[0]?.context ?? {};
  expect(context.SOURCE).toBe('wx_trigger');
  expect(context.OPENID).toBeUndefined();
  // 02:00 in UTC+8 is 18:00 UTC the day before.
  expect(runs.nightly?.[0]?.event.Time).toBe('2026-01-05T18:00:00Z');
  triggers.stop();
});

test('a failing run is logged and the schedule goes on; stop() ends it', async () => {
  const { clock, runs, failures, start } = setup({
    flaky: { config: timer('0 * * * * * *', 'everyMinute'), fail: true },
  });
  const triggers = start();
  await clock.advance(2 * MINUTE);
  expect(runs.flaky).toHaveLength(2);
  expect(failures).toEqual([
    'scheduled task "timer trigger flaky/everyMinute" failed',
    'scheduled task "timer trigger flaky/everyMinute" failed',
  ]);
  triggers.stop();
  await clock.advance(5 * MINUTE);
  expect(runs.flaky).toHaveLength(2);
  expect(triggers.list()).toEqual([]);
});

describe('a bad config.json fails at start, loudly, before anything is scheduled', () => {
  test.each([
    [
      'an invalid cron',
      timer('0 */5 * * * *'),
      /function broken, config\.json: trigger "everyFiveMinutes": invalid cron "0 \*\/5 \* \* \* \*": expected 7 fields/,
    ],
    ['a cron that never fires', timer('0 0 0 30 2 * *'), /never fires/],
    [
      'two triggers',
      { triggers: [timer('0 * * * * * *', 'a').triggers[0], timer('0 * * * * * *', 'b').triggers[0]] },
      /one trigger per function/,
    ],
    [
      'a name starting with a digit',
      timer('0 * * * * * *', '1st'),
      /trigger name "1st" must start with a letter/,
    ],
    [
      'a type other than timer',
      { triggers: [{ name: 'x', type: 'http', config: '' }] },
      /only "timer" exists/,
    ],
  ])('%s', (_, config, message) => {
    const { scheduler, start } = setup({
      fine: { config: timer('0 * * * * * *') },
      broken: { config: config as FunctionConfig },
    });
    expect(start).toThrow(message);
    expect(scheduler.pendingTasks()).toEqual([]);
  });
});
