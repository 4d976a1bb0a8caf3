// An order as the board shows it to the store's staff: what to make and for whom, its money and print status.
// A delivery's contact and address appear only masked (the customer's own copies stay encrypted).
import type { BoardOrder } from '../../../../typings/contracts/staff-board';
import type { OrderRecord } from '../../../domain/order/order-record';
import { refundableFen } from '../../../domain/order/refund-plan';

const iso = (at: Date | string | undefined): string | null => (at ? new Date(at).toISOString() : null);

/** The board's view of one order. */
export function toBoardOrder(order: OrderRecord): BoardOrder {
  return {
    id: order._id,
    storeId: order.storeId,
    status: order.status,
    mode: order.mode,
    pickupNumber: order.pickupNumber ?? null,
    table: order.tableName ? { name: order.tableName, nameEn: order.tableNameEn ?? order.tableName } : null,
    lines: order.lines.map((line) => ({
      lineId: line.lineId,
      name: line.name,
      nameEn: line.nameEn,
      specText: line.specText,
      specTextEn: line.specTextEn,
      quantity: line.quantity,
      lineTotalFen: line.lineTotalFen,
    })),
    remark: order.remark ?? '',
    itemsFen: order.breakdown.itemsFen,
    totalFen: order.totalFen,
    refundedFen: order.refundedFen ?? 0,
    refundableFen: refundableFen(order),
    print: order.print ? { status: order.print.status, attempts: order.print.attempts } : null,
    delivery: order.address
      ? {
          contactName: order.address.contactNameMasked,
          phone: order.address.phoneMasked,
          address: order.address.textMasked,
          distanceMetres: order.address.distanceMetres,
        }
      : null,
    createdAt: new Date(order.createdAt).toISOString(),
    paidAt: iso(order.paidAt),
    pickupAt: iso(order.pickupAt),
    cancelReason: order.cancelReason ?? null,
  };
}
