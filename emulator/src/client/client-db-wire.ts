// The wire between a page's `wx.cloud.database()` and the local cloud: paths, request bodies, replies, watch events.
// Types and constants only, so both the server and a browser-side client can import it.

/** `POST /client/db/<action>` with a ClientDbRequest JSON body and the caller in `X-WX-OPENID`. */
export const CLIENT_DB_PATH = '/client/db/';
/**
 * `GET /client/watch?collection=…&query=…&order=…&limit=…&openid=…`: a server-sent event stream of
 * watch snapshots; `query` is Extended JSON, `order` JSON OrderSpec[].
 */
export const CLIENT_WATCH_PATH = '/client/watch';
/** The caller's openid header; the watch stream also accepts the `openid` query parameter (EventSource sends no headers). */
export { OPENID_HEADER } from '../http/client-errors';

/** The last segment of a client database path: one builder call each. */
export type ClientDbAction =
  'get' | 'count' | 'doc.get' | 'add' | 'update' | 'remove' | 'doc.update' | 'doc.remove';

/** One `orderBy(field, direction)` call. */
export interface OrderSpec {
  field: string;
  direction: 'asc' | 'desc';
}

/** The JSON body of every client database action; which fields matter depends on the action. */
export interface ClientDbRequest {
  collection: string;
  /** The filter as Extended JSON, exactly as the platform's query serializer writes it. */
  query?: string;
  order?: OrderSpec[];
  skip?: number;
  limit?: number;
  /** `field()`: 1 keeps a field, 0 drops it. */
  projection?: Record<string, 0 | 1>;
  /** For `doc.*` actions. */
  docId?: string;
  /** `add`: the document; `update`/`doc.update`: the update; both as Extended JSON. */
  data?: string;
}

/** What each action answers inside `{ data }`; documents travel as Extended JSON strings. */
export interface ClientDbResults {
  get: { list: string[] };
  count: { total: number };
  'doc.get': { doc: string };
  add: { id: string };
  update: { updated: number };
  remove: { removed: number };
  'doc.update': { updated: number };
  'doc.remove': { removed: number };
}

/** A refusal, as the client turns it into `<api>:fail <errCode> <errMsg>`. */
export interface ClientErrorReply {
  errCode: number;
  errMsg: string;
}

/** Server-sent event names on the watch stream; `snapshot` data is Extended JSON, `error` data a ClientErrorReply. */
export const WATCH_EVENTS = { snapshot: 'snapshot', error: 'error' } as const;

/** Why a document is in a snapshot's changes (`limit`: it moved in or out of the window only). */
export type WatchDataType = 'init' | 'add' | 'update' | 'remove' | 'limit';
/** How the change moves the document in or out of the listener's result set. */
export type WatchQueueType = 'init' | 'enqueue' | 'update' | 'dequeue';

/** One change in a snapshot, as the platform's realtime listener reports it. */
export interface WatchChange<TDoc = Record<string, unknown>> {
  id: number;
  dataType: WatchDataType;
  queueType: WatchQueueType;
  docId: string;
  doc: TDoc;
}

/** One watch snapshot: the full current result set and what changed; `type: 'init'` only on the first. */
export interface WatchSnapshot<TDoc = Record<string, unknown>> {
  id: number;
  docs: TDoc[];
  docChanges: Array<WatchChange<TDoc>>;
  type?: 'init';
}

/** Most documents one listener holds, as on the platform. */
export const MAX_WATCH_DOCUMENTS = 5000;
/** `get()` from a page returns at most this many documents (and this many by default). */
export const MAX_CLIENT_GET_LIMIT = 20;
