// The admin scripts' one door to a cloud database: wx-server-sdk, which bundles the maintained CloudBase SDK,
// initialised with API credentials. Where TCB_CONTEXT_CNFG points (a real environment or the local cloud)
// decides which database answers; the script never asks.
import * as wxServerSdk from 'wx-server-sdk';
import type { SeedDocument } from '../../database/types';
import type { CloudCredentials } from './credentials';

/** What the deploy scripts do to a database, and nothing more. */
export interface AdminDatabase {
  /** Creates `name` unless it exists; says which happened. */
  ensureCollection(name: string): Promise<'created' | 'existing'>;
  /** The ids among `ids` that `collection` already holds. */
  existingIds(collection: string, ids: readonly string[]): Promise<Set<string>>;
  /** Adds one document under its own `_id` (which must not exist yet). */
  insert(collection: string, document: SeedDocument): Promise<void>;
  /** Writes one document whole under its `_id`, creating or overwriting it (`doc(_id).set`). */
  replace(collection: string, document: SeedDocument): Promise<void>;
  /** The documents matching `condition` (equality on each field), only `fields`; at most 1,000. */
  find(
    collection: string,
    condition: Record<string, unknown>,
    fields: readonly string[],
  ): Promise<SeedDocument[]>;
  /** Sets `data` on every document matching `condition`; how many changed. */
  update(
    collection: string,
    condition: Record<string, unknown>,
    data: Record<string, unknown>,
  ): Promise<number>;
}

// The SDK's typings know neither credentials in `init` nor precise result types: these few shapes are
// the boundary, checked by the tests that run every call through the real SDK.
interface SdkQuery {
  where(condition: Record<string, unknown>): SdkQuery;
  field(projection: Record<string, boolean>): SdkQuery;
  limit(count: number): SdkQuery;
  get(): Promise<{ data: Array<{ _id: string }> }>;
  count(): Promise<{ total: number }>;
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>;
}
interface SdkCollection extends SdkQuery {
  add(options: { data: Record<string, unknown> }): Promise<unknown>;
  doc(id: string): { set(options: { data: Record<string, unknown> }): Promise<unknown> };
}
interface SdkDatabase {
  collection(name: string): SdkCollection;
  createCollection(name: string): Promise<unknown>;
  command: { in(values: readonly unknown[]): unknown };
}
interface AdminSdk {
  init(config: { env: string; secretId: string; secretKey: string; sessionToken?: string }): void;
  database(): SdkDatabase;
}

const sdk = wxServerSdk as unknown as AdminSdk;

/** `errCode` the SDK gives a request on a collection that does not exist (documented platform code). */
const COLLECTION_NOT_EXIST = -502005;
/** Ids per existence query: the server's default page, so one page always holds the whole answer. */
const IDS_PER_QUERY = 100;
/** Most documents one `find` answers (the server's largest page). */
const FIND_LIMIT = 1000;

let initialisedFor: string | undefined;

/**
 * Opens the database of environment `envId` with `credentials`. The SDK keeps one instance per process,
 * so a second call must name the same environment and key (anything else throws rather than silently
 * writing to the first environment).
 */
export function openAdminDatabase(options: { envId: string; credentials: CloudCredentials }): AdminDatabase {
  const { envId, credentials } = options;
  const key = `${envId}\n${credentials.secretId}`;
  if (initialisedFor === undefined) {
    sdk.init({ env: envId, ...credentials });
    initialisedFor = key;
  } else if (initialisedFor !== key) {
    throw new Error('this process already opened another environment or key; run one deploy per process');
  }
  const db = sdk.database();
  return {
    async ensureCollection(name) {
      try {
        await db.collection(name).count();
        return 'existing';
      } catch (error) {
        if (errorCode(error) !== COLLECTION_NOT_EXIST) throw error;
      }
      await db.createCollection(name);
      return 'created';
    },
    async existingIds(collection, ids) {
      const found = new Set<string>();
      for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
        const chunk = ids.slice(start, start + IDS_PER_QUERY);
        const { data } = await db
          .collection(collection)
          .where({ _id: db.command.in(chunk) })
          .field({ _id: true })
          .limit(chunk.length)
          .get();
        for (const document of data) found.add(document._id);
      }
      return found;
    },
    async insert(collection, document) {
      await db.collection(collection).add({ data: document });
    },
    async replace(collection, document) {
      const { _id: id, ...fields } = document;
      if (typeof id !== 'string' || id === '') throw new Error(`a ${collection} document has no string _id`);
      await db.collection(collection).doc(id).set({ data: fields });
    },
    async find(collection, condition, fields) {
      const projection = Object.fromEntries(fields.map((field) => [field, true]));
      const query = db.collection(collection).where(condition).field(projection).limit(FIND_LIMIT);
      return (await query.get()).data;
    },
    async update(collection, condition, data) {
      return (await db.collection(collection).where(condition).update({ data })).stats.updated;
    },
  };
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { errCode?: unknown }).errCode : undefined;
}
