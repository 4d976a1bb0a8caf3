import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock';
import { CloudError, WireCode } from '../errors';
import type { CommittedStore, DocumentWrite } from './committed-store';
import type { DocumentChange, StoredDocument } from './document-store';
import { canonicalKey } from './ejson';

/** How long an uncommitted transaction may live (clock milliseconds) and how many may be open at once. */
export interface TransactionLimits {
  lifetimeMs: number;
  maxOpen: number;
}

/** MongoDB's default transaction lifetime; the cap keeps abandoned transactions from piling up. */
export const DEFAULT_TRANSACTION_LIMITS: TransactionLimits = { lifetimeMs: 60_000, maxOpen: 1_000 };

interface TouchedDocument {
  /** Committed version when the transaction first read or wrote the document (0: absent). */
  readonly baseVersion: number;
  readonly base: StoredDocument | undefined;
  /** The document as this transaction sees it now (its own writes included). */
  current: StoredDocument | undefined;
  written: boolean;
}

interface OpenTransaction {
  readonly startedAtMs: number;
  readonly touched: Map<string, TouchedDocument>;
}

const touchKey = (collection: string, id: string) => `${collection}\u0000${id}`;

/**
 * Optimistic transactions: each keeps a private overlay of the documents it touched, with the
 * version each had when FIRST touched (read or write). Commit fails with DATABASE_TRANSACTION_CONFLICT
 * when a document it wrote was changed by anyone else since then; the SDK's runTransaction retries.
 */
export class TransactionManager {
  private readonly open = new Map<string, OpenTransaction>();

  constructor(
    private readonly store: CommittedStore,
    private readonly clock: Clock,
    private readonly limits: TransactionLimits = DEFAULT_TRANSACTION_LIMITS,
  ) {}

  /** Opens a transaction and returns its id; expired ones are dropped and the oldest evicted past the cap. */
  start(): string {
    this.dropExpired();
    while (this.open.size >= this.limits.maxOpen) {
      const oldest = this.open.keys().next();
      if (oldest.done) break;
      this.open.delete(oldest.value);
    }
    const id = randomBytes(16).toString('hex');
    this.open.set(id, { startedAtMs: this.clock.now(), touched: new Map() });
    return id;
  }

  /** The document as the transaction sees it (read-your-writes, repeatable reads). Shared object: read only. */
  read(transactionId: string, collection: string, id: string): StoredDocument | undefined {
    return this.touch(this.require(transactionId), collection, id).current;
  }

  /** Stages a write (undefined removes); nothing is visible to others before commit. */
  write(transactionId: string, collection: string, id: string, after: StoredDocument | undefined): void {
    const touched = this.touch(this.require(transactionId), collection, id);
    touched.current = after;
    touched.written = true;
  }

  /** Validates and applies the transaction's writes; returns the committed changes. */
  commit(transactionId: string): DocumentChange[] {
    const transaction = this.take(transactionId);
    const writes: DocumentWrite[] = [];
    for (const [key, touched] of transaction.touched) {
      if (!touched.written) continue;
      const [collection = '', id = ''] = key.split('\u0000');
      if (this.store.version(collection, id) !== touched.baseVersion) {
        throw new CloudError(
          WireCode.TRANSACTION_CONFLICT,
          `database transaction conflict: ${collection}/${id} was changed by another write after this transaction read it`,
        );
      }
      if (canonicalKey(touched.base) === canonicalKey(touched.current)) continue;
      writes.push({ collection, id, after: touched.current });
    }
    return this.store.apply(writes);
  }

  /** Discards the transaction's writes. */
  abort(transactionId: string): void {
    this.take(transactionId);
  }

  /** Transactions started and not yet committed, aborted or expired. */
  openCount(): number {
    this.dropExpired();
    return this.open.size;
  }

  /** Forgets every open transaction (when the whole database is replaced). */
  clear(): void {
    this.open.clear();
  }

  private touch(transaction: OpenTransaction, collection: string, id: string): TouchedDocument {
    const key = touchKey(collection, id);
    const known = transaction.touched.get(key);
    if (known) return known;
    const committed = this.store.get(collection, id);
    const touched: TouchedDocument = {
      baseVersion: committed?.version ?? 0,
      base: committed?.doc,
      current: committed?.doc,
      written: false,
    };
    transaction.touched.set(key, touched);
    return touched;
  }

  private take(transactionId: string): OpenTransaction {
    const transaction = this.require(transactionId);
    this.open.delete(transactionId);
    return transaction;
  }

  private require(transactionId: string): OpenTransaction {
    const transaction = this.open.get(transactionId);
    if (!transaction) {
      throw new CloudError(
        WireCode.TRANSACTION_FAIL,
        `transaction ${transactionId} is not open (committed, aborted or expired)`,
      );
    }
    if (this.isExpired(transaction)) {
      this.open.delete(transactionId);
      throw new CloudError(
        WireCode.TRANSACTION_FAIL,
        `transaction ${transactionId} expired: open longer than ${this.limits.lifetimeMs} ms`,
      );
    }
    return transaction;
  }

  private isExpired(transaction: OpenTransaction): boolean {
    return this.clock.now() - transaction.startedAtMs > this.limits.lifetimeMs;
  }

  private dropExpired(): void {
    for (const [id, transaction] of this.open) if (this.isExpired(transaction)) this.open.delete(id);
  }
}
