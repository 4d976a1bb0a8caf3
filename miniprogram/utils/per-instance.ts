// State a page or component keeps outside `data` (controllers, watchers, scroll state): one per instance,
// made on first use, and gone with the instance (a WeakMap, so a forgotten one is still collected).

/** Keeps one `T` per page or component instance. */
export interface PerInstance<T> {
  /** The instance's own `T`, made by `create` on first use. */
  of(instance: object): T;
  /** Drops the instance's `T` (in `detached` / `onUnload`). */
  forget(instance: object): void;
}

/** One `T` per instance, each made by `create`. */
export function perInstance<T>(create: () => T): PerInstance<T> {
  const kept = new WeakMap<object, T>();
  return {
    of(instance) {
      let value = kept.get(instance);
      if (value === undefined) {
        value = create();
        kept.set(instance, value);
      }
      return value;
    },
    forget: (instance) => void kept.delete(instance),
  };
}
