// The dev store's save cost at 10,000 and 100,000 documents: the whole-file save it replaced (re-enacted: the
// synchronous JSON of the whole database, written at every save) against a journal append of one change, and
// the longest the event loop is held while a full snapshot is written in the background. Figures, not verdicts.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { TestClock } from '../../emulator/src/clock';
import { DatabaseEngine } from '../../emulator/src/db';
import { attachFileStore, loadInto } from '../../emulator/src/db/persistence';
import { lookupLines, measureLookups } from './store-lookup';

/** One store size's figures; times in milliseconds on this machine, bytes exact. */
export interface StoreSaveFigures {
  documents: number;
  /** The replaced save: JSON of the whole database, built on the main thread at every save. */
  wholeFileBlockMs: number;
  wholeFileBytes: number;
  /** A save now: one changed document appended to the journal (async write and fsync). */
  journalSaveMs: number;
  journalSaveBytes: number;
  /** The longest the event loop was held by one commit's journal encoding. */
  commitBlockMs: number;
  /** A full snapshot (at start, or when the journal outgrows it): wall time, bytes, longest event-loop block. */
  snapshotMs: number;
  snapshotBytes: number;
  snapshotLongestBlockMs: number;
  /** Loading the store at start (snapshot + journal), synchronous. */
  loadMs: number;
}

/** An order about the size the shop writes: three lines, a payment attempt, times. */
function orderDocument(index: number): Record<string, unknown> {
  const at = new Date(Date.UTC(2026, 0, 1) + index * 60_000);
  return {
    _id: `order-${index}`,
    _openid: `o-customer-${index % 997}`,
    storeId: 'store-demo',
    status: index % 5 === 0 ? 'PENDING_PAYMENT' : 'COMPLETED',
    idempotencyKey: `key-${index}`,
    lines: [0, 1, 2].map((line) => ({
      productId: `prod-${(index + line) % 35}`,
      skuId: `sku-${(index + line) % 80}`,
      name: 'Iced latte (large)',
      quantity: 1 + line,
      unitPriceFen: 1800 + line * 100,
      addons: [{ id: 'extra-shot', name: 'Extra shot', priceFen: 400 }],
    })),
    totalFen: 6600,
    payment: { outTradeNo: `order-${index}_1`, attempt: 1, openedAt: at },
    createdAt: at,
    updatedAt: at,
  };
}

async function measureSize(documents: number): Promise<StoreSaveFigures> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'diandan-bench-store-'));
  try {
    const engine = new DatabaseEngine({ clock: new TestClock() });
    engine.createCollection('orders');
    for (let start = 0; start < documents; start += 1_000) {
      const count = Math.min(1_000, documents - start);
      engine.insert(
        'orders',
        Array.from({ length: count }, (_, offset) => orderDocument(start + offset)),
      );
    }

    const file = path.join(folder, 'database.json');
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    let started = performance.now();
    const store = attachFileStore(engine, file, { retention: [] });
    await store.compact();
    const snapshotMs = performance.now() - started;
    delay.disable();
    const snapshotLongestBlockMs = delay.max / 1e6;

    engine.update('orders', { _id: 'order-3' }, { $set: { status: 'ACCEPTED' } }); // warms the update path
    await store.flush();
    const before = store.stats();
    started = performance.now();
    engine.update('orders', { _id: 'order-7' }, { $set: { status: 'ACCEPTED', updatedAt: new Date() } });
    const commitBlockMs = performance.now() - started;
    started = performance.now();
    await store.flush();
    const journalSaveMs = performance.now() - started;
    const journalSaveBytes = store.stats().journalBytes - before.journalBytes;
    await store.close();

    // The replaced save, last, so its garbage does not land in the snapshot's figures.
    started = performance.now();
    const wholeFile = `${JSON.stringify(engine.exportSnapshot(), null, 1)}\n`;
    const wholeFileBlockMs = performance.now() - started;
    const wholeFileBytes = Buffer.byteLength(wholeFile, 'utf8');

    started = performance.now();
    loadInto(new DatabaseEngine({ clock: new TestClock() }), file);
    const loadMs = performance.now() - started;
    return {
      documents,
      wholeFileBlockMs,
      wholeFileBytes,
      journalSaveMs,
      journalSaveBytes,
      commitBlockMs,
      snapshotMs,
      snapshotBytes: before.snapshotBytes,
      snapshotLongestBlockMs,
      loadMs,
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Measures each store size in turn (default 10,000 and 100,000 orders). */
export async function measureStoreSaves(sizes: number[] = [10_000, 100_000]): Promise<StoreSaveFigures[]> {
  const figures: StoreSaveFigures[] = [];
  for (const size of sizes) figures.push(await measureSize(size));
  return figures;
}

/** The figures as report lines. */
export function storeSaveLines(figures: StoreSaveFigures[]): string[] {
  const col = (value: string | number, width = 14) => String(value).padStart(width);
  const ms = (value: number) => value.toFixed(1);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 2 : 0)} KB`;
  const row = (label: string, values: Array<string | number>) =>
    `${label.padEnd(46)}${values.map((value) => col(value)).join('')}`;
  return [
    'dev store saves (orders of ~1 KB)',
    row(
      '  documents',
      figures.map((f) => f.documents.toLocaleString('en-US')),
    ),
    row(
      '  before: whole-file save, main thread ms',
      figures.map((f) => ms(f.wholeFileBlockMs)),
    ),
    row(
      '  before: bytes per save',
      figures.map((f) => kb(f.wholeFileBytes)),
    ),
    row(
      '  now: one change, bytes per save',
      figures.map((f) => f.journalSaveBytes),
    ),
    row(
      '  now: one change, commit on main thread ms',
      figures.map((f) => ms(f.commitBlockMs)),
    ),
    row(
      '  now: one change, write + fsync ms (async)',
      figures.map((f) => ms(f.journalSaveMs)),
    ),
    row(
      '  bytes per save, before / now',
      figures.map((f) => `${Math.round(f.wholeFileBytes / f.journalSaveBytes).toLocaleString('en-US')}×`),
    ),
    row(
      '  snapshot (start, compaction): wall ms',
      figures.map((f) => ms(f.snapshotMs)),
    ),
    row(
      '  snapshot: bytes',
      figures.map((f) => kb(f.snapshotBytes)),
    ),
    row(
      '  snapshot: longest event-loop block ms',
      figures.map((f) => ms(f.snapshotLongestBlockMs)),
    ),
    row(
      '  load at start ms',
      figures.map((f) => ms(f.loadMs)),
    ),
  ];
}

/**
 * Measures and prints the local cloud's storage figures for `npm run bench`: dev store saves (at `sizes`
 * documents) and checkout's aggregation with 10,000 other carts. About a minute at 100,000 documents.
 */
export async function runStoreBench(sizes: number[] = [10_000, 100_000]): Promise<void> {
  const saves = storeSaveLines(await measureStoreSaves(sizes));
  const lookups = lookupLines(await measureLookups());
  console.log(['', ...saves, '', ...lookups, ''].join('\n'));
}

if (require.main === module) {
  runStoreBench().catch((error: unknown) => {
    console.error(`Store bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
