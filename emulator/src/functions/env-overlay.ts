import { AsyncLocalStorage } from 'node:async_hooks';

// Per-invocation environment: `process.env` becomes a view that prefers the running call's variables,
// so concurrent calls under Promise.all each see their own OPENID, SOURCE and TCB_CONTEXT_CNFG.
const invocationEnv = new AsyncLocalStorage<Record<string, string>>();
let installed = false;

function installOverlay(): void {
  if (installed) return;
  installed = true;
  const base = process.env;
  const own = (key: string | symbol): Record<string, string> | undefined => {
    const store = invocationEnv.getStore();
    return store && typeof key === 'string' && Object.prototype.hasOwnProperty.call(store, key)
      ? store
      : undefined;
  };
  process.env = new Proxy(base, {
    get: (target, key) => own(key)?.[key as string] ?? Reflect.get(target, key),
    has: (target, key) => own(key) !== undefined || Reflect.has(target, key),
    getOwnPropertyDescriptor: (target, key) => {
      const store = own(key);
      if (!store) return Reflect.getOwnPropertyDescriptor(target, key);
      return { value: store[key as string], writable: true, enumerable: true, configurable: true };
    },
    ownKeys: (target) => [
      ...new Set([...Reflect.ownKeys(target), ...Object.keys(invocationEnv.getStore() ?? {})]),
    ],
  });
}

/** Runs `work` with `variables` layered over `process.env` for every async step it takes. */
export function withInvocationEnv<T>(variables: Record<string, string>, work: () => Promise<T>): Promise<T> {
  installOverlay();
  return invocationEnv.run(variables, work);
}
