// Errors the client database answers, in the errCodes `wx.cloud` reports (-502003 permission denied, -502005 no collection…).
import { CloudError, WireCode } from '../errors';
import type { ClientErrorReply } from './client-db-wire';

/** The platform's wire code for a request security rules refuse (errCode -502003). */
export const PERMISSION_DENIED = WireCode.PERMISSION_DENIED;
/** `doc(id).get()` of a document that does not exist (errCode -1, as the SDKs report it). */
export const DOCUMENT_NOT_FOUND = 'DOCUMENT_NOT_FOUND';

const CLIENT_ERR_CODES: Record<string, { errCode: number; text: string }> = {
  [PERMISSION_DENIED]: { errCode: -502003, text: 'database permission denied' },
  [WireCode.COLLECTION_NOT_EXIST]: { errCode: -502005, text: 'database collection not exists' },
  [WireCode.REQUEST_FAILED]: { errCode: -502001, text: 'database request fail' },
  [WireCode.INVALID_OPERATOR]: { errCode: -502002, text: 'database invalid command' },
  [WireCode.INVALID_PARAM]: { errCode: -501007, text: 'invalid parameters' },
  [DOCUMENT_NOT_FOUND]: { errCode: -1, text: '' },
};
const SYSTEM_ERROR = { errCode: -501001, text: 'resource system error' };

/** A request the collection's security rules refuse. */
export function permissionDenied(detail: string): CloudError {
  return new CloudError(PERMISSION_DENIED, detail);
}

/** The reply body for any failure: known wire codes keep their errCode, anything else is a system error. */
export function clientErrorReply(error: unknown): ClientErrorReply {
  const code = error instanceof CloudError ? error.code : '';
  const message = error instanceof Error ? error.message : String(error);
  const known = CLIENT_ERR_CODES[code] ?? SYSTEM_ERROR;
  return { errCode: known.errCode, errMsg: known.text ? `${known.text}. ${message}` : message };
}
