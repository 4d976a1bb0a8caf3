// What must hold after every step of the order model, and what must hold once everything due has run.
import type { Trade } from '../../emulator/src';
import { orderIdOfOutTradeNo } from '../../server/domain/order/order-ids';
import { chinaDayKey, formatPickupNumber } from '../../server/domain/pickup-number';
import type { OrderMode } from '../../typings/contracts/order';
import type { TestCloud } from '../support/test-cloud';
import { type ModelRun, storedOrdersOf } from './model-run';

type Doc = Record<string, unknown>;

/** Statuses of an order that was paid and kept (its stock is sold). */
const KEPT = ['PAID', 'ACCEPTED', 'READY', 'COMPLETED'];
/** Statuses an order whose payment succeeded may be in: kept, or on its way to the money going back. */
const PAID_FOR = [...KEPT, 'REFUNDING', 'REFUNDED'];

/** The run's trades in the payment sandbox (every trade the run's orders were given). */
function tradesOf(shop: TestCloud, run: ModelRun): Trade[] {
  return run.orders.flatMap((order) =>
    order.outTradeNos.flatMap((outTradeNo) => shop.cloud.payments.trade(outTradeNo) ?? []),
  );
}

/** Trades whose payment notice is still on its way: held back, or due again later (not acknowledged yet). */
function noticesInFlight(shop: TestCloud): Set<string> {
  const inFlight = new Set(shop.cloud.payments.heldNotices().map((notice) => notice.outTradeNo));
  for (const task of shop.cloud.scheduler.pendingTasks()) {
    const match = /^payment notice (\S+) #/.exec(task.label);
    if (match?.[1]) inFlight.add(match[1]);
  }
  return inFlight;
}

const quantityOf = (order: Doc, skuId: string): number =>
  ((order.reservations as Array<{ skuId: string; quantity: number }> | undefined) ?? [])
    .filter((reservation) => reservation.skuId === skuId)
    .reduce((sum, reservation) => sum + reservation.quantity, 0);

/**
 * The problems with the run as stored now (empty when every invariant holds). `settled`: everything due has
 * run (held notices delivered, expiries, refunds and re-deliveries done), so nothing may still be in flight.
 */
export function invariantProblems(shop: TestCloud, run: ModelRun, settled: boolean): string[] {
  const problems = [...run.illegalTransitions, ...run.unexpectedAnswers];
  const orders = storedOrdersOf(shop, run);
  const orderIds = new Set(orders.map((order) => String(order._id)));
  const byId = new Map(orders.map((order) => [String(order._id), order]));
  const trades = tradesOf(shop, run);
  const refunds = shop.cloud.database.find('refunds', { orderId: { $in: [...orderIds] } });
  const inFlight = noticesInFlight(shop);

  // Stock + held + sold = initial: every unit not on the shelf is in an order that holds or keeps it.
  for (const sku of run.scarce) {
    const [stored] = shop.cloud.database.find('skus', { _id: sku.skuId });
    const shelf = Number(stored?.stock);
    if (!(shelf >= 0)) problems.push(`${sku.skuId}: stock ${String(stored?.stock)}`);
    let out = 0;
    for (const order of orders) {
      const quantity = quantityOf(order, sku.skuId);
      if (quantity === 0 || order.stockReturnedAt !== undefined) continue;
      out += quantity;
      const holds = order.status === 'PENDING_PAYMENT' || order.stockReturnDueAt !== undefined;
      if (!holds && !KEPT.includes(String(order.status)))
        problems.push(`${String(order._id)}: ${String(order.status)} keeps ${quantity} of ${sku.skuId}`);
      if (settled && holds) problems.push(`${String(order._id)}: still holds ${sku.skuId} once settled`);
    }
    if (shelf + out !== sku.initialStock)
      problems.push(`${sku.skuId}: ${shelf} on the shelf + ${out} in orders ≠ ${sku.initialStock}`);
  }

  // Refunds never exceed what was paid: per trade in the sandbox, per order in the books.
  for (const trade of trades) {
    const refunded = trade.refunds.reduce((sum, refund) => sum + refund.refundFee, 0);
    if (refunded > 0 && trade.state !== 'SUCCESS')
      problems.push(`${trade.outTradeNo}: refund of an unpaid trade`);
    if (refunded > trade.totalFee)
      problems.push(`${trade.outTradeNo}: refunded ${refunded} of ${trade.totalFee}`);
  }
  for (const order of orders) {
    const paid = trades
      .filter((trade) => trade.state === 'SUCCESS' && orderIdOfOutTradeNo(trade.outTradeNo) === order._id)
      .reduce((sum, trade) => sum + trade.totalFee, 0);
    const booked = refunds
      .filter((refund) => refund.orderId === order._id)
      .reduce((sum, refund) => sum + Number(refund.amountFen), 0);
    if (booked > paid) problems.push(`${String(order._id)}: refunds ${booked} > paid ${paid}`);
  }

  // Every successful payment ends in an order paid for, its money kept by the order or refunded.
  for (const trade of trades) {
    if (trade.state !== 'SUCCESS' || (!settled && inFlight.has(trade.outTradeNo))) continue;
    const order = byId.get(orderIdOfOutTradeNo(trade.outTradeNo) ?? '');
    const status = String(order?.status);
    const payment = order?.payment as { paidOutTradeNo?: string } | undefined;
    const refund = refunds.find((candidate) => candidate.outTradeNo === trade.outTradeNo);
    if (!PAID_FOR.includes(status)) problems.push(`${trade.outTradeNo}: paid, but its order is ${status}`);
    else if (payment?.paidOutTradeNo !== trade.outTradeNo && !refund)
      problems.push(`${trade.outTradeNo}: paid, neither the order's payment nor refunded`);
    if (settled) problems.push(...settledMoneyProblems(trade, order, refund));
  }

  // Pickup numbers: every kept order has one, and no two orders share one.
  const numbers = new Map<string, string>();
  for (const order of orders) {
    const number = order.pickupNumber as string | undefined;
    if (KEPT.includes(String(order.status)) && number === undefined)
      problems.push(`${String(order._id)}: ${String(order.status)} without a pickup number`);
    if (number === undefined) continue;
    const day = chinaDayKey(new Date(order.paidAt as Date).getTime());
    const other = numbers.get(`${day}/${number}`);
    if (other) problems.push(`${String(order._id)} and ${other} share pickup number ${number}`);
    numbers.set(`${day}/${number}`, String(order._id));
  }

  problems.push(...pickupSequenceProblems(shop, orders, settled));

  if (settled) {
    for (const order of orders) {
      if (order.status === 'PENDING_PAYMENT')
        problems.push(`${String(order._id)}: still unpaid past its expiry`);
      if (order.status === 'REFUNDING') problems.push(`${String(order._id)}: refund never settled`);
    }
  }
  return problems;
}

/** Once settled, a paid trade's money is where the order's status says: kept by it, or all refunded. */
function settledMoneyProblems(trade: Trade, order: Doc | undefined, refund: Doc | undefined): string[] {
  const payment = order?.payment as { paidOutTradeNo?: string } | undefined;
  const keeps = KEPT.includes(String(order?.status)) && payment?.paidOutTradeNo === trade.outTradeNo;
  const refunded = trade.refunds
    .filter((record) => record.status === 'SUCCESS')
    .reduce((sum, record) => sum + record.refundFee, 0);
  if (keeps && refunded !== 0) return [`${trade.outTradeNo}: kept by its order, yet ${refunded} refunded`];
  if (!keeps && refunded !== trade.totalFee)
    return [
      `${trade.outTradeNo}: not kept (${String(order?.status)}), refunded ${refunded} of ${trade.totalFee}`,
    ];
  if (!keeps && refund?.status !== 'SUCCEEDED')
    return [`${trade.outTradeNo}: refund record ${String(refund?.status)}`];
  return [];
}

/**
 * Pickup numbers are gap-free: an order's number is its place in the day's counter, and (once settled) every
 * order the counter holds was given its number — none was taken and left unused.
 */
function pickupSequenceProblems(shop: TestCloud, orders: Doc[], settled: boolean): string[] {
  const problems: string[] = [];
  const places = new Map<string, number>();
  for (const counter of shop.cloud.database.find('counters', {}))
    (counter.holderIds as string[]).forEach((holderId, place) => places.set(holderId, place + 1));
  for (const order of orders) {
    const place = places.get(String(order._id));
    const number = order.pickupNumber as string | undefined;
    const expected = place === undefined ? undefined : formatPickupNumber(order.mode as OrderMode, place);
    if (number !== undefined && number !== expected)
      problems.push(
        `${String(order._id)}: pickup number ${number}, its place in the day gives ${String(expected)}`,
      );
    if (settled && number === undefined && expected !== undefined)
      problems.push(`${String(order._id)}: took pickup number ${expected} and never got it`);
  }
  return problems;
}
