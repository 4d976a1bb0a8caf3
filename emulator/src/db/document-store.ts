// What other parts of the local cloud (client database, watch, persistence, seeding) may ask of the database.

/** A stored document with decoded values (Dates as Date, regular expressions as RegExp). */
export type StoredDocument = Record<string, unknown> & { _id: string };

/** Order, paging and projection of a find; sort keys apply in insertion order. */
export interface FindOptions {
  sort?: Record<string, 1 | -1>;
  skip?: number;
  limit?: number;
  projection?: Record<string, 0 | 1 | boolean>;
}

/** One committed change to one document, as watchers and the file store see it. */
export interface DocumentChange {
  collection: string;
  id: string;
  /** Undefined for an insert. */
  before?: StoredDocument;
  /** Undefined for a removal. */
  after?: StoredDocument;
}

/** A collection index as `database/` declares it: `unique` ones are enforced; each one's first field serves equality reads. */
export interface IndexSpec {
  name: string;
  keys: Array<{ name: string; direction: 1 | -1 }>;
  unique?: boolean;
}

/** The database as the rest of the local cloud uses it directly (not over the wire). */
export interface DocumentStore {
  hasCollection(name: string): boolean;
  collectionNames(): string[];
  createCollection(name: string): void;
  /** Declares a collection's indexes; unique ones are enforced on every write. */
  defineIndexes(collection: string, indexes: IndexSpec[]): void;
  /** Inserts documents outside any request (seeding); throws on a duplicate `_id` or unique key. */
  insert(collection: string, documents: Array<Record<string, unknown>>): string[];
  /** Committed documents matching a Mongo filter, as deep copies. */
  find(collection: string, filter?: Record<string, unknown>, options?: FindOptions): StoredDocument[];
  count(collection: string, filter?: Record<string, unknown>): number;
  /**
   * Updates the first (with `multi`, every) matching document with operators (`{ $inc: … }`) or plain
   * fields (applied as `$set`); `updated` counts documents that really changed; `upsert` creates one if none match.
   */
  update(
    collection: string,
    filter: Record<string, unknown>,
    update: Record<string, unknown>,
    options?: { multi?: boolean; upsert?: boolean },
  ): { updated: number; upsertedId?: string };
  /** Removes the first (with `multi`, every) matching document; returns how many were removed. */
  remove(collection: string, filter: Record<string, unknown>, options?: { multi?: boolean }): number;
  /** Called after each committed change to a document; returns an unsubscribe function. */
  onChange(listener: (change: DocumentChange) => void): () => void;
}
