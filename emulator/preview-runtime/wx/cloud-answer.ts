import { OPENID_HEADER } from '../../src/client/client-db-wire';
import { answer, type Callbacks } from './callbacks';

/** An API's answer as the platform gives it: `errMsg` is `name:ok` or `name:fail reason`, plus its fields. */
export type PlatformAnswer = { errMsg: string } & Record<string, unknown>;

/**
 * Delivers `answer` as the platform does: `:ok` to success, anything else to fail, then complete. Called with
 * any callback the API answers through them only; called with none it answers with a promise (rejected on fail).
 */
export function deliverAnswer<T extends PlatformAnswer>(
  options: Callbacks | undefined,
  platformAnswer: T,
): Promise<T> | undefined {
  const isOk = /:ok\b/.test(platformAnswer.errMsg);
  return answer(options, isOk ? Promise.resolve(platformAnswer) : Promise.reject(platformAnswer));
}

/** POSTs `body` as JSON to a local-cloud door as `openid`; a door answers `{ errMsg, … }`, a broken exchange `name:fail …`. */
export async function askDoor(
  url: string,
  openid: string,
  body: unknown,
  apiName: string,
): Promise<PlatformAnswer> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [OPENID_HEADER]: openid },
      body: JSON.stringify(body),
    });
    const reply = (await response.json()) as unknown;
    if (typeof reply === 'object' && reply !== null && typeof (reply as PlatformAnswer).errMsg === 'string') {
      return reply as PlatformAnswer;
    }
    return { errMsg: `${apiName}:fail unexpected reply (HTTP ${response.status})` };
  } catch (error) {
    return { errMsg: `${apiName}:fail ${error instanceof Error ? error.message : String(error)}` };
  }
}
