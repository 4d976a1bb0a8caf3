// What checkout's one aggregation costs as the carts collection grows: `$lookup` through indexes (now) against the
// whole-collection reading it replaced (re-enacted: every foreign collection copied and scanned), in the same run,
// and a checkout's latency and documents read with 10,000 other customers' carts in the store. Figures only.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadDatabaseDefinition } from '../../database/load';
import { directoryCatalog, startLocalCloud, type LocalCloud } from '../../emulator/src';
import { runPipeline } from '../../emulator/src/db/query-engine';
import type { StoredDocument } from '../../emulator/src/db/document-store';
import { GatewayClient } from '../start/gateway-client';
import { percentile } from './measure';

/** Checkout with `carts` carts in the store; times in milliseconds (p50), documents exact. */
export interface LookupFigures {
  /** Other customers' carts in the store. */
  carts: number;
  checkoutP50Ms: number;
  /** Stored documents checkout's aggregation read (its store, cart, products, SKUs). */
  documentsExamined: number;
  /** The same aggregation alone: through indexes, and reading whole collections as before. */
  indexedP50Ms: number;
  wholeCollectionsP50Ms: number;
  wholeCollectionsDocuments: number;
}

const root = path.resolve(__dirname, '..', '..');
const STORE_ID = 'store-demo';
const LATTE = {
  productId: 'prod-latte',
  specs: { size: 'medium', temperature: 'hot', sugar: 'none' },
  addons: [],
};
const RUNS = 15;

/** The aggregation `loadOrderContext` sends for a cart (server/repositories/order-context-repository.ts). */
function contextPipeline(cartId: string, openid: string): Array<Record<string, unknown>> {
  const sameStore = { $match: { $expr: { $eq: ['$storeId', '$$storeId'] } } };
  const named = (ids: string) => ({
    $match: { $expr: { $and: [{ $eq: ['$storeId', '$$storeId'] }, { $in: ['$_id', ids] }] } },
  });
  return [
    { $match: { _id: STORE_ID } },
    {
      $lookup: {
        from: 'carts',
        let: { storeId: '$_id' },
        pipeline: [sameStore, { $match: { _id: cartId, _openid: openid } }, { $limit: 1 }],
        as: 'carts',
      },
    },
    { $addFields: { cart: { $arrayElemAt: ['$carts', 0] } } },
    {
      $addFields: {
        wantedProductIds: { $ifNull: ['$cart.items.productId', []] },
        wantedSkuIds: { $ifNull: ['$cart.items.skuId', []] },
      },
    },
    {
      $lookup: {
        from: 'products',
        let: { storeId: '$_id', ids: '$wantedProductIds' },
        pipeline: [named('$$ids')],
        as: 'products',
      },
    },
    {
      $lookup: {
        from: 'skus',
        let: { storeId: '$_id', ids: '$wantedSkuIds' },
        pipeline: [named('$$ids')],
        as: 'skus',
      },
    },
  ];
}

function timeRuns(work: () => unknown): number {
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const startedAt = performance.now();
    work();
    samples.push(performance.now() - startedAt);
  }
  return percentile(samples, 50);
}

async function measureWithCarts(
  cloud: LocalCloud,
  client: GatewayClient,
  openid: string,
  carts: number,
): Promise<LookupFigures> {
  const samples: number[] = [];
  let documentsExamined = 0;
  for (let run = 0; run < RUNS; run += 1) {
    await client.expect('cart', 'add', { storeId: STORE_ID, item: LATTE, quantity: 1 });
    cloud.database.resetStats();
    const startedAt = performance.now();
    await client.expect('checkout', 'place', {
      storeId: STORE_ID,
      mode: 'pickup',
      idempotencyKey: randomUUID(),
    });
    samples.push(performance.now() - startedAt);
    documentsExamined = cloud.database.documentsExamined();
  }
  await client.expect('cart', 'add', { storeId: STORE_ID, item: LATTE, quantity: 1 });
  const [cart] = cloud.database.find('carts', { storeId: STORE_ID, _openid: openid });
  const pipeline = contextPipeline(cart?._id ?? '', openid);
  const everything = (name: string) => cloud.database.find(name, {}) as StoredDocument[];
  const indexedP50Ms = timeRuns(() => cloud.database.aggregate('stores', pipeline));
  const wholeCollectionsP50Ms = timeRuns(() => runPipeline(everything('stores'), pipeline, everything));
  const wholeCollectionsDocuments = ['stores', 'carts', 'products', 'skus']
    .map((name) => cloud.database.count(name))
    .reduce((sum, count) => sum + count, 0);
  return {
    carts,
    checkoutP50Ms: percentile(samples, 50),
    documentsExamined,
    indexedP50Ms,
    wholeCollectionsP50Ms,
    wholeCollectionsDocuments,
  };
}

/** Checkout with the demo's carts, then with `extraCarts` (default 10,000) other customers' carts added. */
export async function measureLookups(extraCarts = 10_000): Promise<LookupFigures[]> {
  const cloud = await startLocalCloud({
    functions: directoryCatalog(path.join(root, 'cloudfunctions')),
    database: loadDatabaseDefinition(path.join(root, 'database')),
    seed: 'demo',
    timers: false,
  });
  try {
    const openid = 'o-bench-lookup';
    const client = new GatewayClient(cloud.baseUrl, openid);
    const figures = [await measureWithCarts(cloud, client, openid, 0)];
    const lines = [{ productId: 'prod-latte', skuId: 'sku-latte-medium', quantity: 1, addedAt: new Date() }];
    for (let start = 0; start < extraCarts; start += 1_000) {
      const count = Math.min(1_000, extraCarts - start);
      cloud.database.insert(
        'carts',
        Array.from({ length: count }, (_, offset) => ({
          _id: `bench-cart-${start + offset}`,
          storeId: STORE_ID,
          _openid: `o-bench-other-${start + offset}`,
          items: lines,
          version: 1,
        })),
      );
    }
    figures.push(await measureWithCarts(cloud, client, openid, extraCarts));
    return figures;
  } finally {
    await cloud.close();
  }
}

/** The figures as report lines. */
export function lookupLines(figures: LookupFigures[]): string[] {
  const col = (value: string | number) => String(value).padStart(14);
  const row = (label: string, values: Array<string | number>) =>
    `${label.padEnd(46)}${values.map((value) => col(value)).join('')}`;
  const ms = (value: number) => value.toFixed(1);
  return [
    "checkout's aggregation ($lookup through indexes)",
    row(
      "  other customers' carts",
      figures.map((f) => f.carts.toLocaleString('en-US')),
    ),
    row(
      '  checkout.place alone, p50 ms',
      figures.map((f) => ms(f.checkoutP50Ms)),
    ),
    row(
      '  documents read per checkout',
      figures.map((f) => f.documentsExamined),
    ),
    row(
      '  the aggregation alone, through indexes ms',
      figures.map((f) => ms(f.indexedP50Ms)),
    ),
    row(
      '  before: reading whole collections ms',
      figures.map((f) => ms(f.wholeCollectionsP50Ms)),
    ),
    row(
      '  before: documents read',
      figures.map((f) => f.wholeCollectionsDocuments.toLocaleString('en-US')),
    ),
  ];
}
