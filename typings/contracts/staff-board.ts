// Contract of the `staff` function's board actions: who I am in which store, the store's live orders, and the
// steps the board adds (reject with a refund, complete). Each checks the caller's role in the staff collection.
import type { ActionContract } from './index';
import type { OrderMode, OrderStatus } from './order';
import type { StaffRoleName } from './staff-roles';

/** One store the caller works at (active memberships only). */
export interface StaffMembership {
  storeId: string;
  storeName: string;
  storeNameEn: string;
  role: StaffRoleName;
  displayName: string;
}

/** `me`: the caller's memberships; empty for a customer (not FORBIDDEN). */
export interface StaffMeOutput {
  memberships: StaffMembership[];
}

/** `board`: one store's orders, optionally only some statuses and one mode, a page at a time. */
export interface StaffBoardInput {
  storeId: string;
  /** Default: the live ones, PAID, ACCEPTED and READY. */
  statuses?: OrderStatus[];
  mode?: OrderMode;
  /** Opaque cursor from the previous page. */
  cursor?: string;
}

/** One line as the board shows it. */
export interface BoardOrderLine {
  lineId: string;
  name: string;
  nameEn: string;
  specText: string;
  specTextEn: string;
  quantity: number;
  lineTotalFen: number;
}

/** The kitchen ticket's print, as the board shows it (a failed one gets a reprint button). */
export interface BoardPrint {
  status: 'pending' | 'printed' | 'failed';
  attempts: number;
}

/** One order on the board; a delivery's contact only masked. */
export interface BoardOrder {
  id: string;
  storeId: string;
  status: OrderStatus;
  mode: OrderMode;
  pickupNumber: string | null;
  table: { name: string; nameEn: string } | null;
  lines: BoardOrderLine[];
  remark: string;
  itemsFen: number;
  totalFen: number;
  refundedFen: number;
  /** Fen still refundable (total minus what refunds already asked back). */
  refundableFen: number;
  print: BoardPrint | null;
  delivery: { contactName: string; phone: string; address: string; distanceMetres: number } | null;
  /** ISO times. */
  createdAt: string;
  paidAt: string | null;
  pickupAt: string | null;
  cancelReason: string | null;
}

/** The statuses the board counts for its filter badges. */
export type BoardCountedStatus = 'PAID' | 'ACCEPTED' | 'READY' | 'COMPLETED';

/** `board`: one page newest first, the next page's cursor (null on the last), counts per status (the mode filter applies). */
export interface StaffBoardOutput {
  orders: BoardOrder[];
  nextCursor: string | null;
  counts: Record<BoardCountedStatus, number>;
}

/** `reject`: decline a paid (or accepted) order; its whole payment goes back. */
export interface StaffRejectInput {
  orderId: string;
  /** The client's idempotency key for the refund: a retry reuses it and refunds once. */
  requestId: string;
  /** Shown to the customer; 1–60 characters. */
  reason: string;
}

/** The order after the rejection: REFUNDING until the refund settles, then REFUNDED. */
export interface StaffRejectOutput {
  orderId: string;
  status: OrderStatus;
  outRefundNo: string;
  amountFen: number;
}

/** `order`: one order of a store the caller works at, as the board shows it. */
export interface StaffOrderDetailInput {
  orderId: string;
}

/** The board's actions. */
export interface StaffBoardContracts {
  me: ActionContract<Record<string, never>, StaffMeOutput>;
  board: ActionContract<StaffBoardInput, StaffBoardOutput>;
  order: ActionContract<StaffOrderDetailInput, BoardOrder>;
  reject: ActionContract<StaffRejectInput, StaffRejectOutput>;
  complete: ActionContract<{ orderId: string }, { orderId: string; status: OrderStatus }>;
}
