// The `/admin` protocol the SDK speaks: one POST per action, answered as JSON or as raw bytes.

/** Who is calling, as the runner encodes it in the request URL (`?fn=…&src=…&openid=…&inv=…&`). */
export interface Caller {
  /** The function making the call, empty for a process outside the runner. */
  functionName: string;
  /** `wx_client`, `wx_client,scf`, `wx_paycallback`, … */
  source: string;
  openid: string;
  /** The invocation (its request id) the call comes from; empty for a process outside the runner. */
  invocationId?: string;
}

/** One `/admin` request: the action, its parameters, raw parts and the caller. */
export interface AdminRequest {
  action: string;
  /** JSON body fields, or multipart text fields. */
  params: Record<string, unknown>;
  /** Multipart parts as raw bytes (protobuf and file payloads). */
  files: Record<string, Buffer>;
  caller: Caller;
}

/** What an action handler answers; the server adds `requestId` to JSON replies. */
export type AdminReply =
  /** `{ requestId, ...body }` as application/json. */
  | { kind: 'json'; body: Record<string, unknown> }
  /** Raw bytes as application/octet-stream (cloudPay JSON, openapi protobuf). */
  | { kind: 'bytes'; body: Buffer };

/** Serves one `/admin` action; throws a CloudError to answer `{ code, message }`. */
export type ActionHandler = (request: AdminRequest) => Promise<AdminReply> | AdminReply;

/** A JSON reply (`{ data: … }` for most actions). */
export const jsonReply = (body: Record<string, unknown>): AdminReply => ({ kind: 'json', body });
/** A raw reply sent as application/octet-stream. */
export const bytesReply = (body: Buffer | string): AdminReply => ({
  kind: 'bytes',
  body: typeof body === 'string' ? Buffer.from(body) : body,
});
