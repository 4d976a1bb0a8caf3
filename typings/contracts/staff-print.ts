// Contract of `staff.reprint`: print an order's kitchen ticket again on the store's printer.
import type { ActionContract } from './index';
import type { StaffOrderInput } from './staff';

/** Where the kitchen ticket stands after the call: printed (job id), or failed and retried by the sweeper. */
export interface StaffPrintView {
  status: 'pending' | 'printed' | 'failed';
  attempts: number;
  jobId?: string;
}

/** The order and its ticket's print status. */
export interface StaffReprintOutput {
  orderId: string;
  print: StaffPrintView;
}

/** The printing actions of the `staff` function. */
export interface StaffPrintContracts {
  reprint: ActionContract<StaffOrderInput, StaffReprintOutput>;
}
