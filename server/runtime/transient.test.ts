import { AppError } from './app-error';
import { backoffDelayMs, DATABASE_RETRY, isTransientError } from './transient';

test('resets, timeouts, platform limits and lasting transaction conflicts are transient; the rest are not', () => {
  const sdkError = (errCode: number, errMsg: string) => Object.assign(new Error(errMsg), { errCode, errMsg });
  expect(
    isTransientError(
      sdkError(-501001, 'collection.update:fail -501001 resource system error. read ECONNRESET'),
    ),
  ).toBe(true);
  expect(isTransientError(sdkError(-501002, 'resource server timeout'))).toBe(true);
  expect(isTransientError(sdkError(-1, 'runTransaction:fail DATABASE_TRANSACTION_CONFLICT'))).toBe(true);
  expect(isTransientError(new Error('socket hang up'))).toBe(true);
  expect(isTransientError(sdkError(-502001, 'E11000 duplicate key error'))).toBe(false);
  expect(isTransientError(sdkError(-502005, 'database collection not exists'))).toBe(false);
  expect(isTransientError(new AppError('BUSY', 'timed out'))).toBe(false);
  expect(isTransientError(undefined)).toBe(false);
});

test('backoff waits a random time up to base × 2^retry, never past the cap', () => {
  expect(backoffDelayMs(DATABASE_RETRY, 0, () => 0.999)).toBeLessThan(DATABASE_RETRY.baseDelayMs);
  expect(backoffDelayMs(DATABASE_RETRY, 2, () => 0.5)).toBe(Math.floor(0.5 * DATABASE_RETRY.baseDelayMs * 4));
  expect(backoffDelayMs(DATABASE_RETRY, 20, () => 0.999)).toBeLessThan(DATABASE_RETRY.maxDelayMs);
  expect(backoffDelayMs(DATABASE_RETRY, 3, () => 0)).toBe(0);
});
