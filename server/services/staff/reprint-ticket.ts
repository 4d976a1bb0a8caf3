// staff.reprint: the kitchen ticket of an order the shop has taken on, printed again for any active staff
// member of its store. A failed print is recorded on the order and answered (the sweeper retries it).
import type { StaffOrderInput } from '../../../typings/contracts/staff';
import type { StaffReprintOutput } from '../../../typings/contracts/staff-print';
import type { OrderStatus } from '../../../typings/contracts/order';
import { appendAudit } from '../../repositories/audit-repository';
import { loadStore } from '../../repositories/catalog-repository';
import { findOrder } from '../../repositories/order-repository';
import { AppError } from '../../runtime/app-error';
import type { Caller } from '../../runtime/router';
import { printKitchenTicket } from '../printing/print-ticket';
import { requireStaffRole } from './staff-access';

/** Orders whose ticket the kitchen may need: taken on and not yet handed over or ended. */
const REPRINTABLE: readonly OrderStatus[] = ['ACCEPTED', 'READY', 'COMPLETED'];

/** Prints the order's ticket again; its print status (FORBIDDEN, logged, for anyone but the store's staff). */
export async function reprintTicket(
  input: StaffOrderInput,
  caller: Caller,
  nowMs: number,
): Promise<StaffReprintOutput> {
  const order = await findOrder(input.orderId);
  if (!order) throw new AppError('NOT_FOUND', 'No such order.', { field: 'orderId' });
  const member = await requireStaffRole(order, 'reprint', () => true, caller, nowMs);
  if (!REPRINTABLE.includes(order.status)) {
    throw new AppError('ORDER_STATE_CONFLICT', `An order that is ${order.status} has no ticket to print.`, {
      status: order.status,
    });
  }
  const store = await loadStore(order.storeId);
  const print = store ? await printKitchenTicket(order, store, nowMs) : undefined;
  if (!print) throw new AppError('NOT_FOUND', 'This store has no printer.', { field: 'printer' });
  await appendAudit(
    {
      storeId: order.storeId,
      actorOpenid: member._openid,
      actorRole: member.role,
      action: 'staff.reprint',
      targetCollection: 'orders',
      targetId: order._id,
      before: order.print ? { print: order.print.status } : null,
      after: { print: print.status, attempts: print.attempts },
      source: caller.source,
    },
    nowMs,
  ).catch((error: unknown) =>
    console.error(`order ${order._id}: the audit entry of staff.reprint was not written`, error),
  );
  return {
    orderId: order._id,
    print: {
      status: print.status,
      attempts: print.attempts,
      ...(print.jobId !== undefined && { jobId: print.jobId }),
    },
  };
}
