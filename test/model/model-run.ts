// One run of the order model: its own customers and scarce SKUs in the demo store (so runs on one local cloud
// never see each other's orders), the transitions every order made, and the call results the flows gave.
import type { DocumentChange } from '../../emulator/src/db/document-store';
import type { OrderStatus } from '../../typings/contracts/order';
import { canTransition } from '../../server/domain/order/order-status';
import { DEMO_STORE, type TestCloud } from '../support/test-cloud';

/** A SKU with counted stock that the run's customers compete for. */
export interface ScarceSku {
  productId: string;
  skuId: string;
  initialStock: number;
}

/** An order the run placed, and every trade (payment attempt) it was given. */
export interface PlacedOrder {
  orderId: string;
  owner: string;
  outTradeNos: string[];
}

/** What the model knows about one run: who, what, and what happened that an invariant needs. */
export interface ModelRun {
  label: string;
  customers: string[];
  scarce: ScarceSku[];
  /** Products a customer may add: the scarce ones and one with unlimited stock. */
  productIds: string[];
  orders: PlacedOrder[];
  /** Transitions no table allows, seen in the database's change log (`orderId: FROM → TO`). */
  illegalTransitions: string[];
  /** Answers the flows must never give (INTERNAL, or a code the action cannot answer). */
  unexpectedAnswers: string[];
  /** Stops watching the change log. */
  stopWatching: () => void;
}

const UNLIMITED_PRODUCT = 'prod-latte';
const TEMPLATE_PRODUCT = 'prod-butter-croissant';
const TEMPLATE_SKU = 'sku-butter-croissant';

/**
 * Sets up run number `index`: three customers, two SKUs with 2 and 3 units (copies of the demo croissant),
 * and a watch on the change log that records any order status change the transition table does not allow.
 */
export function startModelRun(shop: TestCloud, index: number): ModelRun {
  const label = `m${index}`;
  const database = shop.cloud.database;
  const [product] = database.find('products', { _id: TEMPLATE_PRODUCT });
  const [sku] = database.find('skus', { _id: TEMPLATE_SKU });
  if (!product || !sku) throw new Error('the model copies the demo croissant; seed the demo store');
  const scarce: ScarceSku[] = [2, 3].map((initialStock, n) => ({
    productId: `prod-${label}-${n}`,
    skuId: `sku-${label}-${n}`,
    initialStock,
  }));
  for (const item of scarce) {
    database.insert('products', [
      { ...product, _id: item.productId, nameEn: `Model ${label}/${item.skuId}` },
    ]);
    database.insert('skus', [
      { ...sku, _id: item.skuId, productId: item.productId, stock: item.initialStock, isSoldOut: false },
    ]);
  }
  const run: ModelRun = {
    label,
    customers: [0, 1, 2].map((n) => `o-${label}-${n}`),
    scarce,
    productIds: [...scarce.map((item) => item.productId), UNLIMITED_PRODUCT],
    orders: [],
    illegalTransitions: [],
    unexpectedAnswers: [],
    stopWatching: () => undefined,
  };
  const customers = new Set(run.customers);
  run.stopWatching = database.onChange((change) => {
    if (change.collection !== 'orders') return;
    const owner = String((change.after ?? change.before)?._openid ?? '');
    if (customers.has(owner)) checkTransition(run, change);
  });
  return run;
}

function checkTransition(run: ModelRun, change: DocumentChange): void {
  const before = change.before?.status as OrderStatus | undefined;
  const after = change.after?.status as OrderStatus | undefined;
  const illegal =
    before === undefined
      ? after !== 'PENDING_PAYMENT' // an order is born unpaid
      : after === undefined
        ? before !== 'PENDING_PAYMENT' // only an unpaid order whose sheet never opened is removed
        : before !== after && !canTransition(before, after);
  if (illegal) run.illegalTransitions.push(`${change.id}: ${before ?? '∅'} → ${after ?? '∅'}`);
}

/** The run's orders as stored now. */
export function storedOrdersOf(shop: TestCloud, run: ModelRun): Array<Record<string, unknown>> {
  return shop.cloud.database.find('orders', { storeId: DEMO_STORE, _openid: { $in: run.customers } });
}

/** Notes an answer a flow must never give; `allowed` lists the refusals this action may answer. */
export function expectAnswer(
  run: ModelRun,
  what: string,
  result: { ok: boolean; error?: { code: string; message: string } },
  allowed: readonly string[],
): void {
  if (result.ok || (result.error && allowed.includes(result.error.code))) return;
  run.unexpectedAnswers.push(`${what}: ${result.error?.code ?? '?'} ${result.error?.message ?? ''}`);
}
