// Test controls that make a function's instance die part-way, and the per-invocation operation counts to aim them.
import type { FunctionRunner, InvocationRecord } from './runner';

/** Finished invocations kept for `invocations()`, most recent last. */
const HISTORY_LIMIT = 1000;

/** Faults a test injects into function invocations (`cloud.faults`). */
export interface FaultControls {
  /**
   * The next invocation of `functionName` dies as a crashed instance would after `operations` database
   * operations: those are applied, its next database request is refused and ends the invocation (the caller
   * gets `FUNCTIONS_EXECUTE_FAIL`, errCode -504002), and no request it sends after that is applied, even one
   * already on its way. An invocation that does no more than `operations` operations is not affected.
   */
  crashAfter(plan: { functionName: string; operations: number }): void;
  /** Disarms every crash not yet sprung. */
  clear(): void;
  /** Finished invocations (at most the last 1000), oldest first, optionally of one function only. */
  invocations(functionName?: string): InvocationRecord[];
  /** The most recently finished invocation of `functionName`, with its database operations and outcome. */
  lastInvocation(functionName: string): InvocationRecord | undefined;
}

/** The fault controls of `runner`, recording every invocation it finishes from now on. */
export function faultControls(runner: FunctionRunner): FaultControls {
  const history: InvocationRecord[] = [];
  runner.onInvocation((record) => {
    history.push(record);
    if (history.length > HISTORY_LIMIT) history.shift();
  });
  const of = (functionName?: string) =>
    functionName === undefined ? [...history] : history.filter((r) => r.functionName === functionName);
  return {
    crashAfter: ({ functionName, operations }) => runner.invocations.armCrash(functionName, operations),
    clear: () => runner.invocations.disarmAll(),
    invocations: of,
    lastInvocation: (functionName) => of(functionName).at(-1),
  };
}
