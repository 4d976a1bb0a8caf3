// The committed changes to a database's state, in the order they happened: what the dev store's journal keeps.
import type { IndexSpec, StoredDocument } from './document-store';

/** One document as a commit left it; `after` undefined means it was removed. */
export interface CommittedWrite {
  collection: string;
  id: string;
  after: StoredDocument | undefined;
}

/** A collection created, a collection's indexes declared, or one commit's document writes (all or nothing). */
export type StoreEntry =
  | { kind: 'collection'; name: string }
  | { kind: 'indexes'; collection: string; indexes: IndexSpec[] }
  | { kind: 'writes'; writes: CommittedWrite[] };

/** The committed state at one moment: each collection's indexes and documents (shared objects: read only). */
export interface CommittedCapture {
  collections: Array<{ name: string; indexes: IndexSpec[]; documents: StoredDocument[] }>;
}
