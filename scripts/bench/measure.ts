import type { LocalCloud } from '../../emulator/src';

/** Database operations the SDK sent (wire actions only: what the platform bills), since the last reset. */
export function wireOperations(cloud: LocalCloud): number {
  return Object.entries(cloud.database.stats().byOperation)
    .filter(([operation]) => operation.startsWith('database.'))
    .reduce((sum, [, count]) => sum + count, 0);
}

/** Runs `work` and returns its result with the database operations it cost. */
export async function countOperations<T>(
  cloud: LocalCloud,
  work: () => Promise<T>,
): Promise<{ result: T; operations: number }> {
  await cloud.scheduler.idle();
  cloud.database.resetStats();
  const result = await work();
  await cloud.scheduler.idle();
  return { result, operations: wireOperations(cloud) };
}

/** The value at percentile `p` (0–100) of `samples`, nearest-rank. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}
