// Contract of the `staff` cloud function: what the shop's staff do to orders. Each action checks the caller's
// role in the staff collection (FORBIDDEN and nothing written otherwise).
import type { ActionContract } from './index';
import type { OrderStatus } from './order';
import type { StaffPrintContracts } from './staff-print';
import type { StaffFiguresInput, StaffFiguresOutput } from './staff-figures';
import type { StaffMenuContracts } from './staff-menu';
import type { StaffRoleContracts } from './staff-roles';
import type { StaffBoardContracts } from './staff-board';
import type { StaffSettingsContracts } from './staff-settings';
import type { StaffInvoiceContracts } from './invoice';

/** One order of the caller's store. */
export interface StaffOrderInput {
  orderId: string;
}

/** The order's status after the action (the same answer when repeated). */
export interface StaffOrderOutput {
  orderId: string;
  status: OrderStatus;
}

/** The staff actions so far: accept a paid order, mark an accepted one ready (the customer is told). */
export interface StaffContracts
  extends
    StaffPrintContracts,
    StaffRoleContracts,
    StaffBoardContracts,
    StaffMenuContracts,
    StaffSettingsContracts,
    StaffInvoiceContracts {
  accept: ActionContract<StaffOrderInput, StaffOrderOutput>;
  markReady: ActionContract<StaffOrderInput, StaffOrderOutput>;
  figures: ActionContract<StaffFiguresInput, StaffFiguresOutput>;
  refund: ActionContract<StaffRefundInput, StaffRefundOutput>;
}

/** staff.refund: everything left (neither amount nor lines), an amount, or lines (not-made ones give stock back). */
export interface StaffRefundInput {
  orderId: string;
  /** The client's idempotency key: the same one always names the same refund. */
  requestId: string;
  amountFen?: number;
  lines?: Array<{ lineId: string; quantity: number; notMade?: boolean }>;
  reason: string;
}

/** The refund this request took, and the order's money and status after it. */
export interface StaffRefundOutput {
  orderId: string;
  outRefundNo: string;
  amountFen: number;
  refundStatus: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  status: OrderStatus;
  refundedFen: number;
  refundableFen: number;
}
