import { CloudError, WireCode } from '../errors';
import { callerOpenid, clientErrCodeOf } from '../http/client-errors';
import type { FunctionRunner } from '../functions/runner';
import type { LocalCloudServer, RouteResponse } from '../http/server';

/**
 * The client gateway: `POST /call/<function>` with the JSON event as body and the caller's openid in
 * `X-WX-OPENID`, answering `{ result }` or `{ errCode, errMsg }` as `wx.cloud.callFunction` would.
 */
export function registerCallRoute(server: LocalCloudServer, runner: FunctionRunner): void {
  server.route('POST', '/call/', async ({ url, headers, body }) => {
    const name = decodeURIComponent(url.pathname.slice('/call/'.length));
    const openid = callerOpenid(headers);
    try {
      if (!openid)
        throw new CloudError(WireCode.INVALID_PARAM, 'header X-WX-OPENID (the caller) is required');
      const event = parseEvent(body);
      const result = await runner.invoke(name, event, { source: 'wx_client', openid, clientIp: '127.0.0.1' });
      return { status: 200, json: { result } };
    } catch (error) {
      return clientError(error);
    }
  });
}

function parseEvent(body: Buffer): unknown {
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new CloudError(WireCode.INVALID_PARAM, 'the request body must be the JSON event');
  }
}

/** Anything the table does not know failed inside the function. */
const FUNCTION_EXECUTE_FAIL = { errCode: -504002, text: 'functions execute fail' };

function clientError(error: unknown): RouteResponse {
  const { errCode, text, message } = clientErrCodeOf(error, FUNCTION_EXECUTE_FAIL);
  return { status: 200, json: { errCode, errMsg: `cloud.callFunction:fail ${errCode} ${text}. ${message}` } };
}
