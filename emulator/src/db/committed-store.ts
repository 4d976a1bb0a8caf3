import { CloudError, WireCode } from '../errors';
import { collectionNotFound, duplicateKey, invalidParam } from './db-errors';
import type { DocumentChange, IndexSpec, StoredDocument } from './document-store';
import { equalityKey, FieldIndex } from './field-index';
import { UniqueIndex } from './unique-index';

/** A committed document and the version it was written at (versions only grow, across all collections). */
export interface VersionedDocument {
  readonly doc: StoredDocument;
  readonly version: number;
  /** Where the document stands in its collection's insertion order (kept by updates, new on re-insert). */
  readonly position: number;
}

/** One document write to commit; `after` undefined removes the document. */
export interface DocumentWrite {
  collection: string;
  id: string;
  after: StoredDocument | undefined;
}

interface CollectionData {
  readonly records: Map<string, VersionedDocument>;
  indexes: IndexSpec[];
  uniqueIndexes: UniqueIndex[];
  /** An equality index for the first field of each declared index (`_id` needs none: it is the records' key). */
  fieldIndexes: Map<string, FieldIndex>;
}

const COLLECTION_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The committed state of the database: collections, their documents with versions, and indexes.
 * Stored objects are owned here: callers hand over fresh objects and never mutate what they read.
 */
export class CommittedStore {
  private readonly collections = new Map<string, CollectionData>();
  private lastVersion = 0;
  private lastPosition = 0;

  has(name: string): boolean {
    return this.collections.has(name);
  }

  names(): string[] {
    return [...this.collections.keys()].sort();
  }

  /** Creates an empty collection; throws if it exists already. */
  create(name: string): void {
    if (!COLLECTION_NAME.test(name)) {
      throw invalidParam(`invalid collection name "${name}": use 1-64 letters, digits, _ or -`);
    }
    if (this.collections.has(name)) {
      throw new CloudError(WireCode.COLLECTION_ALREADY_EXIST, `collection ${name} already exists`);
    }
    this.collections.set(name, {
      records: new Map(),
      indexes: [],
      uniqueIndexes: [],
      fieldIndexes: new Map(),
    });
  }

  /** Replaces a collection's indexes; throws if existing documents break a unique one. */
  defineIndexes(name: string, indexes: IndexSpec[]): void {
    const data = this.require(name);
    const uniqueIndexes = indexes.filter((spec) => spec.unique).map((spec) => new UniqueIndex(spec));
    const documents = [...data.records.values()].map((record) => record.doc);
    for (const index of uniqueIndexes) {
      const clash = index.rebuild(documents);
      if (clash) throw duplicateKey(name, index.spec.name, index.keyFields(clash));
    }
    data.indexes = indexes.map((spec) => ({ ...spec, keys: spec.keys.map((key) => ({ ...key })) }));
    data.uniqueIndexes = uniqueIndexes;
    data.fieldIndexes = new Map();
    for (const spec of indexes) {
      const field = spec.keys[0]?.name;
      if (field === undefined || field === '_id' || data.fieldIndexes.has(field)) continue;
      const index = new FieldIndex(field);
      index.rebuild(documents);
      data.fieldIndexes.set(field, index);
    }
  }

  /**
   * The documents an equality of `field` to any of `values` can match, in insertion order (shared objects: read
   * only) — a superset the caller filters. Undefined when the field is not indexed or a value is not a string,
   * number or boolean (`_id`: string only).
   */
  indexedCandidates(name: string, field: string, values: readonly unknown[]): StoredDocument[] | undefined {
    const idSets = this.indexedIds(name, field, values);
    if (!idSets) return undefined;
    const records = this.require(name).records;
    const found = new Map<string, VersionedDocument>();
    for (const ids of idSets) {
      for (const id of ids) {
        const record = records.get(id);
        if (record) found.set(id, record);
      }
    }
    return [...found.values()].sort((a, b) => a.position - b.position).map((record) => record.doc);
  }

  /** At most how many documents `indexedCandidates` would give, without reading them; undefined as there. */
  indexedCount(name: string, field: string, values: readonly unknown[]): number | undefined {
    const ids = this.indexedIds(name, field, values);
    return ids && ids.reduce((sum, set) => sum + set.size, 0);
  }

  private indexedIds(
    name: string,
    field: string,
    values: readonly unknown[],
  ): Array<ReadonlySet<string>> | undefined {
    const data = this.require(name);
    if (field === '_id') {
      if (!values.every((value) => typeof value === 'string')) return undefined;
      return [new Set(values as string[])];
    }
    const index = data.fieldIndexes.get(field);
    const keys = values.map(equalityKey);
    if (!index || keys.some((key) => key === undefined)) return undefined;
    return (keys as string[]).map((key) => index.idsFor(key));
  }

  indexes(name: string): IndexSpec[] {
    return this.require(name).indexes.map((spec) => ({
      ...spec,
      keys: spec.keys.map((key) => ({ ...key })),
    }));
  }

  get(name: string, id: string): VersionedDocument | undefined {
    return this.require(name).records.get(id);
  }

  /** The version of a document now; 0 when it does not exist. */
  version(name: string, id: string): number {
    return this.require(name).records.get(id)?.version ?? 0;
  }

  /** Every committed document of a collection, in insertion order (shared objects: read only). */
  documents(name: string): StoredDocument[] {
    return [...this.require(name).records.values()].map((record) => record.doc);
  }

  /** Applies writes all-or-nothing: unique keys are checked against the final state first. */
  apply(writes: DocumentWrite[]): DocumentChange[] {
    for (const write of writes) this.require(write.collection);
    this.checkUniqueKeys(writes);
    const changes: DocumentChange[] = [];
    for (const write of writes) {
      const data = this.require(write.collection);
      const existing = data.records.get(write.id);
      const before = existing?.doc;
      if (before) {
        for (const index of data.uniqueIndexes) index.remove(before);
        for (const index of data.fieldIndexes.values()) index.remove(before);
      }
      if (write.after) {
        const position = existing?.position ?? ++this.lastPosition;
        data.records.set(write.id, { doc: write.after, version: ++this.lastVersion, position });
        for (const index of data.fieldIndexes.values()) index.add(write.after);
      } else data.records.delete(write.id);
      changes.push({ collection: write.collection, id: write.id, before, after: write.after });
    }
    for (const write of writes) {
      if (!write.after) continue;
      for (const index of this.require(write.collection).uniqueIndexes) index.add(write.after);
    }
    return changes;
  }

  /** Replaces this store's content with `staged`'s, which must not be used afterwards (loading a saved database). */
  takeContentOf(staged: CommittedStore): void {
    this.collections.clear();
    for (const [name, data] of staged.collections) this.collections.set(name, data);
    // Versions keep growing past anything a transaction may still remember; positions follow the staged store.
    this.lastVersion = Math.max(this.lastVersion, staged.lastVersion) + 1;
    this.lastPosition = staged.lastPosition;
  }

  /** Throws the platform's -502005 error when the collection does not exist. */
  assertCollection(name: string): void {
    this.require(name);
  }

  private require(name: string): CollectionData {
    const data = this.collections.get(name);
    if (!data) throw collectionNotFound(name);
    return data;
  }

  private checkUniqueKeys(writes: DocumentWrite[]): void {
    const rewritten = new Set(writes.map((write) => `${write.collection}\u0000${write.id}`));
    const claimed = new Map<string, string>();
    for (const write of writes) {
      if (!write.after) continue;
      for (const index of this.require(write.collection).uniqueIndexes) {
        const key = index.keyOf(write.after);
        const claimKey = `${write.collection}\u0000${index.spec.name}\u0000${key}`;
        const claimant = claimed.get(claimKey);
        const owner = index.ownerOf(key);
        const ownerStays =
          owner !== undefined && owner !== write.id && !rewritten.has(`${write.collection}\u0000${owner}`);
        if ((claimant !== undefined && claimant !== write.id) || ownerStays) {
          throw duplicateKey(write.collection, index.spec.name, index.keyFields(write.after));
        }
        claimed.set(claimKey, write.id);
      }
    }
  }
}
