// Errors the client database answers, in the errCodes `wx.cloud` reports (-502003 permission denied, -502005 no collection…).
import { CloudError, WireCode } from '../errors';
import { clientErrCodeOf } from '../http/client-errors';
import type { ClientErrorReply } from './client-db-wire';

export { DOCUMENT_NOT_FOUND } from '../http/client-errors';

/** The platform's wire code for a request security rules refuse (errCode -502003). */
export const PERMISSION_DENIED = WireCode.PERMISSION_DENIED;
const SYSTEM_ERROR = { errCode: -501001, text: 'resource system error' };

/** A request the collection's security rules refuse. */
export function permissionDenied(detail: string): CloudError {
  return new CloudError(PERMISSION_DENIED, detail);
}

/** The reply body for any failure: known wire codes keep their errCode, anything else is a system error. */
export function clientErrorReply(error: unknown): ClientErrorReply {
  const { errCode, text, message } = clientErrCodeOf(error, SYSTEM_ERROR);
  return { errCode, errMsg: text ? `${text}. ${message}` : message };
}
