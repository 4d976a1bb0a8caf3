// `GET /client/watch`: a page's `watch()` as server-sent events, with the read rule enforced on the query and each document.
import type http from 'node:http';
import { encodeForWire } from '../db/ejson';
import { CloudError, WireCode } from '../errors';
import { callerOpenid } from '../http/client-errors';
import type { LocalCloudServer, RouteRequest, RouteResponse } from '../http/server';
import { clientErrorReply } from './client-db-errors';
import {
  assertDocumentsAllowed,
  assertFilterAllowed,
  clientCaller,
  collectionRules,
  decodeClientFilter,
  type ClientDbDeps,
} from './client-db-access';
import { parseOrderParameter, sortFromOrder } from './client-db-request';
import { CLIENT_WATCH_PATH, MAX_WATCH_DOCUMENTS, OPENID_HEADER, WATCH_EVENTS } from './client-db-wire';
import { WatchWindow } from './watch-window';

/** Serves watch streams: one `snapshot` event per change to the window, an `error` event (then the end) on refusal. */
export function registerWatchRoute(server: LocalCloudServer, deps: ClientDbDeps): void {
  server.route('GET', CLIENT_WATCH_PATH, (request) => openWatchStream(deps, request));
}

function openWatchStream(deps: ClientDbDeps, request: RouteRequest): RouteResponse {
  const response = request.raw;
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  try {
    const stop = startWatch(deps, request.url, watchOpenid(request), response);
    response.on('close', stop);
  } catch (error) {
    sendEvent(response, WATCH_EVENTS.error, JSON.stringify(clientErrorReply(error)));
    response.end();
  }
  return { streaming: true };
}

/** Sends the init snapshot and subscribes to changes; returns the unsubscribe. */
function startWatch(deps: ClientDbDeps, url: URL, openid: string, response: http.ServerResponse): () => void {
  const params = url.searchParams;
  const collection = params.get('collection') ?? '';
  if (!collection) throw new CloudError(WireCode.INVALID_PARAM, 'collection is required');
  const rules = collectionRules(deps, collection);
  const caller = clientCaller(openid, deps);
  const filter = decodeClientFilter(params.get('query') ?? undefined, caller);
  assertFilterAllowed(rules, 'read', filter, caller);
  const sort = sortFromOrder(parseOrderParameter(params.get('order')));
  const limit = watchLimit(params.get('limit'));
  const window = new WatchWindow(() => {
    const documents = deps.store.find(collection, filter, { sort, limit });
    assertDocumentsAllowed(rules, 'read', documents, clientCaller(openid, deps));
    return documents;
  });
  sendEvent(response, WATCH_EVENTS.snapshot, encodeForWire(window.init()));

  let stopped = false;
  const stop = () => {
    stopped = true;
    unsubscribe();
  };
  const flush = () => {
    if (stopped) return;
    try {
      const snapshot = window.flush();
      if (snapshot) sendEvent(response, WATCH_EVENTS.snapshot, encodeForWire(snapshot));
    } catch (error) {
      sendEvent(response, WATCH_EVENTS.error, JSON.stringify(clientErrorReply(error)));
      stop();
      response.end();
    }
  };
  // Changes are read after the committing call returns, so a multi-document commit is seen whole.
  const unsubscribe = deps.store.onChange((change) => {
    if (!stopped && change.collection === collection && window.record(change)) queueMicrotask(flush);
  });
  return stop;
}

/** The listener's limit: absent or 0 means the most a listener may hold (5000), and never more. */
function watchLimit(text: string | null): number {
  const limit = text === null || text === '' ? 0 : Number(text);
  if (!Number.isInteger(limit) || limit < 0)
    throw new CloudError(WireCode.INVALID_PARAM, 'limit must be a non-negative integer');
  return Math.min(limit || MAX_WATCH_DOCUMENTS, MAX_WATCH_DOCUMENTS);
}

function watchOpenid(request: RouteRequest): string {
  const openid = callerOpenid(request.headers) || (request.url.searchParams.get('openid') ?? '').trim();
  if (!openid)
    throw new CloudError(WireCode.INVALID_PARAM, `header ${OPENID_HEADER} (the caller) is required`);
  return openid;
}

function sendEvent(response: http.ServerResponse, event: string, data: string): void {
  if (!response.writableEnded) response.write(`event: ${event}\ndata: ${data}\n\n`);
}
