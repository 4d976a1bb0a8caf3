import type { ErrorCode, Result } from '../../typings/result';

/** The one place pages call cloud functions: `{ action, input }` in, `Result<T>` out; a failed call is NETWORK. */
export async function callCloud<T>(name: string, action: string, input: object): Promise<Result<T>> {
  try {
    const response = await wx.cloud.callFunction({ name, data: { action, input } });
    return response.result as Result<T>;
  } catch (error) {
    const message = (error as { errMsg?: string }).errMsg ?? String(error);
    const code: ErrorCode = 'NETWORK';
    return { ok: false, error: { code, message } };
  }
}
