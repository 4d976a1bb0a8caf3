/** The callbacks every asynchronous `wx` API takes. */
export type Callbacks = {
  success?: (result: unknown) => void;
  fail?: (error: unknown) => void;
  complete?: (result: unknown) => void;
};

/**
 * Answers an asynchronous API as the platform does: called with any callback, it answers through them only
 * (`success` or `fail`, then `complete`) and returns nothing; called with none, it returns the promise.
 */
export function answer<T>(options: Callbacks | undefined, outcome: Promise<T>): Promise<T> | undefined {
  if (!options?.success && !options?.fail && !options?.complete) return outcome;
  outcome.then(
    (result) => {
      options.success?.(result);
      options.complete?.(result);
    },
    (failure: unknown) => {
      options.fail?.(failure);
      options.complete?.(failure);
    },
  );
  return undefined;
}

/** Answers an asynchronous API's success with `result`, through its callbacks or its promise. */
export function succeed<T extends object>(options: Callbacks | undefined, result: T): Promise<T> | undefined {
  return answer(options, Promise.resolve(result));
}

/** Answers an asynchronous API's failure (`errMsg` "name:fail reason"), through its callbacks or its promise. */
export function fail(
  options: Callbacks | undefined,
  name: string,
  reason: string,
): Promise<never> | undefined {
  return answer(options, Promise.reject({ errMsg: `${name}:fail ${reason}` }));
}
