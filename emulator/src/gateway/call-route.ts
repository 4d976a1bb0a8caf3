import { CloudError, WireCode } from '../errors';
import type { FunctionRunner } from '../functions/runner';
import type { LocalCloudServer, RouteResponse } from '../http/server';

/** errCodes `wx.cloud.callFunction` rejects with, by the local cloud's wire code. */
const CLIENT_ERR_CODES: Record<string, { errCode: number; text: string }> = {
  [WireCode.FUNCTION_NOT_FOUND]: { errCode: -501000, text: 'function not found' },
  [WireCode.FUNCTION_ERROR]: { errCode: -504002, text: 'functions execute fail' },
  [WireCode.FUNCTION_TIMEOUT]: { errCode: -504003, text: 'functions time limit exceeded' },
  [WireCode.INVALID_PARAM]: { errCode: -501007, text: 'invalid parameters' },
};

/**
 * The client gateway: `POST /call/<function>` with the JSON event as body and the caller's openid in
 * `X-WX-OPENID`, answering `{ result }` or `{ errCode, errMsg }` as `wx.cloud.callFunction` would.
 */
export function registerCallRoute(server: LocalCloudServer, runner: FunctionRunner): void {
  server.route('POST', '/call/', async ({ url, headers, body }) => {
    const name = decodeURIComponent(url.pathname.slice('/call/'.length));
    const openid = String(headers['x-wx-openid'] ?? '').trim();
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

function clientError(error: unknown): RouteResponse {
  const code = error instanceof CloudError ? error.code : WireCode.FUNCTION_ERROR;
  const message = error instanceof Error ? error.message : String(error);
  const known = CLIENT_ERR_CODES[code] ?? { errCode: -504002, text: 'functions execute fail' };
  return {
    status: 200,
    json: {
      errCode: known.errCode,
      errMsg: `cloud.callFunction:fail ${known.errCode} ${known.text}. ${message}`,
    },
  };
}
