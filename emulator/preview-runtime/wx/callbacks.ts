/** The callbacks every asynchronous `wx` API takes. */
export type Callbacks = {
  success?: (result: unknown) => void;
  fail?: (error: unknown) => void;
  complete?: (result: unknown) => void;
};

/** Answers an asynchronous API's success: `success`, then `complete`, and a resolved promise. */
export function succeed<T extends object>(options: Callbacks | undefined, result: T): Promise<T> {
  options?.success?.(result);
  options?.complete?.(result);
  return Promise.resolve(result);
}

/** Answers an asynchronous API's failure (`errMsg` "name:fail reason"): `fail`, `complete`, and a rejection. */
export function fail(options: Callbacks | undefined, name: string, reason: string): Promise<never> {
  const failure = { errMsg: `${name}:fail ${reason}` };
  options?.fail?.(failure);
  options?.complete?.(failure);
  return Promise.reject(failure);
}
