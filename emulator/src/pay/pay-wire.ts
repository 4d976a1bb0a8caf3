// The `wx.wxPayApi` wire: a multipart request (`apiName`, `requestData` = snake_case JSON) answered with
// JSON bytes. The SDK turns the reply's keys to camelCase and then sets `errCode: 0` and `errMsg`, so a
// refusal's `err_code` never reaches the caller; callers see `resultCode`, `returnMsg` and `errCodeDes`.
import { CloudError, WireCode } from '../errors';
import type { AdminRequest } from '../http/protocol';

/** The cloudPay APIs the sandbox serves. */
export const PAY_APIS = ['unifiedOrder', 'queryOrder', 'closeOrder', 'refund', 'queryRefund'] as const;
/** One of PAY_APIS. */
export type PayApiName = (typeof PAY_APIS)[number];

/** A request's fields as the SDK sent them: snake_case keys, values as JSON gave them. */
export type PayFields = Readonly<Record<string, unknown>>;

/** A reply body before it is encoded; snake_case keys. */
export type PayReply = Record<string, unknown>;

/**
 * A request the payment platform refuses. `communication` failures (a malformed or missing field)
 * answer `return_code: FAIL` with `return_msg`; `business` failures answer `result_code: FAIL` with
 * `err_code` and `err_code_des`, as the payment API does.
 */
export class PaymentRefusal extends Error {
  private constructor(readonly reply: PayReply) {
    super(String(reply.err_code_des ?? reply.return_msg));
    this.name = 'PaymentRefusal';
  }

  /** A field is malformed: `return_code: FAIL`. */
  static communication(returnMsg: string): PaymentRefusal {
    return new PaymentRefusal({ return_code: 'FAIL', return_msg: returnMsg });
  }

  /** The request is well-formed but refused (ORDERPAID, ORDERCLOSED, INVALID_REQUEST…): `result_code: FAIL`. */
  static business(errCode: string, errCodeDes: string): PaymentRefusal {
    return new PaymentRefusal({
      return_code: 'SUCCESS',
      return_msg: 'OK',
      result_code: 'FAIL',
      err_code: errCode,
      err_code_des: errCodeDes,
    });
  }
}

/** Reads `apiName` and the JSON `requestData` part; a request the SDK could not have sent is a CloudError. */
export function readPayRequest(request: AdminRequest): { apiName: PayApiName; fields: PayFields } {
  const apiName = String(request.params.apiName ?? '');
  if (!(PAY_APIS as readonly string[]).includes(apiName)) {
    throw new CloudError(WireCode.UNSUPPORTED, `local cloud: cloudPay.${apiName} is not supported`);
  }
  const raw = request.files.requestData;
  if (!raw) throw new CloudError(WireCode.INVALID_PARAM, 'wx.wxPayApi needs a requestData part');
  let fields: unknown;
  try {
    fields = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new CloudError(WireCode.INVALID_PARAM, `cloudPay.${apiName}: requestData is not JSON`);
  }
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    throw new CloudError(WireCode.INVALID_PARAM, `cloudPay.${apiName}: requestData must be an object`);
  }
  return { apiName: apiName as PayApiName, fields: fields as PayFields };
}
