// A function's instance may die between any two of its database operations. For place, the payment notice,
// cancel and expiry: run the flow once to count its operations N, then for every n in 0..N crash it after n,
// let time pass (re-deliveries, expiry, the sweeper's next runs, refunds settling) and check that the
// invariants hold and nothing stayed half-written.
import { schemaProblems } from '../support/schema-check';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { invariantProblems } from '../model/model-invariants';
import { type ModelRun, startModelRun, storedOrdersOf } from '../model/model-run';
import { alignClock, CRASHABLE_FLOWS, type CrashableFlow } from './fault-flows';

let shop: TestCloud;
let runIndex = 0;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

/** Long enough for every re-delivery (compressed), expiry, refund re-check and refund result after a crash. */
const RECOVERY_STEPS_MS = [30 * 60_000, 30 * 60_000];

/** Orders a crashed call placed without answering: the model learns them (and their trades) from the stores. */
function learnUnansweredOrders(run: ModelRun): void {
  for (const order of storedOrdersOf(shop, run)) {
    const orderId = String(order._id);
    if (run.orders.some((known) => known.orderId === orderId)) continue;
    const outTradeNos = shop.cloud.payments
      .trades()
      .filter((trade) => trade.outTradeNo.startsWith(`${orderId}_`))
      .map((trade) => trade.outTradeNo);
    run.orders.push({ orderId, owner: String(order._openid), outTradeNos });
  }
}

/** Documents of the run that do not match their collection's schema (a half-written write would not). */
function halfWritten(run: ModelRun): string[] {
  const orders = storedOrdersOf(shop, run);
  const refunds = shop.cloud.database.find('refunds', { orderId: { $in: orders.map((order) => order._id) } });
  const skus = shop.cloud.database.find('skus', { _id: { $in: run.scarce.map((sku) => sku.skuId) } });
  const carts = shop.cloud.database.find('carts', { _openid: { $in: run.customers } });
  return [
    ...orders.map((document) => ['orders', document] as const),
    ...refunds.map((document) => ['refunds', document] as const),
    ...skus.map((document) => ['skus', document] as const),
    ...carts.map((document) => ['carts', document] as const),
  ].flatMap(([collection, document]) =>
    schemaProblems(collection, document).map(
      (problem) => `${collection}/${String(document._id)}: ${problem}`,
    ),
  );
}

/** One scenario: the flow crashed after `operations` database operations (none when undefined). */
async function crashOnce(
  flow: CrashableFlow,
  operations?: number,
): Promise<{ run: ModelRun; problems: string[] }> {
  const run = startModelRun(shop, runIndex++);
  try {
    await alignClock(shop);
    await flow.prepare(shop, run);
    const crashedBefore = crashes(flow.functionName);
    if (operations !== undefined)
      shop.cloud.faults.crashAfter({ functionName: flow.functionName, operations });
    await flow.act(shop, run).catch(() => undefined); // a crashed instance fails its caller: expected
    shop.cloud.faults.clear();
    const crashed = crashes(flow.functionName) - crashedBefore;
    shop.cloud.payments.flushHeld();
    await shop.cloud.scheduler.idle();
    for (const ms of RECOVERY_STEPS_MS) await shop.clock.advance(ms);
    learnUnansweredOrders(run);
    const problems = [...invariantProblems(shop, run, true), ...halfWritten(run)];
    if (operations !== undefined && crashed === 0 && operations < operationsOf(flow))
      problems.push(`the crash after ${operations} operations never happened`);
    return { run, problems };
  } finally {
    run.stopWatching();
  }
}

const crashes = (functionName: string): number =>
  shop.cloud.faults.invocations(functionName).filter((record) => record.outcome === 'crashed').length;

const counted = new Map<string, number>();
/** N: the database operations of the flow's invocation, counted on a run without faults. */
function operationsOf(flow: CrashableFlow): number {
  return counted.get(flow.name) ?? 0;
}

describe.each(CRASHABLE_FLOWS)('$name', (flow) => {
  test('without a crash the flow holds every invariant (and its operations are counted)', async () => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { problems } = await crashOnce(flow);
      expect(problems).toEqual([]);
    } finally {
      quiet.mockRestore();
    }
    // Count again on a scene exactly like the crashed ones: the flow's own invocation, found by its place.
    const run = startModelRun(shop, runIndex++);
    await alignClock(shop);
    await flow.prepare(shop, run);
    const before = shop.cloud.faults.invocations(flow.functionName).length;
    await flow.act(shop, run);
    const invocation = shop.cloud.faults.invocations(flow.functionName)[before];
    run.stopWatching();
    expect(invocation?.outcome).toBe('ok');
    counted.set(flow.name, invocation?.databaseOperations ?? 0);
    expect(operationsOf(flow)).toBeGreaterThan(0);
  }, 60_000);

  const crashTest = flow.knownUnsafe === undefined ? test : test.failing;
  crashTest(
    'crashed after each of its n = 0..N database operations, the invariants hold once time has passed',
    async () => {
      const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
      const failures: string[] = [];
      try {
        for (let operations = 0; operations <= operationsOf(flow); operations++) {
          const { problems } = await crashOnce(flow, operations);
          if (problems.length > 0) failures.push(`crash after ${operations}: ${problems.join('; ')}`);
        }
      } finally {
        quiet.mockRestore();
        warn.mockRestore();
      }
      expect(failures).toEqual([]);
    },
    180_000,
  );
});
