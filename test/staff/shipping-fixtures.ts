// A test cloud whose functions include `fulfil`: the step staff.complete takes (READY → COMPLETED by the order
// repository's conditional status change) followed by the one line that reports the shipping information.
import path from 'node:path';
import { directoryCatalog, inlineCatalog, type FunctionCatalog } from '../../emulator/src';
import { statusChangeFields } from '../../server/domain/order/order-status';
import { findOrder } from '../../server/repositories/order-repository';
import { database, updateCount } from '../../server/runtime/cloud';
import { reportShippingOnFulfil } from '../../server/services/shipping/report-shipping';
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

/** The project's functions plus `fulfil`, with the staff function's open API permission. */
function catalogWithFulfil(): FunctionCatalog {
  const project = directoryCatalog(path.join(ROOT, 'cloudfunctions'));
  const probe = inlineCatalog({
    fulfil: { main: fulfil, config: { permissions: { openapi: ['wxa.sec.order.uploadShippingInfo'] } } },
  });
  const pick = (name: string) => (probe.has(name) ? probe : project);
  return {
    names: () => [...project.names(), ...probe.names()],
    has: (name) => probe.has(name) || project.has(name),
    config: (name) => pick(name).config(name),
    load: (name) => pick(name).load(name),
  };
}

/** A test cloud with `fulfil` among its functions. */
export function startShippingCloud(): Promise<TestCloud> {
  return startTestCloud({ functions: catalogWithFulfil() });
}

/** Runs `fulfil` for one order, as staff.complete will. */
export function fulfilOrder(shop: TestCloud, orderId: string): Promise<unknown> {
  return shop.cloud.runner.invoke('fulfil', { orderId }, { source: 'wx_client', openid: 'o-staff-clerk' });
}
