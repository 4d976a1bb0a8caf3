import type { ActionName, FunctionName, InputOf, OutputOf } from '../../typings/contracts';
import type { Result } from '../../typings/result';

/**
 * The one place pages call cloud functions: action A of function F with its input, typed by the contract map,
 * answering that action's `Result`; a call that fails to reach the function is NETWORK.
 */
export async function callCloud<F extends FunctionName, A extends ActionName<F>>(
  name: F,
  action: A,
  input: InputOf<F, A>,
): Promise<Result<OutputOf<F, A>>> {
  try {
    const response = await wx.cloud.callFunction({ name, data: { action, input } });
    // The function's router answers exactly this action's Result (server/runtime/router.ts, checked by tsc).
    return response.result as Result<OutputOf<F, A>>;
  } catch (error) {
    const message = (error as { errMsg?: string }).errMsg ?? String(error);
    return { ok: false, error: { code: 'NETWORK', message } };
  }
}
