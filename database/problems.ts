// Collects every problem found while loading, so one error can list them all.

/** A database definition that failed validation; `problems` are `<file>: <what is wrong>` lines. */
export class DatabaseDefinitionError extends Error {
  constructor(
    readonly directory: string,
    readonly problems: readonly string[],
  ) {
    super(
      `database definition in ${directory} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
    this.name = 'DatabaseDefinitionError';
  }
}

/** Problems found so far, each tied to the file (relative to the definition folder) it is in. */
export class ProblemList {
  private readonly entries: string[] = [];

  add(file: string, message: string): void {
    this.entries.push(`${file}: ${message}`);
  }

  get count(): number {
    return this.entries.length;
  }

  /** Throws a DatabaseDefinitionError listing every problem, if there is any. */
  throwIfAny(directory: string): void {
    if (this.entries.length > 0) throw new DatabaseDefinitionError(directory, this.entries);
  }
}
