// The stores' change signal, in place of a state library: a store calls `changed()` once it has set its fields, and a
// page's `watchStore` runs its effect when any value it selects is a different one (each compared with Object.is).

/** Stops a subscription or a watch. */
export type Unwatch = () => void;

/** A store pages can watch: it tells its listeners after each change. */
export class WatchedStore {
  private readonly listeners = new Set<() => void>();

  /** Calls `listener` after each change of the store, until the returned function is called. */
  subscribe(listener: () => void): Unwatch {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Tells every listener the store changed: once per change, after all its fields are set. */
  protected changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Sets fields in `change` (which may return early), then tells the listeners once. */
  protected update(change: () => void): void {
    change();
    this.changed();
  }
}

/** Runs `effect` after a change of `store` that makes any of the values `select` picks a different one. */
export function watchStore(
  store: WatchedStore,
  select: () => readonly unknown[],
  effect: () => void,
): Unwatch {
  let last = select();
  return store.subscribe(() => {
    const next = select();
    if (next.length === last.length && next.every((value, i) => Object.is(value, last[i]))) return;
    last = next;
    effect();
  });
}
