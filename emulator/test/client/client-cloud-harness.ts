// A local cloud for client database tests: the database engine behind the real SDK (for cloud-function writes)
// and behind the client routes (for page reads, writes and watches), all on one loopback server.
import { registerClientDatabase } from '../../src/client/client-database-route';
import type { RuleSet } from '../../src/client/rules';
import { createWxCloud, type WxCloudClient } from '../../src/client/wx-cloud';
import type { WatchSnapshot } from '../../src/client/client-db-wire';
import { TestClock } from '../../src/clock';
import { DatabaseEngine } from '../../src/db';
import { Dispatcher } from '../../src/http/dispatcher';
import { serveForSdk, type WxServerSdk } from '../sdk-harness';

export interface ClientCloud {
  /** The real wx-server-sdk, writing as a cloud function would (rules do not apply to it). */
  sdk: WxServerSdk;
  engine: DatabaseEngine;
  clock: TestClock;
  baseUrl: string;
  /** An initialised `wx.cloud` signed in as `openid`. */
  pageAs(openid: string): WxCloudClient;
  /** Change listeners currently subscribed to the engine (one per open watch). */
  openSubscriptions(): number;
  close(): Promise<void>;
}

export async function startClientCloud(
  collections: string[],
  rules: Record<string, RuleSet>,
): Promise<ClientCloud> {
  const clock = new TestClock();
  const engine = new DatabaseEngine({ clock });
  for (const name of collections) engine.createCollection(name);
  let subscriptions = 0;
  const subscribe = engine.onChange.bind(engine);
  engine.onChange = (listener) => {
    subscriptions += 1;
    const unsubscribe = subscribe(listener);
    return () => {
      subscriptions -= 1;
      unsubscribe();
    };
  };
  const dispatcher = new Dispatcher();
  engine.registerActions(dispatcher);
  const served = await serveForSdk(dispatcher);
  registerClientDatabase(served.server, { store: engine, rules, clock });
  const baseUrl = served.adminUrl.replace(/\/admin$/, '');
  return {
    sdk: served.cloud,
    engine,
    clock,
    baseUrl,
    pageAs(openid) {
      const cloud = createWxCloud({ baseUrl, openid });
      cloud.init();
      return cloud;
    },
    openSubscriptions: () => subscriptions,
    close: served.close,
  };
}

/** Collects watch snapshots and errors so a test can await them in order. */
export class WatchRecorder {
  readonly snapshots: WatchSnapshot[] = [];
  readonly errors: Error[] = [];
  private waiters: Array<() => void> = [];

  readonly options = {
    onChange: (snapshot: WatchSnapshot) => {
      this.snapshots.push(snapshot);
      this.wake();
    },
    onError: (error: Error) => {
      this.errors.push(error);
      this.wake();
    },
  };

  /** Resolves with the `count`-th snapshot (1-based) once it has arrived. */
  async snapshot(count: number): Promise<WatchSnapshot> {
    await this.until(() => this.snapshots.length >= count || this.errors.length > 0);
    const snapshot = this.snapshots[count - 1];
    if (!snapshot) throw this.errors[0] ?? new Error('no snapshot');
    return snapshot;
  }

  /** Resolves with the first error once it has arrived. */
  async error(): Promise<Error> {
    await this.until(() => this.errors.length > 0);
    return this.errors[0] as Error;
  }

  private until(condition: () => boolean): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => (condition() ? resolve() : this.waiters.push(check));
      this.waiters.push(check);
    });
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }
}

/** Resolves once `condition` holds, checking after each turn of the event loop (no fixed delays). */
export async function eventually(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}
