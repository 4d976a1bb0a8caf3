import path from 'node:path';
import { loadDatabaseDefinition } from '../../../database/load';
import { runTimersOnJumps } from '../../../scripts/start/adjustable-clock';
import { OffsetClock, systemClock, type Clock } from '../clock';
import { inlineCatalog } from '../functions/catalog';
import { startLocalCloud, type LocalCloud } from '../local-cloud';

// The clock door on the clocks it meets: the offset clock of npm start (runs on by itself, jumps when told),
// and the wall clock (which it refuses to move).
const database = loadDatabaseDefinition(path.resolve(__dirname, '../../../database'));
const HOUR_MS = 60 * 60 * 1000;
const clouds: LocalCloud[] = [];

async function cloudOn(clock: Clock): Promise<LocalCloud> {
  const cloud = await startLocalCloud({
    functions: inlineCatalog({}),
    database,
    clock,
    timers: false,
    previewRoot: path.resolve(__dirname, '../../../test/preview/bar-app'),
  });
  clouds.push(cloud);
  return cloud;
}

afterEach(async () => {
  for (const cloud of clouds.splice(0)) await cloud.close();
});

async function post(cloud: LocalCloud, by: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${cloud.baseUrl}/preview/clock`, {
    method: 'POST',
    body: JSON.stringify({ by }),
  });
  return { status: response.status, body: await response.json() };
}

test('on the offset clock, +1 h jumps an hour ahead of the wall clock and runs the work it passes, in order', async () => {
  // A wall clock that stands still, so the test reads exact times.
  const wallMs = Date.parse('2026-03-02T02:00:00Z');
  const clock = new OffsetClock({ now: () => wallMs });
  const cloud = await cloudOn(clock);
  runTimersOnJumps(clock, cloud);
  const ran: Array<[string, number]> = [];
  const note = (label: string) => (dueAtMs: number) => {
    ran.push([label, dueAtMs]);
    return Promise.resolve();
  };
  cloud.scheduler.at(wallMs + 2 * HOUR_MS, 'in two hours', note('in two hours'));
  cloud.scheduler.at(wallMs + HOUR_MS / 2, 'in half an hour', note('in half an hour'));
  cloud.scheduler.at(wallMs + HOUR_MS / 4, 'in a quarter', note('in a quarter'));

  const moved = await post(cloud, '1h');
  expect(moved).toEqual({ status: 200, body: { nowMs: wallMs + HOUR_MS, adjustable: true, running: true } });
  expect(clock.aheadByMs()).toBe(HOUR_MS);
  expect(ran).toEqual([
    ['in a quarter', wallMs + HOUR_MS / 4],
    ['in half an hour', wallMs + HOUR_MS / 2],
  ]);
  expect(cloud.scheduler.pendingTasks()).toEqual([{ label: 'in two hours', atMs: wallMs + 2 * HOUR_MS }]);
});

test('the wall clock is read, never moved', async () => {
  const cloud = await cloudOn(systemClock);
  const reading: unknown = await (await fetch(`${cloud.baseUrl}/preview/clock`)).json();
  expect(reading).toMatchObject({ adjustable: false, running: true });
  expect(await post(cloud, '1h')).toEqual({
    status: 409,
    body: { errCode: 409, errMsg: 'this local cloud runs on the wall clock; it cannot be moved' },
  });
});

test('the offset clock never goes back', async () => {
  await expect(new OffsetClock().advance(-1)).rejects.toThrow('cannot go back in time');
});
