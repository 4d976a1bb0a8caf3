// What a confirmed payment does to its order, whoever learnt of it (the payment notice, or a closeOrder /
// queryOrder that found the trade paid). Idempotent: the status change is the guard, so any number of
// deliveries, concurrent or late, change the order once.
import type { OrderMode, OrderStatus } from '../../../typings/contracts/order';
import { orderIdOfOutTradeNo } from '../../domain/order/order-ids';
import { chinaDayKey, chinaDayPeriod, formatPickupNumber, pickupCounterId } from '../../domain/pickup-number';
import { claimSequenceNumber } from '../../repositories/counter-repository';
import type { OrderRecord } from '../../domain/order/order-record';
import {
  findOrder,
  markClosedOrderPaidForRefund,
  markOrderPaid,
  setPickupNumber,
} from '../../repositories/order-repository';
import type { PaymentAttach } from './payment-sheet';
import { runSteps, step } from '../../runtime/workflow';
import { requestRefund, SYSTEM_REQUESTER } from './refund-service';

/** A trade the payment platform confirmed paid. Money in fen. */
export interface PaidTrade {
  outTradeNo: string;
  transactionId: string;
  totalFee: number;
  subMchId: string;
  /** What the order's trade was created with (storeId and mode), when the source carries it. */
  attach?: string;
}

/** What a confirmed payment did. */
export type SettlementOutcome =
  | 'paid' // the order is now PAID and numbered
  | 'repeat' // this payment was applied before
  | 'numbering_pending' // applied before, and its first delivery may still be numbering the order
  | 'refunding' // the order had closed; the payment is being refunded
  | 'duplicate_refunded' // the order was already paid by another trade; this one is refunded
  | 'mismatch' // amount or merchant differ from the order: nothing changed
  | 'unknown_order'; // not one of our trades, or no such order

const PAID_STATUSES: readonly OrderStatus[] = ['PAID', 'ACCEPTED', 'READY', 'COMPLETED'];
const MODES: readonly OrderMode[] = ['dine_in', 'pickup', 'delivery'];
/** Longer than any delivery can run (the notify function's timeout): after it, a paid order without a number stalled. */
const NUMBERING_GRACE_MS = 60 * 1000;

/** What the settling steps share. */
interface Settling {
  orderId: string;
  trade: PaidTrade;
  nowMs: number;
}

/** The order was not PENDING_PAYMENT with this amount and merchant: decide from what it is (settleAgainst). */
class NotTheFirstDelivery extends Error {
  constructor() {
    super('the order was not paid by this delivery');
    this.name = 'NotTheFirstDelivery';
  }
}

/** Settling a payment's first delivery. No undo: a confirmed payment is a fact, and a delivery that stops
 * after marking the order paid is finished by a later delivery of the same notice (it numbers the order). */
const SETTLE_STEPS = [
  step<Settling>('mark the order paid, amount and merchant checked', async ({ orderId, trade, nowMs }) => {
    if (!(await markOrderPaid(orderId, trade, nowMs))) throw new NotTheFirstDelivery();
  }),
  step<Settling>("give it the day's pickup number", async ({ orderId, trade, nowMs }) => {
    const hint = attachOf(trade.attach) ?? (await findOrder(orderId));
    if (hint) await numberPaidOrder(orderId, hint, nowMs);
  }),
];

/**
 * Applies a confirmed payment. Common path, four operations: the conditional PENDING_PAYMENT → PAID
 * (amount and merchant checked in the same update), two for the day's pickup counter, one to number the order.
 */
export async function settlePaidTrade(trade: PaidTrade, nowMs: number): Promise<SettlementOutcome> {
  const orderId = orderIdOfOutTradeNo(trade.outTradeNo);
  if (!orderId) {
    console.error(`payment ${trade.outTradeNo} is not one of our trades`);
    return 'unknown_order';
  }
  try {
    await runSteps(`settling ${trade.outTradeNo}`, SETTLE_STEPS, { orderId, trade, nowMs });
    return 'paid';
  } catch (error) {
    if (!(error instanceof NotTheFirstDelivery)) throw error;
  }
  const order = await findOrder(orderId);
  if (!order) {
    console.error(`payment ${trade.outTradeNo}: no order ${orderId}`);
    return 'unknown_order';
  }
  return settleAgainst(order, trade, nowMs);
}

async function settleAgainst(
  order: OrderRecord,
  trade: PaidTrade,
  nowMs: number,
  isReread = false,
): Promise<SettlementOutcome> {
  if (order.payment.paidOutTradeNo === trade.outTradeNo) {
    // A repeat. An order paid but not numbered is either being numbered by the first delivery right
    // now (then this repeat must not number it again: ask for a later delivery) or that delivery
    // stopped half-way long ago (then finish its work).
    if (!PAID_STATUSES.includes(order.status) || order.pickupNumber !== undefined) return 'repeat';
    const paidAtMs = order.paidAt ? new Date(order.paidAt).getTime() : nowMs;
    if (nowMs - paidAtMs <= NUMBERING_GRACE_MS) return 'numbering_pending';
    await numberPaidOrder(order._id, order, nowMs);
    return 'repeat';
  }
  const refund = {
    order,
    outTradeNo: trade.outTradeNo,
    amountFen: trade.totalFee,
    requestedBy: SYSTEM_REQUESTER,
  };
  switch (order.status) {
    case 'PENDING_PAYMENT':
      console.error(
        `payment ${trade.outTradeNo} does not match order ${order._id}: paid ${trade.totalFee} fen to ${trade.subMchId}, ` +
          `order is ${order.totalFen} fen to ${order.payment.subMchId}; nothing changed`,
      );
      return 'mismatch';
    case 'EXPIRED':
    case 'CANCELLED':
      // Paid after the order closed (its stock is already back): refund the whole payment.
      if (await markClosedOrderPaidForRefund(order._id, order.status, trade, nowMs)) {
        await requestRefund(
          { ...refund, scope: 'order', reason: `paid after the order was ${order.status.toLowerCase()}` },
          nowMs,
        );
        return 'refunding';
      }
      // Another delivery changed the order first: decide again from what it is now (once).
      if (isReread) return 'refunding';
      return settleAgainst((await findOrder(order._id)) ?? order, trade, nowMs, true);
    default:
      // The order was already paid through another attempt: this second payment goes back.
      await requestRefund(
        { ...refund, scope: 'duplicate_payment', reason: 'the order was already paid' },
        nowMs,
      );
      return 'duplicate_refunded';
  }
}

/** Gives a paid order the day's next pickup number for its store (China day of the payment). */
async function numberPaidOrder(
  orderId: string,
  order: { storeId: string; mode: OrderMode },
  nowMs: number,
): Promise<void> {
  const dayKey = chinaDayKey(nowMs);
  const sequence = await claimSequenceNumber({
    id: pickupCounterId(order.storeId, dayKey),
    storeId: order.storeId,
    name: 'pickup_number',
    period: chinaDayPeriod(nowMs),
    holderId: orderId,
    nowMs,
  });
  await setPickupNumber(orderId, formatPickupNumber(order.mode, sequence));
}

function attachOf(attach: string | undefined): PaymentAttach | undefined {
  if (attach === undefined) return undefined;
  try {
    const value = JSON.parse(attach) as Partial<PaymentAttach>;
    if (typeof value.storeId === 'string' && MODES.includes(value.mode as OrderMode)) {
      return { storeId: value.storeId, mode: value.mode as OrderMode };
    }
  } catch {
    // not ours: fall back to reading the order
  }
  return undefined;
}
