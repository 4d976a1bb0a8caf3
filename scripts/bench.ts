// `npm run bench`: what the ordering core costs — database operations per action and per order, client round trips,
// first-screen bytes, checkout latency under 50 concurrent customers, the idle shop's timer cost, and each bundle's
// bytes and cold start against the SDK's, and the browser preview's first screen. Figures, not verdicts.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadDatabaseDefinition } from '../database/load';
import { directoryCatalog, startLocalCloud, type LocalCloud } from '../emulator/src';
import { nextCronFire, parseCron } from '../emulator/src/timers/cron';
import { coldStartLines, measureColdStarts, type ColdStartFigures } from './bench/cold-start';
import { measureCheckoutLatency, measureSoloCheckout, type LatencyFigures } from './bench/checkout-latency';
import { benchCrowd } from './bench/crowd';
import { firstScreenLines, measureFirstScreen, type FirstScreenFigures } from './bench/first-screen';
import { countOperations } from './bench/measure';
import { generateMenu } from './bench/menu-generator';
import { packageSizeLines } from './bench/package-size';
import { measurePreviewFirstScreen, previewLines } from './bench/preview-first-screen';
import { journeyLines, measurePreviewJourney } from './bench/preview-journey';
import { measureShop, type ShopFigures } from './bench/shop-figures';
import { runStoreBench } from './bench/store';

const root = path.resolve(__dirname, '..');
const GENERATED_STORE = 'store-bench-500';
const CONCURRENT_CUSTOMERS = 50;
const TARGET_OPS_PER_ORDER = 10;
const TARGET_IDLE_QUERIES_PER_DAY = 300;
const DAY_MS = 24 * 60 * 60 * 1000;

async function main(): Promise<void> {
  const step = (text: string) => console.log(`• ${text}`);
  // First, while nothing else of the bench runs: every require is its own Node process.
  step('Cold start: building every function and requiring each bundle in fresh Node processes');
  const coldStarts = measureColdStarts();
  step('Starting an in-memory local cloud with the demo café');
  const database = loadDatabaseDefinition(path.join(root, 'database'));
  const cloud = await startLocalCloud({
    functions: directoryCatalog(path.join(root, 'cloudfunctions')),
    database,
    seed: 'demo',
    timers: false,
    previewRoot: path.join(root, 'miniprogram'),
  });
  try {
    step('Adding a generated 500-product menu');
    const [template] = cloud.database.find('stores', { _id: 'store-demo' });
    for (const [collection, docs] of Object.entries(generateMenu(template ?? {}, GENERATED_STORE, 500))) {
      cloud.database.insert(collection, docs);
    }
    step(
      'First screen: browse.home, then browse.menu for its pending categories (demo café, then 500 products)',
    );
    const firstScreens = {
      demo: await measureFirstScreen(cloud, 'store-demo'),
      large: await measureFirstScreen(cloud, GENERATED_STORE),
    };
    step('Measuring every customer action on the demo café');
    const demo = await measureShop(cloud, 'store-demo', [
      'prod-nitro-cold-brew',
      'prod-orange-juice',
      'prod-cinnamon-roll',
    ]);
    step('Measuring every customer action on the 500-product menu');
    const large = await measureShop(
      cloud,
      GENERATED_STORE,
      [0, 7, 14].map((i) => `${GENERATED_STORE}-prod-${i}`),
    );
    step(
      `Checkout latency: ${CONCURRENT_CUSTOMERS} customers placing orders at once (demo café, then 500 products)`,
    );
    const latte = {
      productId: 'prod-latte',
      specs: { size: 'medium', temperature: 'hot', sugar: 'none' },
      addons: [],
    };
    const demoSoloMs = await measureSoloCheckout(cloud, 'store-demo', latte, 20);
    const demoLatency = await measureCheckoutLatency(cloud, 'store-demo', latte, CONCURRENT_CUSTOMERS);
    const generated = {
      productId: `${GENERATED_STORE}-prod-1`,
      specs: { size: 'medium', temperature: 'hot' },
      addons: [],
    };
    const largeSoloMs = await measureSoloCheckout(cloud, GENERATED_STORE, generated, 20);
    const largeLatency = await measureCheckoutLatency(
      cloud,
      GENERATED_STORE,
      generated,
      CONCURRENT_CUSTOMERS,
    );
    step('Idle shop: what the timer triggers cost in a day');
    const idle = await measureIdleTimers(cloud);
    step(
      'Preview: the first screen in headless Chromium, 5 loads of the demo and one of the 500-product menu',
    );
    const preview = await measurePreviewFirstScreen(cloud, GENERATED_STORE);
    step('Preview: the customer journey from a table code to a ready order, setData by step');
    const journey = await measurePreviewJourney(cloud);
    printReport(
      demo,
      large,
      firstScreens,
      { ...demoLatency, soloMs: demoSoloMs },
      { ...largeLatency, soloMs: largeSoloMs },
      idle,
      coldStarts,
    );
    console.log(previewLines(preview).join('\n'));
    console.log(journeyLines(journey).join('\n'));
    console.log(packageSizeLines(path.join(root, 'miniprogram')).join('\n'));
    await benchCrowd(cloud);
  } finally {
    await cloud.close();
  }
  // The local cloud's own storage, each on a store of its own: dev-store saves and indexed lookups.
  await runStoreBench();
}

/** Queries a day an idle shop's timers make: fires a day from each cron × the operations of one idle run. */
async function measureIdleTimers(cloud: LocalCloud) {
  const rows: Array<{ functionName: string; cron: string; firesPerDay: number; opsPerRun: number }> = [];
  for (const name of cloud.runner.names()) {
    for (const trigger of cloud.runner.config(name).triggers ?? []) {
      const schedule = parseCron(trigger.config);
      const start = Date.parse('2026-01-05T00:00:00+08:00');
      let firesPerDay = 0;
      for (
        let at = nextCronFire(schedule, start - 1);
        at !== undefined && at < start + DAY_MS;
        at = nextCronFire(schedule, at)
      ) {
        firesPerDay += 1;
      }
      const event = { Type: 'Timer', TriggerName: trigger.name, Time: new Date().toISOString(), Message: '' };
      const { operations } = await countOperations(cloud, () =>
        cloud.runner.invoke(name, event, { source: 'wx_trigger', openid: '' }),
      );
      rows.push({ functionName: name, cron: trigger.config, firesPerDay, opsPerRun: operations });
    }
  }
  return {
    rows,
    estimatedPerDay: rows.reduce((sum, row) => sum + row.firesPerDay * row.opsPerRun, 0),
    queriesPerDay: measureIdleDay(),
  };
}

/** Database operations of one idle day on a test clock, every timer run counted (scripts/bench/idle-day.ts). */
function measureIdleDay(): number {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'bench', 'idle-day.ts')],
    {
      encoding: 'utf8',
    },
  );
  const total = Number(child.stdout.trim().split('\n').pop());
  if (child.status !== 0 || !Number.isInteger(total)) throw new Error(`idle day failed: ${child.stderr}`);
  return total;
}

function printReport(
  demo: ShopFigures,
  large: ShopFigures,
  firstScreens: { demo: FirstScreenFigures; large: FirstScreenFigures },
  demoLatency: LatencyFigures & { soloMs: number },
  largeLatency: LatencyFigures & { soloMs: number },
  idle: Awaited<ReturnType<typeof measureIdleTimers>>,
  coldStarts: ColdStartFigures,
): void {
  const col = (value: string | number, width = 14) => String(value).padStart(width);
  const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER TARGET');
  const lines = [
    '',
    `Diandan bench (Node ${process.version}; local cloud on loopback; database operations are what the platform bills)`,
    '',
    `${'menu'.padEnd(34)}${col(`demo (${firstScreens.demo.products})`)}${col(`generated (${firstScreens.large.products})`, 18)}`,
    `${'first screen: client calls'.padEnd(34)}${col(demo.firstScreenCalls)}${col(large.firstScreenCalls, 18)}`,
    ...firstScreenLines(firstScreens.demo, firstScreens.large),
    'database operations per action',
    // The big menu's actions first: it has one more (browse.menu for the categories its first screen left).
    ...[...new Set([...Object.keys(large.operationsByAction), ...Object.keys(demo.operationsByAction)])].map(
      (action) =>
        `  ${action.padEnd(32)}${col(demo.operationsByAction[action] ?? '-')}${col(large.operationsByAction[action] ?? '-', 18)}`,
    ),
    `${'per completed 3-line order'.padEnd(34)}${col(demo.operationsPerOrder)}${col(large.operationsPerOrder, 18)}   target ≤ ${TARGET_OPS_PER_ORDER}: ${verdict(Math.max(demo.operationsPerOrder, large.operationsPerOrder) <= TARGET_OPS_PER_ORDER)}`,
    `${'client round trips per order'.padEnd(34)}${col(demo.roundTripsPerOrder)}${col(large.roundTripsPerOrder, 18)}   (open shop, 3 adds, place)`,
    `${'  from a full cart to payment'.padEnd(34)}${col(demo.roundTripsFromFullCart)}${col(large.roundTripsFromFullCart, 18)}`,
    `${'checkout alone: p50 ms'.padEnd(34)}${col(demoLatency.soloMs.toFixed(1))}${col(largeLatency.soloMs.toFixed(1), 18)}`,
    `${`checkout, ${CONCURRENT_CUSTOMERS} at once: p50 ms`.padEnd(34)}${col(demoLatency.p50Ms.toFixed(1))}${col(largeLatency.p50Ms.toFixed(1), 18)}`,
    `${'  p95 ms'.padEnd(34)}${col(demoLatency.p95Ms.toFixed(1))}${col(largeLatency.p95Ms.toFixed(1), 18)}`,
    `${'  p95 / p50'.padEnd(34)}${col(demoLatency.ratio.toFixed(2))}${col(largeLatency.ratio.toFixed(2), 18)}`,
    `${'  failed placements'.padEnd(34)}${col(demoLatency.failures)}${col(largeLatency.failures, 18)}`,
    '  (every function runs in this one process, so calls at once queue: p50 ≈ customers × alone;',
    '   on the platform each call has its own instance)',
    '',
    'idle shop timers',
    ...idle.rows.map(
      (row) => `  ${row.functionName} "${row.cron}": ${row.firesPerDay} runs/day × ${row.opsPerRun} ops`,
    ),
    `  = ${idle.estimatedPerDay} queries a day from one run each; counted over a day on a test clock:`,
    `  = ${idle.queriesPerDay} queries a day   target ≤ ${TARGET_IDLE_QUERIES_PER_DAY}: ${verdict(idle.queriesPerDay <= TARGET_IDLE_QUERIES_PER_DAY)}`,
    '',
    ...coldStartLines(coldStarts),
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(`Bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
