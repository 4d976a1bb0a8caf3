// The envelope every cloud function action answers with, and the one list of error codes.

/** Stable error codes: pages branch on these, never on message text. */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_ACTION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'OUT_OF_STOCK'
  | 'PRICE_CHANGED'
  | 'STORE_CLOSED'
  | 'CHECKOUT_BLOCKED'
  | 'PAYMENT_UNAVAILABLE'
  | 'ORDER_STATE_CONFLICT'
  | 'PAYMENT_FAILED'
  | 'PAYMENT_CANCELLED'
  | 'NETWORK'
  | 'BUSY'
  | 'INTERNAL';

export interface ErrorBody {
  code: ErrorCode;
  /** A sentence a person can act on; never a stack or a database message. */
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** What a page sends to a cloud function: one action and its input. */
export interface ActionEvent<A extends string = string, I = unknown> {
  action: A;
  input: I;
}
