// A test cloud whose functions include `fulfil`: the step staff.complete takes (READY → COMPLETED by the order
// repository's conditional status change) followed by the one line that reports the shipping information;
// and `cancelRacingRefund`, a cancel and a staff partial refund interleaved in the order that races them.
import path from 'node:path';
import { directoryCatalog, inlineCatalog, type FunctionCatalog } from '../../emulator/src';
import { statusChangeFields } from '../../server/domain/order/order-status';
import { findOrder } from '../../server/repositories/order-repository';
import { database, updateCount } from '../../server/runtime/cloud';
import { reportShippingOnFulfil } from '../../server/services/shipping/report-shipping';
import { refundPaidOrder } from '../../server/services/order/close-order';
import { refundOrder } from '../../server/services/staff/refund-order';
import { startTestCloud, type TestCloud } from '../support/test-cloud';

const ROOT = path.resolve(__dirname, '../..');

/** READY → COMPLETED, then the report; answers the shipping status recorded (or null). */
async function fulfil(event: unknown): Promise<unknown> {
  const { orderId } = event as { orderId: string };
  const nowMs = Date.now();
  await updateCount(
    database().collection('orders').where({ _id: orderId, status: 'READY' }),
    statusChangeFields('READY', 'COMPLETED', nowMs),
  );
  const order = await findOrder(orderId);
  if (!order) throw new Error(`no order ${orderId}`);
  return (await reportShippingOnFulfil(order, nowMs)) ?? null;
}

/**
 * A customer's cancel that read the order just before a staff partial refund was claimed on it: the cancel's
 * read, then the staff refund (`amountFen`, by `staffOpenid`), then the cancel's steps on what it read.
 * Answers the cancel's outcome (`changed` when it saw the refund and must decide again).
 */
async function cancelRacingRefund(event: unknown): Promise<unknown> {
  const { orderId, staffOpenid, amountFen } = event as {
    orderId: string;
    staffOpenid: string;
    amountFen: number;
  };
  const read = await findOrder(orderId);
  if (!read?.payment.paidOutTradeNo) throw new Error(`no paid order ${orderId}`);
  const caller = { openid: staffOpenid, source: 'wx_client', context: {} };
  await refundOrder({ orderId, requestId: `race-${orderId}`, reason: 'race', amountFen }, caller, Date.now());
  return refundPaidOrder({
    order: read,
    paidOutTradeNo: read.payment.paidOutTradeNo,
    reason: 'cancelled by the customer',
    requestedBy: read._openid,
    nowMs: Date.now(),
  });
}

/** The project's functions plus `fulfil` and `cancelRacingRefund`, with the staff function's permissions. */
function catalogWithProbes(): FunctionCatalog {
  const project = directoryCatalog(path.join(ROOT, 'cloudfunctions'));
  const probe = inlineCatalog({
    fulfil: { main: fulfil, config: { permissions: { openapi: ['wxa.sec.order.uploadShippingInfo'] } } },
    cancelRacingRefund: { main: cancelRacingRefund },
  });
  const pick = (name: string) => (probe.has(name) ? probe : project);
  return {
    names: () => [...project.names(), ...probe.names()],
    has: (name) => probe.has(name) || project.has(name),
    config: (name) => pick(name).config(name),
    load: (name) => pick(name).load(name),
  };
}

/** A test cloud with the probes (`fulfil`, `cancelRacingRefund`) among its functions. */
export function startProbeCloud(): Promise<TestCloud> {
  return startTestCloud({ functions: catalogWithProbes() });
}

/** Runs `cancelRacingRefund` (see there). */
export function cancelRacingPartialRefund(
  shop: TestCloud,
  orderId: string,
  staffOpenid: string,
  amountFen: number,
): Promise<unknown> {
  return shop.cloud.runner.invoke(
    'cancelRacingRefund',
    { orderId, staffOpenid, amountFen },
    { source: 'wx_client', openid: staffOpenid },
  );
}

/** Runs `fulfil` for one order, as staff.complete will. */
export function fulfilOrder(shop: TestCloud, orderId: string): Promise<unknown> {
  return shop.cloud.runner.invoke('fulfil', { orderId }, { source: 'wx_client', openid: 'o-staff-clerk' });
}
