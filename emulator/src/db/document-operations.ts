// Reads and writes with the platform's semantics, outside or inside a transaction.
import type { CommittedStore, DocumentWrite } from './committed-store';
import { duplicateKey, invalidOperator } from './db-errors';
import type { DocumentChange, StoredDocument } from './document-store';
import { canonicalKey } from './ejson';
import { countDocuments, findDocuments, type FindSpec } from './query-engine';
import type { TransactionManager } from './transactions';
import {
  applyUpdate,
  prepareInsert,
  replaceWith,
  toOperatorUpdate,
  upsertId,
  upsertSeed,
} from './update-engine';

/** How an update applies: `replace` is `doc.set` (merge:false), `upsert` creates when nothing matches. */
export interface UpdateMode {
  multi: boolean;
  upsert: boolean;
  replace: boolean;
}

/** `updated` counts documents that really changed (MongoDB's nModified); `upsertedId` names a created one. */
export interface UpdateOutcome {
  updated: number;
  upsertedId?: string;
  /** The last matched or created document as it is now, for `updateAndReturn`. */
  lastResult?: StoredDocument;
}

const SINGLE_DOCUMENT_ONLY =
  'transactions allow single-document operations only: doc(id).get/set/update/remove and add of one document';

/** The database's operations; inside a transaction every read and write goes through its overlay. */
export class DocumentOperations {
  constructor(
    private readonly store: CommittedStore,
    private readonly transactions: TransactionManager,
    private readonly publish: (changes: DocumentChange[]) => void,
  ) {}

  /** Matching documents (shared objects: read only). */
  find(collection: string, spec: FindSpec, transactionId?: string): Array<Record<string, unknown>> {
    if (transactionId === undefined) return findDocuments(this.candidates(collection, spec.filter), spec);
    const document = this.transactions.read(transactionId, collection, singleDocumentId(spec.filter));
    return document ? findDocuments([document], { filter: {}, projection: spec.projection }) : [];
  }

  count(collection: string, filter: Record<string, unknown>): number {
    return countDocuments(this.candidates(collection, filter), filter);
  }

  /** Inserts documents and returns their ids; a taken `_id` or unique key refuses the whole batch. */
  insert(collection: string, documents: Array<Record<string, unknown>>, transactionId?: string): string[] {
    this.store.assertCollection(collection);
    const prepared = documents.map(prepareInsert);
    const seen = new Set<string>();
    for (const document of prepared) {
      if (seen.has(document._id)) throw duplicateKey(collection, '_id_', { _id: document._id });
      seen.add(document._id);
    }
    if (transactionId !== undefined) {
      const [document] = prepared;
      if (prepared.length !== 1 || !document) throw invalidOperator(SINGLE_DOCUMENT_ONLY);
      if (this.transactions.read(transactionId, collection, document._id)) {
        throw duplicateKey(collection, '_id_', { _id: document._id });
      }
      this.transactions.write(transactionId, collection, document._id, document);
      return [document._id];
    }
    for (const document of prepared) {
      if (this.store.get(collection, document._id))
        throw duplicateKey(collection, '_id_', { _id: document._id });
    }
    this.commit(prepared.map((document) => ({ collection, id: document._id, after: document })));
    return prepared.map((document) => document._id);
  }

  /** Updates (or replaces) the first or every matching document; may upsert. */
  update(
    collection: string,
    filter: Record<string, unknown>,
    data: Record<string, unknown>,
    mode: UpdateMode,
    transactionId?: string,
  ): UpdateOutcome {
    const next = (document: StoredDocument) =>
      mode.replace ? replaceWith(document._id, data) : applyUpdate(document, toOperatorUpdate(data), filter);
    if (transactionId !== undefined) {
      const id = singleDocumentId(filter);
      const current = this.transactions.read(transactionId, collection, id);
      const after = current ? next(current) : mode.upsert ? this.upserted(id, filter, data, mode) : undefined;
      if (!after) return { updated: 0 };
      if (current && !hasChanged(current, after)) return { updated: 0, lastResult: current };
      this.transactions.write(transactionId, collection, id, after);
      return current ? { updated: 1, lastResult: after } : { updated: 0, upsertedId: id, lastResult: after };
    }
    const matching = findDocuments(this.candidates(collection, filter), { filter }) as StoredDocument[];
    const targets = mode.multi ? matching : matching.slice(0, 1);
    if (targets.length === 0 && mode.upsert) {
      const created = this.upserted(upsertId(filter), filter, data, mode);
      if (this.store.get(collection, created._id))
        throw duplicateKey(collection, '_id_', { _id: created._id });
      this.commit([{ collection, id: created._id, after: created }]);
      return { updated: 0, upsertedId: created._id, lastResult: created };
    }
    const writes: DocumentWrite[] = [];
    let lastResult: StoredDocument | undefined;
    for (const document of targets) {
      lastResult = next(document);
      if (hasChanged(document, lastResult)) writes.push({ collection, id: document._id, after: lastResult });
    }
    this.commit(writes);
    return { updated: writes.length, lastResult };
  }

  /** Removes the first or every matching document; returns how many were removed. */
  remove(
    collection: string,
    filter: Record<string, unknown>,
    multi: boolean,
    transactionId?: string,
  ): number {
    if (transactionId !== undefined) {
      const id = singleDocumentId(filter);
      if (!this.transactions.read(transactionId, collection, id)) return 0;
      this.transactions.write(transactionId, collection, id, undefined);
      return 1;
    }
    const matching = findDocuments(this.candidates(collection, filter), { filter }) as StoredDocument[];
    const targets = multi ? matching : matching.slice(0, 1);
    this.commit(targets.map((document) => ({ collection, id: document._id, after: undefined })));
    return targets.length;
  }

  /** The documents a filter can match: just one when it names a string `_id` (the common `doc(id)` case). */
  private candidates(collection: string, filter: Record<string, unknown>): StoredDocument[] {
    if (typeof filter._id !== 'string') return this.store.documents(collection);
    const record = this.store.get(collection, filter._id);
    return record ? [record.doc] : [];
  }

  private upserted(
    id: string,
    filter: Record<string, unknown>,
    data: Record<string, unknown>,
    mode: UpdateMode,
  ): StoredDocument {
    if (mode.replace) return replaceWith(id, data);
    return applyUpdate({ ...upsertSeed(filter), _id: id }, toOperatorUpdate(data));
  }

  private commit(writes: DocumentWrite[]): void {
    if (writes.length > 0) this.publish(this.store.apply(writes));
  }
}

function hasChanged(before: StoredDocument, after: StoredDocument): boolean {
  return canonicalKey(before) !== canonicalKey(after);
}

/** Inside a transaction the query must be exactly `{ _id }`, as `doc(id)` sends it. */
function singleDocumentId(filter: Record<string, unknown>): string {
  const keys = Object.keys(filter);
  if (keys.length !== 1 || typeof filter._id !== 'string') throw invalidOperator(SINGLE_DOCUMENT_ONLY);
  return filter._id;
}
