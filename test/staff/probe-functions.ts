// A test cloud whose functions include `cancelRacingRefund`, a cancel and a staff partial refund interleaved in
// the order that races them; and `fulfilOrder`, the clerk's real staff.complete with the shipping it recorded.
import path from 'node:path';
import { directoryCatalog, inlineCatalog, type FunctionCatalog } from '../../emulator/src';
import { findOrder } from '../../server/repositories/order-repository';
import { refundPaidOrder } from '../../server/services/order/close-order';
import { refundOrder } from '../../server/services/staff/refund-order';
import { storedOrder } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { startTestCloud, type TestCloud } from '../support/test-cloud';

const ROOT = path.resolve(__dirname, '../..');

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

/** The project's functions plus `cancelRacingRefund`. */
function catalogWithProbes(): FunctionCatalog {
  const project = directoryCatalog(path.join(ROOT, 'cloudfunctions'));
  const probe = inlineCatalog({
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

/** A test cloud with the probe `cancelRacingRefund` among its functions. */
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

/** The clerk completes a READY order (staff.complete); answers the shipping status it recorded (or null). */
export async function fulfilOrder(shop: TestCloud, orderId: string): Promise<unknown> {
  dataOf(await shop.call('staff', 'complete', { orderId }, 'o-staff-clerk'));
  return storedOrder(shop, orderId).shipping ?? null;
}
