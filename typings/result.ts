// The envelope every cloud function action answers with, and the one list of error codes.
import type { ErrorDetails } from './errors';

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
  | 'INTERNAL'
  | 'STORE_BUSY';

/** The error body of one code: `details` required, optional or absent as ErrorDetails says for that code. */
export type ErrorBodyOf<C extends ErrorCode> = {
  code: C;
  /** A sentence a person can act on; never a stack or a database message. */
  message: string;
} & ([ErrorDetails[C]] extends [never]
  ? { details?: never }
  : undefined extends ErrorDetails[C]
    ? { details?: Exclude<ErrorDetails[C], undefined> }
    : { details: ErrorDetails[C] });

/** A failed answer's body: a union discriminated on `code`, each with its own `details`. */
export type ErrorBody = { [C in ErrorCode]: ErrorBodyOf<C> }[ErrorCode];

/** A failed answer. */
export type Failure = { ok: false; error: ErrorBody };

/** Every action's answer: its data, or an error whose details are typed by its code. */
export type Result<T> = { ok: true; data: T } | Failure;

/** What a page sends to a cloud function: one action and its input. */
export interface ActionEvent<A extends string = string, I = unknown> {
  action: A;
  input: I;
}
