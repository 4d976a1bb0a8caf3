// The one typed facade over wx-server-sdk: its typings give DYNAMIC_CURRENT_ENV as a symbol, query results
// as unions with void, and no cloudPay at all.
import * as cloud from 'wx-server-sdk';

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

export const database = (): ReturnType<typeof cloud.database> => cloud.database();

/** Runs a query's `get()` and returns its documents (the SDK types results as a union with void). */
export async function readList<T>(query: { get(): unknown }): Promise<T[]> {
  const result = (await query.get()) as { data: T[] };
  return result.data;
}

export { cloud };
