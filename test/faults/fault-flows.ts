// The four flows the fault test crashes (place, the payment notice, cancel, expiry), each as: what must be
// true before it (set up without faults), the one invocation that may crash, and the function it runs in.
import { customer, tradeOf } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import type { TestCloud } from '../support/test-cloud';
import type { ModelRun } from '../model/model-run';

/** A flow to crash: `prepare` sets the scene without faults; `act` is the invocation of `functionName`. */
export interface CrashableFlow {
  name: string;
  functionName: string;
  prepare(shop: TestCloud, run: ModelRun): Promise<void>;
  /** Runs the flow once; a crashed instance makes it reject or answer a failure, which is expected. */
  act(shop: TestCloud, run: ModelRun): Promise<void>;
  /**
   * Why some crash of this flow still breaks an invariant, when it does (its crash test is then expected to
   * fail, and starts passing — so must be marked safe again — once the flow is fixed).
   */
  knownUnsafe?: string;
}

const FIVE_MINUTES_MS = 5 * 60_000;
/** The demo store's unpaid orders expire 15 minutes after placing. */
const EXPIRY_MS = 15 * 60_000;

/** Moves the clock to 10 s past the next 5-minute mark, so the timer's sweeps fall at the same moments in every scenario. */
export async function alignClock(shop: TestCloud): Promise<void> {
  const now = shop.clock.now();
  await shop.clock.set(Math.ceil((now + 1) / FIVE_MINUTES_MS) * FIVE_MINUTES_MS + 10_000);
  await shop.cloud.scheduler.idle();
}

const buyerOf = (shop: TestCloud, run: ModelRun) => customer(shop, run.customers[0] ?? '');

/** Two scarce units and an unlimited drink in the first customer's cart. */
async function fillCart(shop: TestCloud, run: ModelRun): Promise<void> {
  const buyer = buyerOf(shop, run);
  for (const productId of [run.scarce[0]?.productId, run.scarce[1]?.productId, 'prod-latte'])
    dataOf(await buyer.add(productId ?? '', 1));
}

/** Places the cart (without faults) and records the order and its trade. */
async function placeCart(shop: TestCloud, run: ModelRun): Promise<string> {
  const placed = dataOf(await buyerOf(shop, run).place());
  const outTradeNo = tradeOf(shop, placed.payment);
  run.orders.push({ orderId: placed.order.id, owner: run.customers[0] ?? '', outTradeNos: [outTradeNo] });
  return outTradeNo;
}

/** Pays the order's trade in the sandbox; its notice reaches `notify` (the invocation that may crash). */
async function payOrder(shop: TestCloud, run: ModelRun): Promise<void> {
  const outTradeNo = run.orders[0]?.outTradeNos[0] ?? '';
  await shop.cloud.payments.pay(outTradeNo, 'success');
  await shop.cloud.scheduler.idle();
}

async function cancelOrder(shop: TestCloud, run: ModelRun): Promise<void> {
  await buyerOf(shop, run).cancel(run.orders[0]?.orderId ?? '');
}

/** The flows, each crashed at every one of its database operations. */
export const CRASHABLE_FLOWS: CrashableFlow[] = [
  {
    name: 'checkout.place',
    functionName: 'checkout',
    prepare: fillCart,
    act: async (shop, run) => {
      await placeCart(shop, run);
    },
  },
  {
    name: 'the payment notice',
    functionName: 'notify',
    prepare: async (shop, run) => {
      await fillCart(shop, run);
      await placeCart(shop, run);
    },
    act: payOrder,
  },
  {
    name: 'order.cancel of an unpaid order',
    functionName: 'order',
    prepare: async (shop, run) => {
      await fillCart(shop, run);
      await placeCart(shop, run);
    },
    act: cancelOrder,
  },
  {
    name: 'order.cancel of a paid order (refund)',
    functionName: 'order',
    prepare: async (shop, run) => {
      await fillCart(shop, run);
      await placeCart(shop, run);
      await payOrder(shop, run);
    },
    act: cancelOrder,
  },
  {
    name: "expiry (the order's delayed task)",
    functionName: 'sweeper',
    prepare: async (shop, run) => {
      await fillCart(shop, run);
      await placeCart(shop, run);
      await shop.clock.advance(EXPIRY_MS + 2_000); // just before its delayed task (expiry + 5 s)
    },
    act: async (shop) => {
      await shop.clock.advance(4_000);
      await shop.cloud.scheduler.idle();
    },
  },
];
