// A flow as an explicit list of steps, each with the undo beside it (as Medusa's workflow steps keep a
// reservation and its compensation together). The runner runs the steps in order; when one fails it undoes
// the completed ones in reverse and rethrows the failure.

/** One step of a flow over a shared state `S`: what it does, and how to undo it once it has completed. */
export interface Step<S> {
  name: string;
  run(state: S): Promise<void>;
  /** Undoes `run` after a later step failed; absent when there is nothing to undo (or nothing can be). */
  compensate?(state: S): Promise<void>;
}

/** Declares a step: its name, what it does, and (optionally) its undo. */
export function step<S>(
  name: string,
  run: (state: S) => Promise<void>,
  compensate?: (state: S) => Promise<void>,
): Step<S> {
  return { name, run, ...(compensate && { compensate }) };
}

/**
 * Runs `steps` in order over `state`. When a step throws, the steps completed before it are undone in
 * reverse and the step's error is rethrown. An undo that fails is logged and stops the undoing: what the
 * earlier steps did stays in place, since the failed undo's effect may still depend on it.
 */
export async function runSteps<S>(flow: string, steps: ReadonlyArray<Step<S>>, state: S): Promise<void> {
  const completed: Array<Step<S>> = [];
  for (const current of steps) {
    try {
      await current.run(state);
    } catch (error) {
      for (const done of completed.reverse()) {
        if (!done.compensate) continue;
        try {
          await done.compensate(state);
        } catch (undoError) {
          console.error(
            `${flow}: undoing "${done.name}" failed; earlier steps are left as they are`,
            undoError,
          );
          break;
        }
      }
      throw error;
    }
    completed.push(current);
  }
}
