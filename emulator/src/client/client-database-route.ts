// The client database pages use (`wx.cloud.database()`): reads, attempted writes and watch, all under security rules.
import type { Clock } from '../clock';
import type { DocumentStore } from '../db/document-store';
import { CloudError, WireCode } from '../errors';
import { callerOpenid } from '../http/client-errors';
import type { LocalCloudServer, RouteRequest, RouteResponse } from '../http/server';
import { clientErrorReply } from './client-db-errors';
import { clientCaller, type ClientCaller, type ClientDbDeps } from './client-db-access';
import { clientCount, clientDocGet, clientGet } from './client-db-reads';
import { parseClientDbRequest } from './client-db-request';
import { clientAdd, clientDocRemove, clientDocUpdate, clientRemove, clientUpdate } from './client-db-writes';
import { CLIENT_DB_PATH, OPENID_HEADER, type ClientDbAction, type ClientDbRequest } from './client-db-wire';
import { compileRuleTable, type RuleSet } from './rules';
import { registerWatchRoute } from './watch-route';

/** The store pages read, its collections' security rules, and the clock rules read as `now`. */
export interface ClientDatabaseOptions {
  store: DocumentStore;
  /** Security rules per collection; a collection without rules is denied to clients. Loaded (and checked) now. */
  rules: Record<string, RuleSet | undefined>;
  clock: Clock;
}

type ActionHandler = (deps: ClientDbDeps, caller: ClientCaller, request: ClientDbRequest) => unknown;

const ACTIONS: Record<ClientDbAction, ActionHandler> = {
  get: clientGet,
  count: clientCount,
  'doc.get': clientDocGet,
  add: clientAdd,
  update: clientUpdate,
  remove: clientRemove,
  'doc.update': clientDocUpdate,
  'doc.remove': clientDocRemove,
};

/**
 * Adds `POST /client/db/<action>` (answering HTTP 200 `{ data }` or `{ errCode, errMsg }`) and the
 * `GET /client/watch` event stream. Throws RuleLoadError now if any rule is outside the supported subset.
 */
export function registerClientDatabase(server: LocalCloudServer, options: ClientDatabaseOptions): void {
  const deps: ClientDbDeps = {
    store: options.store,
    rules: compileRuleTable(options.rules),
    clock: options.clock,
  };
  server.route('POST', CLIENT_DB_PATH, (request) => handleAction(deps, request));
  registerWatchRoute(server, deps);
}

function handleAction(deps: ClientDbDeps, request: RouteRequest): RouteResponse {
  try {
    const action = request.url.pathname.slice(CLIENT_DB_PATH.length);
    const handler = Object.prototype.hasOwnProperty.call(ACTIONS, action)
      ? ACTIONS[action as ClientDbAction]
      : undefined;
    if (!handler) throw new CloudError(WireCode.INVALID_PARAM, `unknown client database action "${action}"`);
    const openid = callerOpenid(request.headers);
    if (!openid)
      throw new CloudError(WireCode.INVALID_PARAM, `header ${OPENID_HEADER} (the caller) is required`);
    const data = handler(deps, clientCaller(openid, deps), parseClientDbRequest(request.body));
    return { status: 200, json: { data } };
  } catch (error) {
    return { status: 200, json: clientErrorReply(error) };
  }
}
