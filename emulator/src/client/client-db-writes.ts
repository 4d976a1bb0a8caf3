// Writes a page may attempt, decided by the create/update/delete rules (the project's rules refuse them all).
import { decodeWireText } from '../db/ejson';
import { CloudError, WireCode } from '../errors';
import { permissionDenied } from './client-db-errors';
import {
  assertDocumentsAllowed,
  assertFilterAllowed,
  collectionRules,
  decodeClientFilter,
  type ClientCaller,
  type ClientDbDeps,
} from './client-db-access';
import { requireDocId } from './client-db-reads';
import type { ClientDbRequest, ClientDbResults } from './client-db-wire';
import type { RuleOperation } from './rules';

/** `collection.add({ data })`: the create rule sees the new document with `_openid` set by the server to the caller. */
export function clientAdd(
  deps: ClientDbDeps,
  caller: ClientCaller,
  request: ClientDbRequest,
): ClientDbResults['add'] {
  const rules = collectionRules(deps, request.collection);
  const data =
    request.data === undefined ? undefined : decodeWireText(request.data, caller.context.now, 'data');
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new CloudError(WireCode.INVALID_PARAM, 'add needs data: a document object');
  const document = { ...(data as Record<string, unknown>), _openid: caller.openid };
  if (!rules.allowsDocument('create', document, caller.context))
    throw permissionDenied(`the create rule of ${request.collection} refuses this document`);
  const [id] = deps.store.insert(request.collection, [document]);
  if (id === undefined) throw new CloudError(WireCode.REQUEST_FAILED, 'the store inserted nothing');
  return { id };
}

/** `where(…).update({ data })`: the filter must be a subset of the update rule, and every matched document pass it. */
export function clientUpdate(
  deps: ClientDbDeps,
  caller: ClientCaller,
  request: ClientDbRequest,
): ClientDbResults['update'] {
  const filter = checkFilteredWrite(deps, caller, request, 'update');
  const update = decodeUpdate(request, caller);
  return { updated: deps.store.update(request.collection, filter, update, { multi: true }).updated };
}

/** `where(…).remove()`: as update, against the delete rule. */
export function clientRemove(
  deps: ClientDbDeps,
  caller: ClientCaller,
  request: ClientDbRequest,
): ClientDbResults['remove'] {
  const filter = checkFilteredWrite(deps, caller, request, 'delete');
  return { removed: deps.store.remove(request.collection, filter, { multi: true }) };
}

/** `doc(id).update({ data })`: the update rule is evaluated on the stored document; a missing one updates nothing. */
export function clientDocUpdate(
  deps: ClientDbDeps,
  caller: ClientCaller,
  request: ClientDbRequest,
): ClientDbResults['doc.update'] {
  const docId = checkDocumentWrite(deps, caller, request, 'update');
  if (docId === undefined) return { updated: 0 };
  const update = decodeUpdate(request, caller);
  return { updated: deps.store.update(request.collection, { _id: docId }, update).updated };
}

/** `doc(id).remove()`: the delete rule is evaluated on the stored document; a missing one removes nothing. */
export function clientDocRemove(
  deps: ClientDbDeps,
  caller: ClientCaller,
  request: ClientDbRequest,
): ClientDbResults['doc.remove'] {
  const docId = checkDocumentWrite(deps, caller, request, 'delete');
  if (docId === undefined) return { removed: 0 };
  return { removed: deps.store.remove(request.collection, { _id: docId }) };
}

function checkFilteredWrite(
  deps: ClientDbDeps,
  caller: ClientCaller,
  request: ClientDbRequest,
  operation: RuleOperation,
): Record<string, unknown> {
  const rules = collectionRules(deps, request.collection);
  const filter = decodeClientFilter(request.query, caller);
  assertFilterAllowed(rules, operation, filter, caller);
  assertDocumentsAllowed(rules, operation, deps.store.find(request.collection, filter), caller);
  return filter;
}

/**
 * The document's id, undefined when it does not exist — or when the rule refuses the write and the caller
 * may not even read the document, which is then answered as missing (nothing changes, nothing is revealed).
 * Throws when the rule refuses a write to a document the caller can read.
 */
function checkDocumentWrite(
  deps: ClientDbDeps,
  caller: ClientCaller,
  request: ClientDbRequest,
  operation: RuleOperation,
): string | undefined {
  const rules = collectionRules(deps, request.collection);
  const docId = requireDocId(request);
  const [document] = deps.store.find(request.collection, { _id: docId }, { limit: 1 });
  if (!document) return undefined;
  if (rules.allowsDocument(operation, document, caller.context)) return docId;
  if (!rules.allowsDocument('read', document, caller.context)) return undefined;
  throw permissionDenied(`the ${operation} rule of ${request.collection} refuses document ${docId}`);
}

function decodeUpdate(request: ClientDbRequest, caller: ClientCaller): Record<string, unknown> {
  const update =
    request.data === undefined ? undefined : decodeWireText(request.data, caller.context.now, 'data');
  if (
    update === null ||
    typeof update !== 'object' ||
    Array.isArray(update) ||
    Object.keys(update).length === 0
  )
    throw new CloudError(WireCode.INVALID_PARAM, 'update needs data: a non-empty object');
  return update as Record<string, unknown>;
}
