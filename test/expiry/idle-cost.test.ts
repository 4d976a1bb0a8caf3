import { startTestCloud, type TestCloud } from '../support/test-cloud';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

test('an idle shop: the sweeper runs every 5 minutes and costs at most 300 database operations a day', async () => {
  const [trigger] = shop.cloud.timerTriggers().filter((candidate) => candidate.functionName === 'sweeper');
  expect(trigger).toBeDefined();
  const runs: number[] = [];
  shop.cloud.runner.onInvocation((record) => {
    if (record.functionName === 'sweeper') runs.push(Date.now());
  });
  shop.cloud.database.resetStats();

  await shop.clock.advance(24 * 60 * 60 * 1000);

  const { total } = shop.cloud.database.stats();
  expect(runs).toHaveLength(288);
  expect(total).toBeLessThanOrEqual(300);
}, 60_000);
