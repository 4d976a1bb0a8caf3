// The caller's own order document followed live. The orders rule lets an owner read only their own, so the
// query names `_openid: '{openid}'` (the platform fills in the caller) beside the id, as watch under rules requires.

/** What a change says: the status the document holds now (undefined when the order is not readable). */
export interface OrderChange {
  isFirst: boolean;
  status: string | undefined;
}

/** A live order; close() stops it (the page's onUnload). */
export interface OrderWatch {
  close(): void;
}

/** Starts following order `orderId`: `onChange` per snapshot (the first one too), `onError` once if it stops. */
export function watchOrder(
  orderId: string,
  onChange: (change: OrderChange) => void,
  onError: (error: unknown) => void,
): OrderWatch {
  const query = wx.cloud.database().collection('orders').where({ _id: orderId, _openid: '{openid}' });
  const listener = query.watch({
    onChange: (snapshot) => {
      const doc = (snapshot.docs as Array<{ status?: unknown }>)[0];
      onChange({
        isFirst: snapshot.type === 'init',
        status: typeof doc?.status === 'string' ? doc.status : undefined,
      });
    },
    onError,
  });
  return {
    close: () => void listener.close().catch(() => undefined),
  };
}
