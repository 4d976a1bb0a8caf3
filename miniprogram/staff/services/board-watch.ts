// The store's live orders followed with watch(): the orders rule lets an active member of the order's store read
// it (a get() on their staff record), and the query names the store as that rule requires. Each change says
// which paid orders are new since the watch started, so the board rings once per new order.
import type { OrderStatus } from '../../../typings/contracts/order';

/** The statuses the board follows live. */
export const LIVE_STATUSES: readonly OrderStatus[] = ['PAID', 'ACCEPTED', 'READY'];

/** One change: the paid orders not seen before (none on the first snapshot). */
export interface BoardChange {
  isFirst: boolean;
  newPaidIds: string[];
}

/** A live board; close() stops it (the page's onUnload / onHide). */
export interface BoardWatch {
  close(): void;
}

/** Starts following `storeId`'s live orders: `onChange` per snapshot, `onError` once if the watch stops. */
export function watchBoard(
  storeId: string,
  onChange: (change: BoardChange) => void,
  onError: (error: unknown) => void,
): BoardWatch {
  const db = wx.cloud.database();
  const seenPaid = new Set<string>();
  let isFirst = true;
  const listener = db
    .collection('orders')
    .where({ storeId, status: db.command.in([...LIVE_STATUSES]) })
    .watch({
      onChange: (snapshot) => {
        const docs = snapshot.docs as Array<{ _id?: unknown; status?: unknown }>;
        const newPaidIds: string[] = [];
        for (const doc of docs) {
          if (doc.status !== 'PAID' || typeof doc._id !== 'string' || seenPaid.has(doc._id)) continue;
          seenPaid.add(doc._id);
          if (!isFirst) newPaidIds.push(doc._id);
        }
        onChange({ isFirst, newPaidIds });
        isFirst = false;
      },
      onError,
    });
  return { close: () => void listener.close().catch(() => undefined) };
}
