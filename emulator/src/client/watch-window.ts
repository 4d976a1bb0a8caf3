// The documents one watch listener sees, and the platform-shaped snapshots describing how they changed.
import type { DocumentChange, StoredDocument } from '../db/document-store';
import type { WatchChange, WatchSnapshot } from './client-db-wire';

interface PendingChange {
  before?: StoredDocument;
  after?: StoredDocument;
}

/**
 * Holds a listener's current result window (query, order, limit) and turns committed changes into snapshots.
 * Changes are collected and flushed together, so a multi-document commit becomes one snapshot, as on the platform.
 */
export class WatchWindow {
  private documents: StoredDocument[] = [];
  private lastEventId = 0;
  private readonly pending = new Map<string, PendingChange>();

  /** `readWindow` returns the window as it is now (and throws if the caller may no longer read it). */
  constructor(private readonly readWindow: () => StoredDocument[]) {}

  /** The first snapshot: every document as an `init` change, `type: 'init'`. */
  init(): WatchSnapshot<StoredDocument> {
    this.documents = this.readWindow();
    const id = ++this.lastEventId;
    const docChanges = this.documents.map((doc): WatchChange<StoredDocument> => ({
      id,
      dataType: 'init',
      queueType: 'init',
      docId: doc._id,
      doc,
    }));
    return { id, docs: this.documents, docChanges, type: 'init' };
  }

  /** Notes a committed change to this collection; returns true when it is the first since the last flush. */
  record(change: DocumentChange): boolean {
    const isFirst = this.pending.size === 0;
    const earlier = this.pending.get(change.id);
    this.pending.set(change.id, { before: earlier ? earlier.before : change.before, after: change.after });
    return isFirst;
  }

  /** The snapshot for the changes recorded since the last flush, or undefined when the window did not change. */
  flush(): WatchSnapshot<StoredDocument> | undefined {
    if (this.pending.size === 0) return undefined;
    const changed = new Map(this.pending);
    this.pending.clear();
    const previous = new Map(this.documents.map((doc) => [doc._id, doc]));
    const next = this.readWindow();
    const nextIds = new Set(next.map((doc) => doc._id));
    const id = this.lastEventId + 1;
    const docChanges: Array<WatchChange<StoredDocument>> = [];
    for (const [docId, doc] of previous) {
      if (nextIds.has(docId)) continue;
      const change = changed.get(docId);
      const dataType = !change ? 'limit' : change.after ? 'update' : 'remove';
      docChanges.push({ id, dataType, queueType: 'dequeue', docId, doc });
    }
    for (const doc of next) {
      const change = changed.get(doc._id);
      if (previous.has(doc._id)) {
        if (change) docChanges.push({ id, dataType: 'update', queueType: 'update', docId: doc._id, doc });
        continue;
      }
      const dataType = !change ? 'limit' : change.before ? 'update' : 'add';
      docChanges.push({ id, dataType, queueType: 'enqueue', docId: doc._id, doc });
    }
    this.documents = next;
    if (docChanges.length === 0) return undefined;
    this.lastEventId = id;
    return { id, docs: next, docChanges };
  }
}
