import type { ErrorDetails } from '../../typings/errors';
import type { ErrorBody, ErrorCode } from '../../typings/result';

/** The details argument a code takes: required, optional or none, as typings/errors.ts says. */
export type DetailsArgument<C extends ErrorCode> = [ErrorDetails[C]] extends [never]
  ? []
  : undefined extends ErrorDetails[C]
    ? [details?: Exclude<ErrorDetails[C], undefined>]
    : [details: ErrorDetails[C]];

/** An expected failure with a stable code and the details its code takes; the router answers it as `{ ok: false, error }`. */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly details: ErrorDetails[C] | undefined;

  constructor(
    readonly code: C,
    message: string,
    ...details: DetailsArgument<C>
  ) {
    super(message);
    this.name = 'AppError';
    this.details = details[0];
  }

  /** The error as the client receives it. */
  toBody(): ErrorBody {
    const body = { code: this.code, message: this.message };
    // The constructor accepted details only as typed for this code, so the pair is one ErrorBodyOf<C>.
    return (this.details === undefined ? body : { ...body, details: this.details }) as ErrorBody;
  }
}
