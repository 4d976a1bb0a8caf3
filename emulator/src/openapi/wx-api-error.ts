import { CloudError } from '../errors';

/**
 * A refusal the WeChat open API itself gives, with its numeric errcode. `body` errors travel as
 * `{ errcode, errmsg }` JSON inside the reply (the SDK rejects with that errCode and errmsg);
 * `system` errors travel as CommOpenApiResp.errorCode (the SDK rejects with that errCode and a fixed
 * "system error: error code: N" message, e.g. -604101 for a missing permission).
 */
export class WxApiError extends CloudError {
  constructor(
    readonly errcode: number,
    errmsg: string,
    readonly channel: 'body' | 'system' = 'body',
  ) {
    super(String(errcode), errmsg);
    this.name = 'WxApiError';
  }
}

/** errcodes the local cloud answers with, as the platform documents them. */
export const WxErrcode = {
  /** `touser` is empty or not an openid. */
  INVALID_OPENID: 40003,
  /** `template_id` is empty or unknown. */
  INVALID_TEMPLATE_ID: 40037,
  /** Generic "invalid args"; used where the platform documents no specific code. */
  INVALID_ARGS: 40097,
  /** The user gave no (remaining) consent for this template. */
  USER_REFUSED: 43101,
  /** Template data is empty or breaks a value rule; errmsg names the field. */
  ARGUMENT_INVALID: 47003,
  /** The API name is not one the local cloud serves. */
  API_NOT_FOUND: -604100,
  /** The calling function's config.json does not list the API under permissions.openapi. */
  NO_PERMISSION: -604101,
} as const;
