// The whole committed database as one JSON-safe value: collections, indexes, documents in canonical Extended JSON.
import { CommittedStore } from './committed-store';
import type { IndexSpec, StoredDocument } from './document-store';
import { decodeSavedValue, toCanonicalTree } from './ejson';

/** Marks a saved local database file; the version changes when the layout does. */
export const SNAPSHOT_FORMAT = 'diandan-local-database';
/** The saved layout's version (2 adds `sequence`, the last journal entry a snapshot holds); 1 is still read. */
export const SNAPSHOT_VERSION = 2;
const READABLE_VERSIONS: readonly number[] = [1, SNAPSHOT_VERSION];

/** What the file store writes; documents keep their types (`{"$date":…}`, `{"$numberDouble":…}`). */
export interface DatabaseSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  /** The last journal entry this snapshot includes (0 or absent: none). */
  sequence?: number;
  collections: Array<{ name: string; indexes: IndexSpec[]; documents: unknown[] }>;
}

/** Captures the committed state (open transactions are not part of it). */
export function captureSnapshot(store: CommittedStore): DatabaseSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    collections: store.names().map((name) => ({
      name,
      indexes: store.indexes(name),
      documents: store.documents(name).map(toCanonicalTree),
    })),
  };
}

/** Replaces the store's content with a snapshot; throws before touching the store if it is malformed. */
export function restoreSnapshot(store: CommittedStore, value: unknown): void {
  const snapshot = checkSnapshot(value);
  if (
    snapshot.sequence !== undefined &&
    !(Number.isSafeInteger(snapshot.sequence) && snapshot.sequence >= 0)
  ) {
    throw new Error('saved local database has a malformed sequence');
  }
  const decoded = snapshot.collections.map((collection) => ({
    ...collection,
    documents: collection.documents.map((raw, index) =>
      toStoredDocument(raw, `${collection.name}[${index}]`),
    ),
  }));
  const staged = new CommittedStore(); // names, duplicate ids and unique indexes must all hold before the swap
  populate(staged, decoded);
  store.takeContentOf(staged);
}

function populate(
  store: CommittedStore,
  collections: Array<{ name: string; indexes: IndexSpec[]; documents: StoredDocument[] }>,
): void {
  for (const collection of collections) {
    const ids = new Set(collection.documents.map((doc) => doc._id));
    if (ids.size !== collection.documents.length)
      throw new Error(`saved collection ${collection.name} repeats an _id`);
    store.create(collection.name);
    store.apply(
      collection.documents.map((doc) => ({ collection: collection.name, id: doc._id, after: doc })),
    );
    store.defineIndexes(collection.name, collection.indexes);
  }
}

function checkSnapshot(value: unknown): DatabaseSnapshot {
  const snapshot = value as Partial<DatabaseSnapshot> | null;
  if (!snapshot || snapshot.format !== SNAPSHOT_FORMAT) throw new Error('not a saved local database');
  if (typeof snapshot.version !== 'number' || !READABLE_VERSIONS.includes(snapshot.version)) {
    throw new Error(
      `saved local database has version ${String(snapshot.version)}, expected ${SNAPSHOT_VERSION}`,
    );
  }
  if (!Array.isArray(snapshot.collections)) throw new Error('saved local database has no collections list');
  for (const collection of snapshot.collections) {
    const { name, indexes, documents } = (collection ?? {}) as Partial<
      DatabaseSnapshot['collections'][number]
    >;
    if (typeof name !== 'string' || !Array.isArray(indexes) || !Array.isArray(documents)) {
      throw new Error('saved local database has a malformed collection entry');
    }
  }
  return snapshot as DatabaseSnapshot;
}

function toStoredDocument(raw: unknown, where: string): StoredDocument {
  const document = decodeSavedValue(raw) as Record<string, unknown> | null;
  if (!document || typeof document !== 'object' || typeof document._id !== 'string') {
    throw new Error(`saved document ${where} has no string _id`);
  }
  return document as StoredDocument;
}
