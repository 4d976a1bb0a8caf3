// Transient database failures — a connection reset or timeout, the platform busy or over its limits, a
// transaction that still conflicted after the SDK's retries — told apart from real ones in one place, and
// retried where a retry is safe, with exponential backoff and full jitter. What a retry cannot fix becomes
// the retryable BUSY, never INTERNAL.
import { AppError } from './app-error';

/** The SDK's errCodes of a platform that is momentarily unable to answer (system error, timeout, limits). */
const TRANSIENT_ERR_CODES: ReadonlySet<number> = new Set([-501001, -501002, -501003, -501004]);
const TRANSIENT_TEXT =
  /ECONNRESET|ECONNREFUSED|ETIMEDOUT|ESOCKETTIMEDOUT|EPIPE|EAI_AGAIN|socket hang up|DATABASE_TRANSACTION_CONFLICT|timed? ?out/i;

/** How a retried operation backs off: attempts in all, and the first and largest wait in ms. */
export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Four tries over at most ~0.3 s: long enough to ride out a reset socket, short enough for a 5 s function. */
export const DATABASE_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 25, maxDelayMs: 200 };

/** True when `error` is a transient platform failure that may succeed if the same request is sent again. */
export function isTransientError(error: unknown): boolean {
  if (error instanceof AppError) return false;
  const { errCode, errMsg, message } = (error ?? {}) as {
    errCode?: unknown;
    errMsg?: unknown;
    message?: unknown;
  };
  if (typeof errCode === 'number' && TRANSIENT_ERR_CODES.has(errCode)) return true;
  return TRANSIENT_TEXT.test(`${String(errMsg ?? '')} ${String(message ?? '')}`);
}

/** The answer to a crowd the platform could not serve now: retryable, says nothing internal. */
export function busyError(): AppError {
  return new AppError('BUSY', 'We are busy right now; please try again in a moment.');
}

/** The wait before retry `retry` (0-based): a random time up to base × 2^retry, capped (full jitter). */
export function backoffDelayMs(
  policy: RetryPolicy,
  retry: number,
  random: () => number = Math.random,
): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `operation`, sending it again after a transient failure (only for operations whose repeat is
 * harmless: reads, and writes whose retry cannot apply twice); after the last attempt, throws BUSY.
 * Any other failure is thrown as it came.
 */
export async function retryTransient<T>(operation: () => Promise<T>, policy = DATABASE_RETRY): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!isTransientError(error)) throw error;
      if (attempt + 1 >= policy.attempts) {
        console.error(`database still failing after ${policy.attempts} attempts; answering BUSY`, error);
        throw busyError();
      }
      await sleep(backoffDelayMs(policy, attempt));
    }
  }
}

/** Runs `operation` once (its repeat might apply twice); a transient failure becomes BUSY. */
export async function busyOnTransient<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!isTransientError(error)) throw error;
    console.error('database failed transiently on a write that is not repeated; answering BUSY', error);
    throw busyError();
  }
}
