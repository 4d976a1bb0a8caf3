import path from 'node:path';
import type { DatabaseDefinition } from '../../database/types';
import { systemClock, type Clock } from './clock';
import { registerClientDatabase } from './client/client-database-route';
import { DatabaseEngine } from './db';
import { attachFileStore, loadInto } from './db/persistence';
import type { FunctionCatalog } from './functions/catalog';
import { faultControls, type FaultControls } from './functions/fault-controls';
import { registerInvokeFunctionAction } from './functions/invoke-action';
import { FunctionRunner, type InvokeFunction } from './functions/runner';
import { LOCAL_ENV_ID, sdkEnvironment } from './functions/sdk-env';
import { registerCallRoute } from './gateway/call-route';
import { registerPreviewRoute } from './preview/preview-route';
import { Dispatcher } from './http/dispatcher';
import { LocalCloudServer } from './http/server';
import { OpenApiService } from './openapi';
import { PaymentSandbox } from './pay';
import { PrinterSandbox } from './printer';
import { StorageService } from './storage';
import { ClockScheduler } from './timers/clock-scheduler';
import { startTimerTriggers } from './timers/timer-triggers';

/** What to serve: the functions, the database definition, and where time and data come from. */
export interface LocalCloudOptions {
  functions: FunctionCatalog;
  /** Collections, rules, indexes and seeds from `database/`. */
  database: DatabaseDefinition;
  /** Seed set loaded into an empty store (`demo`), or none. */
  seed?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Time for serverDate, timers and payments; tests pass a TestClock. */
  clock?: Clock;
  /** Folder for the dev store and files (survives restarts); omit for memory only. */
  dataDir?: string;
  /** Run timer triggers from each function's config.json. */
  timers?: boolean;
  /** Invocations running at once; the rest wait in arrival order (default: a few per core; see admission.ts). */
  maxRunningInvocations?: number;
  /** A mini program folder (with app.json) to serve in the browser at `/preview/`; omit for no preview. */
  previewRoot?: string;
}

/** A running local cloud: the services, their controls, and how to reach it. */
export interface LocalCloud {
  port: number;
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  /** The URL the SDK's TCB_CONTEXT_CNFG points at. */
  adminUrl: string;
  envId: string;
  clock: Clock;
  dispatcher: Dispatcher;
  database: DatabaseEngine;
  runner: FunctionRunner;
  payments: PaymentSandbox;
  /** The sandbox cloud printer: tickets printed, and a switch to fail the next prints. */
  printer: PrinterSandbox;
  openapi: OpenApiService;
  storage: StorageService;
  scheduler: ClockScheduler;
  /** Injected faults (a function's instance dying after n database operations) and per-invocation counts. */
  faults: FaultControls;
  /** Environment variables that point any wx-server-sdk process at this local cloud. */
  sdkEnvironment(): Record<string, string>;
  /** Calls a function as a mini program user would (`wx.cloud.callFunction`). */
  callAsClient(name: string, event: unknown, openid: string): Promise<unknown>;
  /** The timer triggers read from config.json and when each fires next. */
  timerTriggers(): Array<{ functionName: string; triggerName: string; nextAtMs: number }>;
  /** Writes the dev store to disk now (no-op in memory). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the local cloud on 127.0.0.1 with the project's database definition loaded. */
export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const clock = options.clock ?? systemClock;
  const dispatcher = new Dispatcher();
  const server = new LocalCloudServer(dispatcher);
  const port = await server.listen(options.port ?? 0);
  const baseUrl = `http://127.0.0.1:${port}`;
  const adminUrl = `${baseUrl}/admin`;

  const scheduler = new ClockScheduler(clock);
  const runner = new FunctionRunner(options.functions, () => adminUrl, {
    ...(options.maxRunningInvocations !== undefined && { maxRunning: options.maxRunningInvocations }),
  });
  const invoke: InvokeFunction = (name, event, identity) => runner.invoke(name, event, identity);
  dispatcher.gate((request) => runner.invocations.admit(request));
  const faults = faultControls(runner);

  const database = new DatabaseEngine({ clock });
  const databaseFile = options.dataDir ? path.join(options.dataDir, 'database.json') : undefined;
  const loadedFromDisk = databaseFile ? loadInto(database, databaseFile) : false;
  prepareDatabase(database, options.database, loadedFromDisk ? undefined : options.seed);
  const fileStore = databaseFile ? attachFileStore(database, databaseFile) : undefined;

  const payments = new PaymentSandbox({ clock, scheduler, invoke, envId: LOCAL_ENV_ID });
  const printer = new PrinterSandbox({
    clock,
    root: options.dataDir ? path.join(options.dataDir, 'printer') : null,
  });
  const openapi = new OpenApiService({
    catalog: options.functions,
    scheduler,
    clock,
    invoke,
    trades: () => payments.trades(),
  });
  const storage = new StorageService({
    root: options.dataDir ? path.join(options.dataDir, 'storage') : null,
    publicBaseUrl: () => baseUrl,
    envId: LOCAL_ENV_ID,
    clock,
  });

  database.registerActions(dispatcher);
  payments.registerActions(dispatcher);
  payments.registerRoutes(server);
  printer.registerRoutes(server);
  openapi.registerActions(dispatcher);
  openapi.registerRoutes(server);
  storage.registerActions(dispatcher);
  storage.registerRoutes(server);
  registerInvokeFunctionAction(dispatcher, runner);
  registerCallRoute(server, runner);
  registerClientDatabase(server, { store: database, rules: rulesByCollection(options.database), clock });
  if (options.previewRoot) registerPreviewRoute(server, options.previewRoot, { database, clock });
  server.route('GET', '/health', () => ({ status: 200, json: { ok: true, envId: LOCAL_ENV_ID } }));

  const timers =
    options.timers === false
      ? undefined
      : startTimerTriggers({ catalog: options.functions, scheduler, clock, invoke });

  return {
    port,
    baseUrl,
    adminUrl,
    envId: LOCAL_ENV_ID,
    clock,
    dispatcher,
    database,
    runner,
    payments,
    printer,
    openapi,
    storage,
    scheduler,
    faults,
    sdkEnvironment: () => sdkEnvironment(adminUrl),
    callAsClient: (name, event, openid) => runner.invoke(name, event, { source: 'wx_client', openid }),
    timerTriggers: () => timers?.list() ?? [],
    flush: async () => fileStore?.flush(),
    async close() {
      timers?.stop();
      scheduler.close();
      await fileStore?.close();
      await server.close();
    },
  };
}

/** Creates every defined collection and its indexes; seeds an empty store. */
function prepareDatabase(
  database: DatabaseEngine,
  definition: DatabaseDefinition,
  seed: string | undefined,
): void {
  for (const collection of definition.collections) {
    database.createCollection(collection.name);
    database.defineIndexes(collection.name, collection.indexes);
  }
  if (!seed) return;
  const documents = definition.seeds[seed];
  if (!documents) throw new Error(`no seed set "${seed}" in database/seed/`);
  for (const [collection, docs] of Object.entries(documents)) database.insert(collection, docs);
}

function rulesByCollection(definition: DatabaseDefinition) {
  return Object.fromEntries(definition.collections.map((collection) => [collection.name, collection.rules]));
}
