// The documents a rule's get() reads: the committed store, once per document per request, at most 10 per request.
import type { DocumentStore } from '../../db/document-store';
import { GET_PATH_PREFIX } from '../../../../database/rule-expression';
import { permissionDenied } from '../client-db-errors';

/** The platform's limit on different documents the get() calls of one request may reach. */
export const RULE_MAX_GET_DOCUMENTS = 10;

/** Reads a committed document for get(); undefined when the collection or the document does not exist. */
export interface RuleDocumentReader {
  read(collection: string, id: string): Record<string, unknown> | undefined;
}

/** A reader for one request: each document is read from the store once (a database read), then remembered. */
export function requestDocumentReader(store: DocumentStore): RuleDocumentReader {
  const seen = new Map<string, Record<string, unknown> | undefined>();
  return {
    read(collection, id) {
      const key = JSON.stringify([collection, id]);
      if (seen.has(key)) return seen.get(key);
      if (seen.size >= RULE_MAX_GET_DOCUMENTS)
        throw permissionDenied(
          `the security rules' get() may read at most ${RULE_MAX_GET_DOCUMENTS} different documents per request`,
        );
      const [document] = store.hasCollection(collection)
        ? store.find(collection, { _id: id }, { limit: 1 })
        : [];
      seen.set(key, document);
      return document;
    },
  };
}

/** The document a get() path names (`database.<collection>.<docId>`), or undefined for none or a malformed path. */
export function readGetPath(
  reader: RuleDocumentReader | undefined,
  path: unknown,
): Record<string, unknown> | undefined {
  if (reader === undefined || typeof path !== 'string' || !path.startsWith(GET_PATH_PREFIX)) return undefined;
  const rest = path.slice(GET_PATH_PREFIX.length);
  const dot = rest.indexOf('.');
  if (dot <= 0 || dot === rest.length - 1) return undefined;
  return reader.read(rest.slice(0, dot), rest.slice(dot + 1));
}
