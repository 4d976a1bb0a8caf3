// The customer's side of the payment sandbox, as the WeChat client is for the real platform: it takes what
// `wx.requestPayment` takes (the signed sheet from unifiedOrder), checks it, shows what the sheet shows and
// pays as the calling user. The preview's payment sheet and page tests use it over HTTP.
import { callerOpenid, OPENID_HEADER } from '../http/client-errors';
import type { LocalCloudServer, RouteRequest, RouteResponse } from '../http/server';
import { signFields } from './pay-ids';
import {
  PAYMENT_CONFIRM_ROUTE,
  PAYMENT_SHEET_ROUTE,
  type PaymentSheetView,
  type RequestPaymentParams,
  type SheetAction,
} from './payment-door-wire';
import type { PaymentAttemptResult, Trade } from './trade-types';

/** What the door needs from the sandbox. */
export interface PaymentDoorSandbox {
  /** The mini program's appid, which the sheet's signature covers. */
  appid: string;
  tradeForPayment(paymentPackage: string): Trade | undefined;
  /** Why the trade cannot be paid now, or undefined when it can. */
  refusalOf(outTradeNo: string): string | undefined;
  pay(outTradeNo: string, action: SheetAction): Promise<PaymentAttemptResult>;
}

const API = 'requestPayment';
const STRING_PARAMS = ['timeStamp', 'nonceStr', 'package', 'paySign'] as const;
const SIGN_TYPES = new Set(['MD5', 'HMAC-SHA256', 'RSA']);
const SHEET_ACTIONS = new Set<string>(['success', 'cancel', 'fail']);

/**
 * Adds both routes. Each answers HTTP 200 with what `wx.requestPayment` reports — `{ errMsg:
 * 'requestPayment:ok' }` (the sheet also carries `sheet`), or `{ errMsg: 'requestPayment:fail …' }` —
 * and HTTP 400 for a request no client would send (no caller, no JSON body).
 */
export function registerPaymentDoor(server: LocalCloudServer, sandbox: PaymentDoorSandbox): void {
  server.route('POST', PAYMENT_SHEET_ROUTE, (request) =>
    withTrade(sandbox, request, (trade) => {
      const sheet: PaymentSheetView = {
        totalFee: trade.totalFee,
        body: trade.body,
        subMchId: trade.subMchId,
      };
      return answer(`${API}:ok`, { sheet });
    }),
  );
  server.route('POST', PAYMENT_CONFIRM_ROUTE, (request) =>
    withTrade(sandbox, request, async (trade, body) => {
      const action = body.action;
      if (typeof action !== 'string' || !SHEET_ACTIONS.has(action)) {
        return { status: 400, json: failure("action must be 'success', 'cancel' or 'fail'") };
      }
      const attempt = await sandbox.pay(trade.outTradeNo, action as SheetAction);
      return answer(attemptErrMsg(attempt));
    }),
  );
}

/** The errMsg `wx.requestPayment` answers for a sheet outcome. */
function attemptErrMsg(attempt: PaymentAttemptResult): string {
  switch (attempt.outcome) {
    case 'paid':
      return `${API}:ok`;
    case 'cancelled':
      return `${API}:fail cancel`;
    case 'failed':
      return `${API}:fail payment failed`;
    default:
      return `${API}:fail ${attempt.reason ?? attempt.outcome}`;
  }
}

type TradeHandler = (trade: Trade, body: Record<string, unknown>) => RouteResponse | Promise<RouteResponse>;

/** Checks the caller, the parameters, the signature and the payer, then hands the trade to `handle`. */
async function withTrade(
  sandbox: PaymentDoorSandbox,
  request: RouteRequest,
  handle: TradeHandler,
): Promise<RouteResponse> {
  const openid = callerOpenid(request.headers);
  if (!openid) return { status: 400, json: failure(`header ${OPENID_HEADER} (the payer) is required`) };
  const body = parseBody(request.body);
  if (!body) return { status: 400, json: failure('the body must be the JSON object requestPayment takes') };
  const problem = parameterProblem(body);
  if (problem) return answer(`${API}:fail parameter error: ${problem}`);
  const params = body as unknown as RequestPaymentParams;
  const unsigned = {
    appId: sandbox.appid,
    timeStamp: params.timeStamp,
    nonceStr: params.nonceStr,
    package: params.package,
    signType: params.signType,
  };
  if (signFields(unsigned) !== params.paySign) return answer(`${API}:fail 支付验证签名失败`);
  const trade = sandbox.tradeForPayment(params.package);
  if (!trade) return answer(`${API}:fail prepay_id无效或已被替换`);
  if (trade.payerOpenid !== openid) return answer(`${API}:fail 当前用户不是下单用户`);
  const refusal = sandbox.refusalOf(trade.outTradeNo);
  if (refusal) return answer(`${API}:fail ${refusal}`);
  return handle(trade, body);
}

/** The platform's wording for a missing or mistyped parameter, e.g. `parameter.package should be String instead of Undefined;`. */
function parameterProblem(body: Record<string, unknown>): string | undefined {
  for (const name of STRING_PARAMS) {
    const value = body[name];
    if (typeof value !== 'string') return `parameter.${name} should be String instead of ${typeName(value)};`;
  }
  const signType = body.signType ?? 'MD5';
  if (typeof signType !== 'string' || !SIGN_TYPES.has(signType)) {
    return `parameter.signType should be one of MD5, HMAC-SHA256, RSA;`;
  }
  return undefined;
}

function typeName(value: unknown): string {
  if (value === undefined) return 'Undefined';
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'Array';
  const name = typeof value;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function parseBody(body: Buffer): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(body.toString('utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function answer(errMsg: string, extra: Record<string, unknown> = {}): RouteResponse {
  return { status: 200, json: { errMsg, ...extra } };
}

function failure(message: string): { errMsg: string } {
  return { errMsg: `${API}:fail ${message}` };
}
