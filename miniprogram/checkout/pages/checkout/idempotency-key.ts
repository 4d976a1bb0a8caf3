// One key per checkout screen: a retried or double-tapped placement sends it again, so one order is made.

/** A fresh key: time and randomness in base 36, `[a-z0-9]`, 8–64 characters as the server asks. */
export function newIdempotencyKey(nowMs: number = Date.now()): string {
  const random = () =>
    Math.floor(Math.random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0');
  return `ck${nowMs.toString(36)}${random()}${random()}`;
}
