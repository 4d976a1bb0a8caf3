// The model-based randomized test of the order life cycle: fast-check draws sequences of steps, each run
// plays one against the real functions on a local cloud, and the invariants are checked after every step
// and once everything due has run. A seed replays the same sequences; a failure names its seed and path.
import fc from 'fast-check';
import type { TestCloud } from '../support/test-cloud';
import { modelCommands } from './model-commands';
import { invariantProblems } from './model-invariants';
import { type ModelRun, startModelRun } from './model-run';

/** How many runs, from which seed, how long each may be, and who hears of each finished run. */
export interface ModelOptions {
  runs: number;
  seed: number;
  maxSteps: number;
  /** fast-check's replay path of a failure, to go straight to it (with the same seed). */
  path?: string;
  onRun?: (finished: number) => void;
}

/** Long enough for every expiry, refund, re-check and re-delivery (compressed) due after the last step. */
const SETTLE_STEPS_MS = [30 * 60_000, 30 * 60_000];

let runCount = 0;

/** Throws with what broke after which step, so the failure names the step that broke it. */
function assertInvariants(shop: TestCloud, run: ModelRun, settled: boolean, after: string): void {
  const problems = invariantProblems(shop, run, settled);
  if (problems.length > 0) throw new Error(`after ${after}:\n  ${problems.join('\n  ')}`);
}

/** Wraps each step so the invariants are checked right after it. */
function checked(command: fc.AsyncCommand<ModelRun, TestCloud>): fc.AsyncCommand<ModelRun, TestCloud> {
  return {
    check: (run) => command.check(run),
    run: async (run, shop) => {
      await command.run(run, shop);
      assertInvariants(shop, run, false, command.toString());
    },
    toString: () => command.toString(),
  };
}

/** Plays `options.runs` random runs on `shop`; rejects with fast-check's report (seed, path, steps) on a failure. */
export async function runOrderModel(shop: TestCloud, options: ModelOptions): Promise<void> {
  const steps = fc.commands(
    modelCommands.map((arbitrary) => arbitrary.map(checked)),
    { maxCommands: options.maxSteps, size: 'max' },
  );
  let finished = 0;
  const property = fc.asyncProperty(steps, async (commands) => {
    const run = startModelRun(shop, runCount++);
    try {
      await fc.asyncModelRun(() => ({ model: run, real: shop }), commands);
      shop.cloud.payments.flushHeld();
      await shop.cloud.scheduler.idle();
      for (const ms of SETTLE_STEPS_MS) await shop.clock.advance(ms);
      assertInvariants(shop, run, true, 'everything due has run');
    } finally {
      run.stopWatching();
      options.onRun?.(++finished);
    }
  });
  await fc.assert(property, {
    numRuns: options.runs,
    seed: options.seed,
    ...(options.path !== undefined && { path: options.path }),
    includeErrorInReport: true,
  });
}

/** The seed to use: `MODEL_SEED` from the environment when set (to replay a failure), else a fresh one. */
export function modelSeed(fromEnvironment = process.env.MODEL_SEED): number {
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    const seed = Number(fromEnvironment);
    if (!Number.isSafeInteger(seed)) throw new Error(`MODEL_SEED must be an integer, got ${fromEnvironment}`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 31);
}
