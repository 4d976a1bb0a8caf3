// Errors shaped like the mini program's: an Error whose message is `<api>:fail …`, carrying errCode and errMsg.

/** A rejected `wx.cloud` call. */
export interface WxCloudError extends Error {
  errCode: number;
  errMsg: string;
}

/** `<api>:fail <errCode> <detail>` (errCode -1, a client-side failure, is left out of the text as the SDKs do). */
export function wxCloudError(apiName: string, errCode: number, detail: string): WxCloudError {
  const errMsg = errCode === -1 ? `${apiName}:fail ${detail}` : `${apiName}:fail ${errCode} ${detail}`;
  return Object.assign(new Error(errMsg), { errCode, errMsg });
}

/** An error whose errMsg is already complete (the client gateway writes `cloud.callFunction:fail …`). */
export function wxCloudErrorFromReply(errCode: number, errMsg: string): WxCloudError {
  return Object.assign(new Error(errMsg), { errCode, errMsg });
}

/** Reads `{ errCode, errMsg }` out of a reply body, if that is what it is. */
export function replyError(body: unknown): { errCode: number; errMsg: string } | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const { errCode, errMsg } = body as { errCode?: unknown; errMsg?: unknown };
  if (typeof errCode !== 'number' || errCode === 0) return undefined;
  return { errCode, errMsg: typeof errMsg === 'string' ? errMsg : '' };
}
