// Contract of the `staff` cloud function: what the shop's staff do to orders. Each action checks the caller's
// role in the staff collection (FORBIDDEN and nothing written otherwise).
import type { ActionContract } from './index';
import type { OrderStatus } from './order';
import type { StaffPrintContracts } from './staff-print';
import type { StaffFiguresInput, StaffFiguresOutput } from './staff-figures';
import type { StaffRoleContracts } from './staff-roles';

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
export interface StaffContracts extends StaffPrintContracts, StaffRoleContracts {
  accept: ActionContract<StaffOrderInput, StaffOrderOutput>;
  markReady: ActionContract<StaffOrderInput, StaffOrderOutput>;
  figures: ActionContract<StaffFiguresInput, StaffFiguresOutput>;
}
