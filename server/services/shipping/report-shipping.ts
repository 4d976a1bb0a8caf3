// Shipping information (发货信息录入): where a store's payment setup holds the money until the fulfilment is
// filed, a completed order is reported once through the platform's API. Each attempt is claimed on the order
// first (pending, with a lease), then accepted, or failed and due again after a backoff; the sweeper files what
// is due until it is accepted. An accepted order is never reported again.
import type { OrderRecord, OrderShippingRecord } from '../../domain/order/order-record';
import { uploadShippingInfo } from '../../gateways/shipping-info-gateway';
import { loadStore } from '../../repositories/catalog-repository';
import {
  claimShippingAttempt,
  markShippingAccepted,
  markShippingFailed,
} from '../../repositories/shipping-status-repository';
import { shippingRequestFor } from './shipping-request';

/** How long an upload under way keeps the sweeper away (ms): longer than an open API call may take. */
const SHIPPING_LEASE_MS = 2 * 60 * 1000;
/** The first retry's delay (ms); each later one doubles, up to SHIPPING_MAX_DELAY_MS. */
const SHIPPING_FIRST_DELAY_MS = 5 * 60 * 1000;
const SHIPPING_MAX_DELAY_MS = 6 * 60 * 60 * 1000;
/** Uploads after which a refused report is left failed, on the order, for the shop to file by hand (about 6 days). */
export const MAX_SHIPPING_ATTEMPTS = 30;

/** Statuses whose money went back: there is nothing to report for them. */
const REFUNDED_STATUSES: ReadonlySet<OrderRecord['status']> = new Set(['REFUNDING', 'REFUNDED']);

/** The wait (ms) before upload `attempts + 1`, after `attempts` refused ones: 5 min, 10, 20… at most 6 hours. */
export function shippingRetryDelayMs(attempts: number): number {
  return Math.min(SHIPPING_FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1), SHIPPING_MAX_DELAY_MS);
}

/**
 * After an order became COMPLETED (picked up, served, delivered): reports it where its store requires shipping
 * information, trying once; a refusal is left for the sweeper. Never throws — completing stands regardless.
 * Answers the shipping status it recorded (undefined when nothing was to report or another call has it).
 */
export async function reportShippingOnFulfil(
  order: OrderRecord,
  nowMs: number,
): Promise<OrderShippingRecord | undefined> {
  try {
    const store = await loadStore(order.storeId);
    if (store?.payment?.shippingInfoRequired !== true) return undefined;
    return await uploadOnce(order, nowMs);
  } catch (error) {
    console.error(`order ${order._id}: shipping information left for the sweeper`, error);
    return undefined;
  }
}

/** The sweeper's retry of a due report: accepted, failed again, or given up (the money went back). */
export async function retryShippingReport(order: OrderRecord, nowMs: number): Promise<'accepted' | 'failed'> {
  const attempts = order.shipping?.attempts ?? 0;
  if (REFUNDED_STATUSES.has(order.status)) {
    const logisticsType = order.shipping?.logisticsType ?? 4;
    await markShippingFailed(
      order._id,
      attempts,
      logisticsType,
      `${order.status}: nothing to ship`,
      nowMs,
      undefined,
    );
    return 'failed';
  }
  const shipping = await uploadOnce(order, nowMs);
  return shipping?.status === 'accepted' ? 'accepted' : 'failed';
}

async function uploadOnce(order: OrderRecord, nowMs: number): Promise<OrderShippingRecord | undefined> {
  if (order.shipping?.status === 'accepted') return order.shipping;
  const request = shippingRequestFor(order, nowMs);
  if (!request) {
    console.error(`order ${order._id}: no recorded payment, so no shipping information to file`);
    return undefined;
  }
  const attempts = (order.shipping?.attempts ?? 0) + 1;
  const { logisticsType } = request;
  if (!(await claimShippingAttempt(order, attempts, logisticsType, nowMs + SHIPPING_LEASE_MS, nowMs))) {
    return undefined;
  }
  const outcome = await uploadShippingInfo(request);
  const doneAtMs = Date.now();
  if (outcome.ok) return markShippingAccepted(order._id, attempts, logisticsType, doneAtMs);
  const reason = `${String(outcome.errcode)} ${outcome.message}`;
  console.error(`order ${order._id}: shipping information refused (attempt ${String(attempts)}): ${reason}`);
  const retryAtMs = attempts < MAX_SHIPPING_ATTEMPTS ? doneAtMs + shippingRetryDelayMs(attempts) : undefined;
  return markShippingFailed(order._id, attempts, logisticsType, reason, doneAtMs, retryAtMs);
}
