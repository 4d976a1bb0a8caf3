// Idempotency keys for staff money actions: one per attempt of one ask, kept until it succeeds, so a retry
// after a lost answer sends the same key and the server refunds once.

const pending = new Map<string, string>();

function freshId(): string {
  const random = Math.random().toString(36).slice(2, 10);
  return `r${Date.now().toString(36)}${random}`.padEnd(16, '0');
}

/** The key of `ask` (e.g. `reject:<orderId>`): the one kept from a failed attempt, or a new one. */
export function requestIdFor(ask: string): string {
  let id = pending.get(ask);
  if (!id) {
    id = freshId();
    pending.set(ask, id);
  }
  return id;
}

/** Forgets the key of an ask that was answered (the next ask of the same kind is a new request). */
export function settleRequest(ask: string): void {
  pending.delete(ask);
}
