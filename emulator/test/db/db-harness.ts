import { TestClock } from '../../src/clock';
import { DatabaseEngine, type TransactionLimits } from '../../src/db';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from '../../src/db/snapshot';
import { Dispatcher } from '../../src/http/dispatcher';
import { serveForSdk, type WxServerSdk } from '../sdk-harness';

/** `cloud.database()` of the real SDK. */
export type SdkDatabase = ReturnType<WxServerSdk['database']>;

export interface DatabaseFixture {
  engine: DatabaseEngine;
  clock: TestClock;
  dispatcher: Dispatcher;
  cloud: WxServerSdk;
  db: SdkDatabase;
  /** Empties the database and creates `collections` (for a beforeEach). */
  reset(collections: string[]): void;
  close(): Promise<void>;
}

/** Serves a fresh engine on loopback and points this test file's real wx-server-sdk at it. */
export async function startDatabase(
  collections: string[] = [],
  transactionLimits?: Partial<TransactionLimits>,
): Promise<DatabaseFixture> {
  const clock = new TestClock();
  const engine = new DatabaseEngine({ clock, transactionLimits });
  const dispatcher = new Dispatcher();
  engine.registerActions(dispatcher);
  const served = await serveForSdk(dispatcher);
  const reset = (names: string[]) =>
    engine.importSnapshot({
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      collections: names.map((name) => ({ name, indexes: [], documents: [] })),
    });
  reset(collections);
  return {
    engine,
    clock,
    dispatcher,
    cloud: served.cloud,
    db: served.cloud.database(),
    reset,
    close: served.close,
  };
}

/** The SDK's .d.ts types its calls as `Promise<T> | void | string`; at run time they are promises. */
export function settled<T>(call: Promise<T> | void | string): Promise<T> {
  return call as Promise<T>;
}

/** The rejection of a call, for asserting on errCode / errMsg (fails the test if the call succeeds). */
export async function rejectionOf(
  call: Promise<unknown> | void | string,
): Promise<{ errCode?: number; errMsg?: string; code?: string; message?: string }> {
  try {
    await call;
  } catch (error) {
    return error as { errCode?: number; errMsg?: string };
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** The parts of the SDK's transaction object the tests use (its .d.ts types transactions as `any`). */
export interface SdkTransaction {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<{ data: Record<string, unknown> | null }>;
      set(options: {
        data: Record<string, unknown>;
      }): Promise<{ stats: { updated: number; created: number } }>;
      update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>;
      remove(): Promise<{ stats: { removed: number } }>;
    };
    add(options: { data: Record<string, unknown> }): Promise<{ _id: string }>;
    where(condition: Record<string, unknown>): { get(): Promise<{ data: unknown[] }> };
  };
  commit(): Promise<unknown>;
  rollback(reason?: unknown): Promise<unknown>;
}

/** `db.runTransaction` with the callback's transaction typed. */
export function runTransaction<T>(db: SdkDatabase, callback: (tx: SdkTransaction) => Promise<T>): Promise<T> {
  return db.runTransaction(callback) as Promise<T>;
}

/** `db.startTransaction` with its result typed. */
export function startTransaction(db: SdkDatabase): Promise<SdkTransaction> {
  return db.startTransaction() as Promise<SdkTransaction>;
}

// Gaps in the SDK's .d.ts: these exist at run time (the platform documents them) but are not typed.

/** `db.command.expr(aggregateExpression)`. */
export function expr(db: SdkDatabase, expression: unknown): Record<string, unknown> {
  return (db.command as unknown as { expr(value: unknown): Record<string, unknown> }).expr(expression);
}

/** `db.command.aggregate.pipeline()`, for the pipeline form of lookup. */
export function subPipeline(db: SdkDatabase): SubPipeline {
  return (db.command.aggregate as unknown as { pipeline(): SubPipeline }).pipeline();
}
export interface SubPipeline {
  match(value: unknown): SubPipeline;
  project(value: unknown): SubPipeline;
  done(): unknown[];
}

/** `db.serverDate({ offset })`: the server's time plus `offsetMs`. */
export function serverDate(db: SdkDatabase, offsetMs: number): unknown {
  return (db.serverDate as unknown as (options: { offset: number }) => unknown)({ offset: offsetMs });
}

/** Sends one `/admin` action straight to the dispatcher, for wire shapes the SDK's builder cannot produce. */
export async function sendAction(
  dispatcher: Dispatcher,
  action: string,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const reply = await dispatcher.dispatch({
    action,
    params,
    files: {},
    caller: { functionName: '', source: '', openid: '' },
  });
  if (reply.kind !== 'json') throw new Error(`${action} answered with bytes`);
  return reply.body;
}
