// The one typed facade over wx-server-sdk: its typings give DYNAMIC_CURRENT_ENV as a symbol, query results
// as unions with void, and no cloudPay at all.
import * as cloud from 'wx-server-sdk';
import { busyOnTransient, retryTransient } from './transient';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

/** The caller as the platform states it; the only source of identity. */
export interface WxContext {
  OPENID?: string;
  APPID?: string;
  UNIONID?: string;
  CLIENTIP?: string;
  ENV?: string;
  /** `wx_client`, `wx_client,scf`, `wx_paycallback`, … */
  SOURCE?: string;
}

/** The caller's context for the current invocation, every value a string (the SDK turns all-digit values into numbers). */
export function wxContext(): WxContext {
  const context = cloud.getWXContext() as Record<string, unknown>;
  const text = (key: string): string | undefined =>
    context[key] === undefined ? undefined : String(context[key]);
  return {
    OPENID: text('OPENID'),
    APPID: text('APPID'),
    UNIONID: text('UNIONID'),
    CLIENTIP: text('CLIENTIP'),
    ENV: text('ENV'),
    SOURCE: text('SOURCE'),
  };
}

/** The cloud database of the current environment. */
export const database = (): ReturnType<typeof cloud.database> => cloud.database();

/**
 * Runs a query's `get()` and returns its documents (the SDK types results as a union with void). A transient
 * failure is retried with backoff and jitter; one that lasts is BUSY.
 */
export async function readList<T>(query: { get(): unknown }): Promise<T[]> {
  const result = (await retryTransient(async () => query.get())) as { data: T[] };
  return result.data;
}

/** Runs a query's `count()` and returns how many documents match; transient failures as readList. */
export async function readCount(query: { count(): unknown }): Promise<number> {
  const result = (await retryTransient(async () => query.count())) as { total: number };
  return result.total;
}

/** Runs an aggregation's `end()` and returns its rows; transient failures as readList. */
export async function readAggregate<T>(aggregate: { end(): unknown }): Promise<T[]> {
  const result = (await retryTransient(async () => aggregate.end())) as { list: T[] };
  return result.list;
}

/**
 * Runs a query's `update({ data })` and returns how many documents it changed. With `isIdempotent` (the
 * update's guard makes a second application change nothing, e.g. a mark it sets excludes it) a transient
 * failure is retried; otherwise it is not repeated, since it may have been applied. One that lasts is BUSY.
 */
export async function updateCount(
  query: { update(options: { data: object }): unknown },
  data: object,
  options: { isIdempotent?: boolean } = {},
): Promise<number> {
  const run = async () => query.update({ data });
  const result = (await (options.isIdempotent ? retryTransient(run) : busyOnTransient(run))) as {
    stats: { updated: number };
  };
  return result.stats.updated;
}

export { cloud };
