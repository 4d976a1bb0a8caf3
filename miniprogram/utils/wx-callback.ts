// One promise from a platform API called with success/fail callbacks (APIs whose typings answer no promise).

type Callbacks<T> = { success: (answer: T) => void; fail: (failure: unknown) => void };

/** Calls `api` with callbacks and answers its result as a promise (rejected with the platform's failure). */
export function withCallbacks<T>(api: (callbacks: Callbacks<T>) => unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const returned: unknown = api({ success: resolve, fail: reject });
    // Some hosts answer a promise as well: its rejection is the failure already passed to `fail`.
    if (returned instanceof Promise) returned.catch(() => undefined);
  });
}
