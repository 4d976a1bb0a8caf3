// What every client database request does first: find the collection's rules, decode the filter, check it against them.
import type { Clock } from '../clock';
import { decodeWireText } from '../db/ejson';
import { collectionNotFound } from '../db/db-errors';
import type { DocumentStore, StoredDocument } from '../db/document-store';
import { permissionDenied } from './client-db-errors';
import { requestDocumentReader, type CompiledRules, type RuleContext, type RuleOperation } from './rules';

/** The placeholder a page writes for its own openid; the platform substitutes the caller's. */
export const OPENID_PLACEHOLDER = '{openid}';

/** What the client database works with. */
export interface ClientDbDeps {
  store: DocumentStore;
  rules: ReadonlyMap<string, CompiledRules>;
  clock: Clock;
}

/** One client request: who asks, and the rule context built for them. */
export interface ClientCaller {
  openid: string;
  context: RuleContext;
}

/**
 * The caller as rules see a mini program user (`auth.openid` set, no `auth.uid`), for one request: the rules'
 * get() reads the committed store, each document once.
 */
export function clientCaller(openid: string, deps: ClientDbDeps): ClientCaller {
  return {
    openid,
    context: { auth: { openid }, now: deps.clock.now(), documents: requestDocumentReader(deps.store) },
  };
}

/** The rules of a collection a client may use: -502005 when it does not exist, denied when it has no rules. */
export function collectionRules(deps: ClientDbDeps, collection: string): CompiledRules {
  if (!deps.store.hasCollection(collection)) throw collectionNotFound(collection);
  const rules = deps.rules.get(collection);
  if (!rules)
    throw permissionDenied(`collection ${collection} has no security rules, so clients may not use it`);
  return rules;
}

/** The request's filter decoded, with every `'{openid}'` replaced by the caller's openid. */
export function decodeClientFilter(query: string | undefined, caller: ClientCaller): Record<string, unknown> {
  if (query === undefined || query === '') return {};
  const decoded = decodeWireText(query, caller.context.now, 'query');
  if (decoded === null || typeof decoded !== 'object' || Array.isArray(decoded)) return {};
  return substituteOpenid(decoded, caller.openid) as Record<string, unknown>;
}

/** Refuses the whole request unless the filter is a subset of the rule for `operation`. */
export function assertFilterAllowed(
  rules: CompiledRules,
  operation: RuleOperation,
  filter: Record<string, unknown>,
  caller: ClientCaller,
): void {
  if (rules.allowsFilter(operation, filter, caller.context)) return;
  const pinned = rules.fieldsInGetPaths(operation);
  const getHint =
    pinned.length === 0
      ? ''
      : `; its get() reads doc.${pinned.join(', doc.')}, so a query relying on it must give ${pinned.join(', ')} with == (or in with one value)`;
  throw permissionDenied(
    `the query on ${rules.collection} is not a subset of its ${operation} rule (constrain the fields the rule names, e.g. _openid: '${OPENID_PLACEHOLDER}'${getHint})`,
  );
}

/** The second guard: refuses the request if any document it reaches fails the rule for `operation`. */
export function assertDocumentsAllowed(
  rules: CompiledRules,
  operation: RuleOperation,
  documents: StoredDocument[],
  caller: ClientCaller,
): void {
  const refused = documents.find((document) => !rules.allowsDocument(operation, document, caller.context));
  if (refused)
    throw permissionDenied(`the ${operation} rule of ${rules.collection} refuses document ${refused._id}`);
}

function substituteOpenid(value: unknown, openid: string): unknown {
  if (value === OPENID_PLACEHOLDER) return openid;
  if (Array.isArray(value)) return value.map((item) => substituteOpenid(item, openid));
  if (value === null || typeof value !== 'object' || value instanceof Date || value instanceof RegExp)
    return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, substituteOpenid(item, openid)]),
  );
}
