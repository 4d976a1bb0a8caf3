// What a mini program client sees of a local-cloud failure: the errCode `wx.cloud` reports for each wire code.
import type http from 'node:http';
import { CloudError, WireCode } from '../errors';

/** The header that names the calling user on every client route (a test or preview stands in for WeChat login). */
export const OPENID_HEADER = 'X-WX-OPENID';

/** `doc(id).get()` of a document that does not exist (errCode -1, as the SDKs report it). */
export const DOCUMENT_NOT_FOUND = 'DOCUMENT_NOT_FOUND';

export interface ClientErrCode {
  errCode: number;
  /** The platform's words for the errCode; empty where the SDKs add none. */
  text: string;
}

const CLIENT_ERR_CODES: Record<string, ClientErrCode> = {
  [WireCode.PERMISSION_DENIED]: { errCode: -502003, text: 'database permission denied' },
  [WireCode.COLLECTION_NOT_EXIST]: { errCode: -502005, text: 'database collection not exists' },
  [WireCode.REQUEST_FAILED]: { errCode: -502001, text: 'database request fail' },
  [WireCode.INVALID_OPERATOR]: { errCode: -502002, text: 'database invalid command' },
  [WireCode.INVALID_PARAM]: { errCode: -501007, text: 'invalid parameters' },
  [WireCode.FUNCTION_NOT_FOUND]: { errCode: -501000, text: 'function not found' },
  [WireCode.FUNCTION_ERROR]: { errCode: -504002, text: 'functions execute fail' },
  [WireCode.FUNCTION_TIMEOUT]: { errCode: -504003, text: 'functions time limit exceeded' },
  [DOCUMENT_NOT_FOUND]: { errCode: -1, text: '' },
};

/** The errCode of `error` (a CloudError's wire code), or `fallback` for anything unknown. */
export function clientErrCodeOf(
  error: unknown,
  fallback: ClientErrCode,
): ClientErrCode & { message: string } {
  const code = error instanceof CloudError ? error.code : '';
  const message = error instanceof Error ? error.message : String(error);
  return { ...(CLIENT_ERR_CODES[code] ?? fallback), message };
}

/** The calling user's openid from the request headers; empty when absent. */
export function callerOpenid(headers: http.IncomingHttpHeaders): string {
  const value = headers[OPENID_HEADER.toLowerCase()];
  return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();
}
