// staff.board: a store's orders newest first for any of its active staff, with counts per status for the
// filter badges. Reads only (not audited; a refused read is). Six operations: membership, one page, four counts.
import type { OrderStatus } from '../../../../typings/contracts/order';
import type {
  BoardCountedStatus,
  StaffBoardInput,
  StaffBoardOutput,
} from '../../../../typings/contracts/staff-board';
import { countStoreOrders, listStoreOrders } from '../../../repositories/staff-board-repository';
import type { Caller } from '../../../runtime/router';
import { requireStoreRole } from '../store-access';
import { decodeBoardCursor, encodeBoardCursor } from './board-cursor';
import { toBoardOrder } from './board-view';

/** The statuses the board shows when none are asked for: paid and not yet handed over. */
export const LIVE_STATUSES: readonly OrderStatus[] = ['PAID', 'ACCEPTED', 'READY'];
/** The statuses counted for the filter badges. */
export const COUNTED_STATUSES: readonly BoardCountedStatus[] = ['PAID', 'ACCEPTED', 'READY', 'COMPLETED'];
/** Orders a page. */
export const BOARD_PAGE_SIZE = 20;

/** One page of the store's board; FORBIDDEN (logged) for anyone but its active staff. */
export async function storeBoard(
  input: StaffBoardInput,
  caller: Caller,
  nowMs: number,
): Promise<StaffBoardOutput> {
  await requireStoreRole(input.storeId, 'board', () => true, caller, nowMs);
  const after = input.cursor === undefined ? undefined : decodeBoardCursor(input.cursor);
  const mode = input.mode !== undefined ? { mode: input.mode } : {};
  const statuses = input.statuses && input.statuses.length > 0 ? input.statuses : LIVE_STATUSES;
  const [found, ...counted] = await Promise.all([
    listStoreOrders(
      { storeId: input.storeId, statuses, ...mode },
      { ...(after && { after }), limit: BOARD_PAGE_SIZE + 1 },
    ),
    ...COUNTED_STATUSES.map((status) =>
      countStoreOrders({ storeId: input.storeId, statuses: [status], ...mode }),
    ),
  ]);
  const page = found.slice(0, BOARD_PAGE_SIZE);
  const last = page[page.length - 1];
  const counts = Object.fromEntries(COUNTED_STATUSES.map((status, i) => [status, counted[i] ?? 0]));
  return {
    orders: page.map(toBoardOrder),
    nextCursor: found.length > BOARD_PAGE_SIZE && last ? encodeBoardCursor(last) : null,
    counts: counts as Record<BoardCountedStatus, number>,
  };
}
