// A lunch rush over real HTTP: many customers at once through the client gateway, each opening the shop,
// adding to the cart, placing and paying in the sandbox, for a few rounds. Every failure of any kind is kept.
import { randomUUID } from 'node:crypto';
import type { LocalCloud } from '../../emulator/src';
import type { ActionName, FunctionName, InputOf, OutputOf } from '../../typings/contracts';
import type { Result } from '../../typings/result';
import { percentile } from './measure';

/** Who rushes, for what, and how often. */
export interface CrowdPlan {
  storeId: string;
  /** The product every customer adds (one unit) and the SKU whose stock it draws on. */
  productId: string;
  skuId: string;
  customers: number;
  rounds: number;
}

/** What a rush did: orders, every failure (as `step: what`), and placement latencies in ms. */
export interface CrowdReport {
  customers: number;
  rounds: number;
  ordersPaid: number;
  failures: string[];
  placeMs: number[];
  elapsedMs: number;
  /** Wall-clock time of each round. */
  roundMs: number[];
  orderIds: string[];
}

/** One `wx.cloud.callFunction` over HTTP; answers the Result or a description of whatever went wrong. */
async function callGateway<F extends FunctionName, A extends ActionName<F>>(
  cloud: LocalCloud,
  openid: string,
  name: F,
  body: { action: A; input: InputOf<F, A> },
): Promise<Result<OutputOf<F, A>> | string> {
  try {
    const response = await fetch(`${cloud.baseUrl}/call/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
      body: JSON.stringify(body),
    });
    const reply = (await response.json()) as {
      result?: Result<OutputOf<F, A>>;
      errCode?: number;
      errMsg?: string;
    };
    if (response.status !== 200 || !reply.result)
      return `HTTP ${response.status} ${reply.errCode ?? ''} ${reply.errMsg ?? ''}`.trim();
    return reply.result;
  } catch (error) {
    return `network: ${error instanceof Error ? `${error.message} ${String(error.cause ?? '')}` : String(error)}`;
  }
}

/** One customer's visit; pushes any failure to `failures` and answers the paid order's id, if any. */
async function visit(
  cloud: LocalCloud,
  plan: CrowdPlan,
  openid: string,
  failures: string[],
  placeMs: number[],
): Promise<string | undefined> {
  const step = async <F extends FunctionName, A extends ActionName<F>>(
    name: F,
    action: A,
    input: InputOf<F, A>,
  ): Promise<OutputOf<F, A> | undefined> => {
    const result = await callGateway(cloud, openid, name, { action, input });
    if (typeof result === 'string') failures.push(`${name}.${action}: ${result}`);
    else if (!result.ok) failures.push(`${name}.${action}: ${result.error.code} ${result.error.message}`);
    else return result.data;
    return undefined;
  };
  const { storeId, productId } = plan;
  if (!(await step('browse', 'home', { storeId }))) return undefined;
  const item = { productId, specs: {}, addons: [] };
  if (!(await step('cart', 'add', { storeId, item, quantity: 1 }))) return undefined;
  const startedAt = performance.now();
  const placed = await step('checkout', 'place', {
    storeId,
    mode: 'pickup',
    idempotencyKey: randomUUID(),
  });
  placeMs.push(performance.now() - startedAt);
  if (!placed) return undefined;
  const trade = cloud.payments.tradeForPayment(placed.payment.package);
  if (!trade) {
    failures.push(`pay: no sandbox trade for order ${placed.order.id}`);
    return undefined;
  }
  const attempt = await cloud.payments.pay(trade.outTradeNo, 'success');
  if (attempt.outcome !== 'paid') {
    failures.push(`pay: ${attempt.outcome} ${attempt.reason ?? ''}`.trim());
    return undefined;
  }
  return placed.order.id;
}

/** Runs the rush: `customers` visits at once, `rounds` times over (new customers each round). */
export async function runCrowd(cloud: LocalCloud, plan: CrowdPlan): Promise<CrowdReport> {
  const failures: string[] = [];
  const placeMs: number[] = [];
  const orderIds: string[] = [];
  const roundMs: number[] = [];
  const startedAt = performance.now();
  for (let round = 0; round < plan.rounds; round++) {
    const roundStartedAt = performance.now();
    const paid = await Promise.all(
      Array.from({ length: plan.customers }, (_, index) =>
        visit(cloud, plan, `o-crowd-${round}-${index}`, failures, placeMs),
      ),
    );
    await cloud.scheduler.idle();
    for (const orderId of paid) if (orderId) orderIds.push(orderId);
    roundMs.push(performance.now() - roundStartedAt);
  }
  return {
    customers: plan.customers,
    rounds: plan.rounds,
    ordersPaid: orderIds.length,
    failures,
    placeMs,
    elapsedMs: performance.now() - startedAt,
    roundMs,
    orderIds,
  };
}

/** The demo café's cinnamon roll: a product with counted stock and no specs. */
export const CROWD_ITEM = { productId: 'prod-cinnamon-roll', skuId: 'sku-cinnamon-roll' } as const;

/** `npm run bench`'s crowd figures: 300 customers at once over HTTP, 3 rounds, on `cloud` (demo café). */
export async function benchCrowd(
  cloud: LocalCloud,
  log: (line: string) => void = console.log,
): Promise<void> {
  const plan: CrowdPlan = { storeId: 'store-demo', ...CROWD_ITEM, customers: 300, rounds: 3 };
  const units = plan.customers * plan.rounds;
  cloud.database.update('skus', { _id: plan.skuId }, { $set: { stock: units, isSoldOut: false } });
  log(
    `• Crowd: ${plan.customers} customers at once over HTTP, ${plan.rounds} rounds (open, add, place, pay)`,
  );
  const report = await runCrowd(cloud, plan);
  const [sku] = cloud.database.find('skus', { _id: plan.skuId });
  const fixed = (ms: number) => ms.toFixed(0).padStart(8);
  log('');
  log(`crowd over HTTP (${plan.customers} at once × ${plan.rounds} rounds)`);
  log(`  orders paid                     ${String(report.ordersPaid).padStart(8)} of ${units}`);
  log(`  failures of any kind            ${String(report.failures.length).padStart(8)}`);
  log(`  stock left (expected 0)         ${String(sku?.stock).padStart(8)}`);
  log(
    `  orders/s                        ${(report.ordersPaid / (report.elapsedMs / 1000)).toFixed(1).padStart(8)}`,
  );
  log(
    `  checkout.place p50 / p95 / p99  ${fixed(percentile(report.placeMs, 50))}${fixed(percentile(report.placeMs, 95))}${fixed(percentile(report.placeMs, 99))} ms`,
  );
  log(
    `  whole rush                      ${fixed(report.elapsedMs)} ms (rounds: ${report.roundMs.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
  );
  for (const failure of [...new Set(report.failures)].slice(0, 5)) log(`  ✗ ${failure}`);
}
