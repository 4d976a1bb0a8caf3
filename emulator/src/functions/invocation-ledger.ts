// Which invocations may still reach the local cloud: each running call's database operations are counted,
// and a call that timed out or whose instance was made to die (an injected fault) is refused from then on.
import { CloudError, WireCode } from '../errors';
import type { AdminRequest } from '../http/protocol';

/** How a finished invocation ended: answered, threw, ran out of time, or its instance died (injected). */
export type InvocationOutcome = 'ok' | 'error' | 'timeout' | 'crashed';

/** One running invocation as the ledger tracks it. */
export interface LiveInvocation {
  readonly id: string;
  readonly functionName: string;
  /** Database operations (`database.*` actions) applied so far. */
  readonly databaseOperations: number;
  /** Rejects when an injected fault kills the instance; never resolves. */
  readonly died: Promise<never>;
  /** Whether an injected fault killed it. */
  readonly crashed: boolean;
}

interface Running {
  id: string;
  functionName: string;
  databaseOperations: number;
  /** Operations the instance may apply before it dies; undefined when no fault is armed. */
  operationsBeforeCrash: number | undefined;
  crashed: boolean;
  kill(error: CloudError): void;
}

/** Ended invocations remembered so that their late requests stay refused (oldest forgotten first). */
const MAX_REMEMBERED_ENDED = 10_000;

/**
 * The runner's record of invocations. `admit` is the gate every `/admin` request passes: a request from
 * an invocation that was cut (timed out, or killed by an armed crash) is refused before anything of it is
 * applied, and the request that reaches an armed crash point is refused and ends the invocation.
 */
export class InvocationLedger {
  private readonly running = new Map<string, Running>();
  private readonly ended = new Map<string, string>();
  /** functionName → database operations the next invocation may apply before its instance dies. */
  private readonly armedCrashes = new Map<string, number>();

  /** The next invocation of `functionName` dies when it attempts database operation `operations + 1`. */
  armCrash(functionName: string, operations: number): void {
    if (!Number.isInteger(operations) || operations < 0)
      throw new Error(`crashAfter: operations must be a whole number ≥ 0, got ${operations}`);
    this.armedCrashes.set(functionName, operations);
  }

  /** Disarms every crash not yet sprung. */
  disarmAll(): void {
    this.armedCrashes.clear();
  }

  /** Starts tracking an invocation; it takes the crash armed for its function, if any. */
  begin(id: string, functionName: string): LiveInvocation {
    let kill: (error: CloudError) => void = () => undefined;
    const died = new Promise<never>((_, reject) => {
      kill = reject;
    });
    died.catch(() => undefined); // observed by the runner's race; never an unhandled rejection
    const operationsBeforeCrash = this.armedCrashes.get(functionName);
    this.armedCrashes.delete(functionName);
    const entry: Running = {
      id,
      functionName,
      databaseOperations: 0,
      operationsBeforeCrash,
      crashed: false,
      kill: (error) => kill(error),
    };
    this.running.set(id, entry);
    return {
      id,
      functionName,
      died,
      get databaseOperations() {
        return entry.databaseOperations;
      },
      get crashed() {
        return entry.crashed;
      },
    };
  }

  /** From now on every request of invocation `id` is refused (its timeout fired, or it crashed). */
  cut(id: string, why: string): void {
    this.running.delete(id);
    this.ended.set(id, why);
    if (this.ended.size > MAX_REMEMBERED_ENDED) {
      const oldest = this.ended.keys().next().value;
      if (oldest !== undefined) this.ended.delete(oldest);
    }
  }

  /** Stops tracking an invocation that answered (its later requests, if any, are let through). */
  finish(id: string): void {
    this.running.delete(id);
  }

  /** Throws a CloudError when `request` must not be applied; counts the database operations let through. */
  admit(request: AdminRequest): void {
    const id = request.caller.invocationId;
    if (!id) return;
    const why = this.ended.get(id);
    if (why !== undefined) {
      throw new CloudError(WireCode.FUNCTION_ERROR, `invocation ${id} has ended (${why}): request refused`);
    }
    const entry = this.running.get(id);
    if (!entry || !request.action.startsWith('database.')) return;
    if (
      entry.operationsBeforeCrash !== undefined &&
      entry.databaseOperations >= entry.operationsBeforeCrash
    ) {
      const why = `its instance died after ${entry.databaseOperations} database operations (injected fault)`;
      entry.crashed = true;
      this.cut(id, why);
      entry.kill(new CloudError(WireCode.FUNCTION_ERROR, `function ${entry.functionName} failed: ${why}`));
      throw new CloudError(WireCode.FUNCTION_ERROR, `invocation ${id} has ended (${why}): request refused`);
    }
    entry.databaseOperations += 1;
  }
}
