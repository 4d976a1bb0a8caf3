/** Operation counts since the last reset: `byOperation['database.getDocument']`, and their sum. */
export interface OperationStats {
  total: number;
  byOperation: Record<string, number>;
}

/** Counts database operations by name (wire actions such as `database.getDocument`, and local `store.*` calls). */
export class OperationCounter {
  private counts = new Map<string, number>();

  record(operation: string): void {
    this.counts.set(operation, (this.counts.get(operation) ?? 0) + 1);
  }

  snapshot(): OperationStats {
    const byOperation = Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
    const total = [...this.counts.values()].reduce((sum, count) => sum + count, 0);
    return { total, byOperation };
  }

  reset(): void {
    this.counts = new Map();
  }
}
