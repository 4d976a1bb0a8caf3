// The one error type of the deploy scripts: a mistake in how a script was called or configured.

/** A problem the person running a deploy script can fix; its message is printed as is, without a stack. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
