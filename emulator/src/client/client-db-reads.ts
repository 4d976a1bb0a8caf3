// Reads a page may make: get (≤ 20 documents), count and doc(id).get, each checked against the read rule.
import { encodeForWire } from '../db/ejson';
import type { StoredDocument } from '../db/document-store';
import { CloudError, WireCode } from '../errors';
import { DOCUMENT_NOT_FOUND } from './client-db-errors';
import {
  assertDocumentsAllowed,
  assertFilterAllowed,
  collectionRules,
  decodeClientFilter,
  type ClientCaller,
  type ClientDbDeps,
} from './client-db-access';
import { sortFromOrder } from './client-db-request';
import { MAX_CLIENT_GET_LIMIT, type ClientDbRequest, type ClientDbResults } from './client-db-wire';

/** `collection.where(…).get()`: at most 20 documents (also the default), every one readable by the caller. */
export function clientGet(
  deps: ClientDbDeps,
  caller: ClientCaller,
  request: ClientDbRequest,
): ClientDbResults['get'] {
  const rules = collectionRules(deps, request.collection);
  const filter = decodeClientFilter(request.query, caller);
  assertFilterAllowed(rules, 'read', filter, caller);
  const documents = deps.store.find(request.collection, filter, {
    sort: sortFromOrder(request.order),
    skip: request.skip ?? 0,
    limit: Math.min(request.limit || MAX_CLIENT_GET_LIMIT, MAX_CLIENT_GET_LIMIT),
  });
  assertDocumentsAllowed(rules, 'read', documents, caller);
  return { list: project(deps, request, documents).map(encodeForWire) };
}

/** `collection.where(…).count()`: the number of matching documents, all of which must be readable. */
export function clientCount(
  deps: ClientDbDeps,
  caller: ClientCaller,
  request: ClientDbRequest,
): ClientDbResults['count'] {
  const rules = collectionRules(deps, request.collection);
  const filter = decodeClientFilter(request.query, caller);
  assertFilterAllowed(rules, 'read', filter, caller);
  const documents = deps.store.find(request.collection, filter);
  assertDocumentsAllowed(rules, 'read', documents, caller);
  return { total: documents.length };
}

/**
 * `doc(id).get()`: the read rule is evaluated on the stored document itself. A document the rule does not let
 * the caller read is answered exactly as one that does not exist (-1), so ids reveal nothing to those who guess.
 */
export function clientDocGet(
  deps: ClientDbDeps,
  caller: ClientCaller,
  request: ClientDbRequest,
): ClientDbResults['doc.get'] {
  const rules = collectionRules(deps, request.collection);
  const docId = requireDocId(request);
  const [document] = deps.store.find(request.collection, { _id: docId }, { limit: 1 });
  if (!document || !rules.allowsDocument('read', document, caller.context))
    throw new CloudError(DOCUMENT_NOT_FOUND, `document with _id ${docId} does not exist`);
  const [projected] = project(deps, request, [document]);
  return { doc: encodeForWire(projected ?? document) };
}

/** The id of a `doc(id)` request, or INVALID_PARAM. */
export function requireDocId(request: ClientDbRequest): string {
  if (!request.docId) throw new CloudError(WireCode.INVALID_PARAM, 'docId is required');
  return request.docId;
}

// Rules are checked on whole documents; `field()` applies afterwards, through the store, in the same order.
function project(
  deps: ClientDbDeps,
  request: ClientDbRequest,
  documents: StoredDocument[],
): StoredDocument[] {
  if (!request.projection || Object.keys(request.projection).length === 0 || documents.length === 0)
    return documents;
  const ids = documents.map((document) => document._id);
  const projected = deps.store.find(
    request.collection,
    { _id: { $in: ids } },
    { projection: request.projection },
  );
  const byId = new Map(projected.map((document) => [document._id, document]));
  return ids.flatMap((id) => {
    const document = byId.get(id);
    return document ? [document] : [];
  });
}
