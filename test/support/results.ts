// Reading a function's Result in a test: the data when it succeeded, a failure naming the error otherwise.
import type { Result } from '../../typings/result';

/** The data of a successful Result; fails the test with the error otherwise. */
export function dataOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}
