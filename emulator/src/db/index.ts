// The local cloud's database: the `/admin` database actions for the real SDK, and a DocumentStore for the rest.
import type { Clock } from '../clock';
import type { Dispatcher } from '../http/dispatcher';
import { registerDatabaseActions } from './actions';
import { CommittedStore } from './committed-store';
import { DocumentOperations } from './document-operations';
import type { DocumentChange, DocumentStore, FindOptions, IndexSpec, StoredDocument } from './document-store';
import { deepCopy, normalizeHostValue } from './ejson';
import { OperationCounter, type OperationStats } from './operation-counter';
import { runIndexedPipeline } from './indexed-pipeline';
import { captureSnapshot, restoreSnapshot, type DatabaseSnapshot } from './snapshot';
import type { CommittedCapture, StoreEntry } from './store-entry';
import { DEFAULT_TRANSACTION_LIMITS, TransactionManager, type TransactionLimits } from './transactions';

export type { DatabaseSnapshot } from './snapshot';
export type { OperationStats } from './operation-counter';
export type { TransactionLimits } from './transactions';
export type { CommittedCapture, StoreEntry } from './store-entry';

/** How to build an engine: its clock and, optionally, transaction limits. */
export interface DatabaseEngineOptions {
  /** Time for serverDate and transaction expiry. */
  clock: Clock;
  /** Defaults: 60 s lifetime, 1000 open transactions. */
  transactionLimits?: Partial<TransactionLimits>;
}

/** Options of a local (non-wire) update: `multi` updates every match, `upsert` creates when none matches. */
export interface LocalUpdateOptions {
  multi?: boolean;
  upsert?: boolean;
}

/** In-memory database with optimistic transactions, served to the SDK as the platform's database actions. */
export class DatabaseEngine implements DocumentStore {
  private readonly clock: Clock;
  private readonly store = new CommittedStore();
  private readonly transactions: TransactionManager;
  private readonly operations: DocumentOperations;
  private readonly counter = new OperationCounter();
  private examined = 0;
  private readonly changeListeners = new Set<(change: DocumentChange) => void>();
  private readonly commitListeners = new Set<(entry: StoreEntry) => void>();

  constructor(options: DatabaseEngineOptions) {
    this.clock = options.clock;
    const limits = { ...DEFAULT_TRANSACTION_LIMITS, ...options.transactionLimits };
    this.transactions = new TransactionManager(this.store, this.clock, limits);
    this.operations = new DocumentOperations(this.store, this.transactions, (changes) =>
      this.publish(changes),
    );
  }

  /** Registers every `database.*` action the SDK sends to `/admin`. */
  registerActions(dispatcher: Dispatcher): void {
    registerDatabaseActions(dispatcher, {
      operations: this.operations,
      transactions: this.transactions,
      counter: this.counter,
      now: () => this.clock.now(),
      addCollection: (name) => this.addCollection(name),
      aggregate: (collection, pipeline) => this.runAggregation(collection, pipeline),
      publish: (changes) => this.publish(changes),
    });
  }

  hasCollection(name: string): boolean {
    return this.store.has(name);
  }

  collectionNames(): string[] {
    return this.store.names();
  }

  /** Creates a collection if it does not exist yet. */
  createCollection(name: string): void {
    if (!this.store.has(name)) this.addCollection(name);
  }

  defineIndexes(collection: string, indexes: IndexSpec[]): void {
    this.store.defineIndexes(collection, indexes);
    this.notifyCommit({ kind: 'indexes', collection, indexes: this.store.indexes(collection) });
  }

  /** The indexes declared for a collection. */
  indexes(collection: string): IndexSpec[] {
    return this.store.indexes(collection);
  }

  insert(collection: string, documents: Array<Record<string, unknown>>): string[] {
    this.counter.record('store.insert');
    return this.operations.insert(
      collection,
      documents.map((document) => this.normalize(document)),
    );
  }

  find(
    collection: string,
    filter: Record<string, unknown> = {},
    options: FindOptions = {},
  ): StoredDocument[] {
    this.counter.record('store.find');
    const found = this.operations.find(collection, { ...options, filter: this.normalize(filter) });
    return deepCopy(found) as StoredDocument[];
  }

  count(collection: string, filter: Record<string, unknown> = {}): number {
    this.counter.record('store.count');
    return this.operations.count(collection, this.normalize(filter));
  }

  /** Updates matching documents with operators (`{ $inc: … }`) or plain fields (as `$set`); `updated` counts real changes. */
  update(
    collection: string,
    filter: Record<string, unknown>,
    update: Record<string, unknown>,
    options: LocalUpdateOptions = {},
  ): { updated: number; upsertedId?: string } {
    this.counter.record('store.update');
    const mode = { multi: options.multi ?? false, upsert: options.upsert ?? false, replace: false };
    const { updated, upsertedId } = this.operations.update(
      collection,
      this.normalize(filter),
      this.normalize(update),
      mode,
    );
    return upsertedId === undefined ? { updated } : { updated, upsertedId };
  }

  /** Runs an aggregation pipeline outside any request (as `aggregate()…end()` would); rows are copies. */
  aggregate(collection: string, pipeline: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
    this.counter.record('store.aggregate');
    return deepCopy(this.runAggregation(collection, this.normalize(pipeline)));
  }

  /** Removes the first (or, with `multi`, every) matching document; returns how many were removed. */
  remove(collection: string, filter: Record<string, unknown>, options: { multi?: boolean } = {}): number {
    this.counter.record('store.remove');
    return this.operations.remove(collection, this.normalize(filter), options.multi ?? false);
  }

  onChange(listener: (change: DocumentChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /**
   * Called after anything a saved copy must reflect (a collection, its indexes, one commit's writes), in commit
   * order and synchronously, so the entry describes the state right after it. Entries share stored objects: read only.
   */
  onCommit(listener: (entry: StoreEntry) => void): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  /** Replays one saved entry (loading a dev store): no events fire. Throws if it cannot apply to this state. */
  applyEntry(entry: StoreEntry): void {
    if (entry.kind === 'collection') {
      if (!this.store.has(entry.name)) this.store.create(entry.name);
    } else if (entry.kind === 'indexes') this.store.defineIndexes(entry.collection, entry.indexes);
    else this.store.apply(entry.writes);
  }

  /** The committed state now, without copying documents (stored objects are never changed in place). */
  captureCommitted(): CommittedCapture {
    return {
      collections: this.store.names().map((name) => ({
        name,
        indexes: this.store.indexes(name),
        documents: this.store.documents(name),
      })),
    };
  }

  /** Operation counts since the last reset (for benchmarks: database operations per call). */
  stats(): OperationStats {
    return this.counter.snapshot();
  }

  resetStats(): void {
    this.counter.reset();
    this.examined = 0;
  }

  /** Stored documents aggregations read since the last reset (from indexes, or whole collections when none fits). */
  documentsExamined(): number {
    return this.examined;
  }

  /** Transactions started and not yet committed, aborted or expired. */
  openTransactionCount(): number {
    return this.transactions.openCount();
  }

  /** The committed database as one JSON-safe value. */
  exportSnapshot(): DatabaseSnapshot {
    return captureSnapshot(this.store);
  }

  /** Replaces everything with a snapshot; open transactions are dropped. Fires no change events. */
  importSnapshot(snapshot: unknown): void {
    restoreSnapshot(this.store, snapshot);
    this.transactions.clear();
  }

  private addCollection(name: string): void {
    this.store.create(name);
    this.notifyCommit({ kind: 'collection', name });
  }

  private runAggregation(
    collection: string,
    pipeline: Array<Record<string, unknown>>,
  ): Array<Record<string, unknown>> {
    return runIndexedPipeline(this.store, collection, pipeline, (count) => {
      this.examined += count;
    });
  }

  private normalize<T>(value: T): T {
    return normalizeHostValue(value, this.clock.now()) as T;
  }

  private publish(changes: DocumentChange[]): void {
    if (changes.length === 0) return;
    // The saver hears first: a watcher that writes in reply must come after this commit in the journal.
    const writes = changes.map((change) => ({
      collection: change.collection,
      id: change.id,
      after: change.after,
    }));
    this.notifyCommit({ kind: 'writes', writes });
    for (const change of changes) {
      for (const listener of this.changeListeners) {
        try {
          listener(deepCopy(change));
        } catch (error) {
          // A watcher's failure must not undo or fail a committed write.
          console.error(`database change listener failed on ${change.collection}/${change.id}:`, error);
        }
      }
    }
  }

  private notifyCommit(entry: StoreEntry): void {
    for (const listener of this.commitListeners) {
      try {
        listener(entry);
      } catch (error) {
        // Like a watcher, a saver's failure must not undo or fail what is already committed.
        console.error(`database commit listener failed on a ${entry.kind} entry:`, error);
      }
    }
  }
}
