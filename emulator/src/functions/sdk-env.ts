import type { Caller } from '../http/protocol';
import { SANDBOX_PRINTER_PREFIX, SANDBOX_PRINTER_URL_VARIABLE } from '../printer/printer-wire';

/** The cloud environment id the local cloud pretends to be. */
export const LOCAL_ENV_ID = 'local-env';
/** The mini program appid callers have unless they name another (`WX_APPID`). */
export const LOCAL_APPID = 'wx0000000000000000';

/**
 * Variables that point any `wx-server-sdk` process at the local cloud (see local-cloud.md).
 * `caller` rides in the URL's query string so the server knows who made each request.
 */
export function sdkEnvironment(adminUrl: string, caller?: Partial<Caller>): Record<string, string> {
  const url = new URL(adminUrl);
  if (caller?.functionName) url.searchParams.set('fn', caller.functionName);
  if (caller?.source) url.searchParams.set('src', caller.source);
  if (caller?.openid) url.searchParams.set('openid', caller.openid);
  if (caller?.invocationId) url.searchParams.set('inv', caller.invocationId);
  // The SDK appends its own `env=…&seqId=…`: a trailing `&` keeps our parameters intact.
  const href = url.search ? `${url.toString()}&` : url.toString();
  return {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: href }),
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    // Without SCF the SDK probes a metadata host before every request.
    TENCENTCLOUD_RUNENV: 'SCF',
    SCF_NAMESPACE: LOCAL_ENV_ID,
    TCB_ENV: LOCAL_ENV_ID,
    TENCENTCLOUD_REGION: 'ap-shanghai',
    SILENCE: 'true',
    // The sandbox cloud printer the stores' `sandbox` printers print on.
    [SANDBOX_PRINTER_URL_VARIABLE]: new URL(SANDBOX_PRINTER_PREFIX, url).toString(),
  };
}

/** The identity variables `cloud.getWXContext()` reads for one invocation. */
export function identityEnvironment(identity: InvocationIdentity): Record<string, string> {
  const isClientCall = identity.source.startsWith('wx_client') && identity.openid !== '';
  return {
    TCB_SOURCE: identity.source,
    // Without a user (timer, payment callback) the context holds APPID, ENV and SOURCE only.
    WX_CONTEXT_KEYS: isClientCall ? 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP' : 'WX_APPID',
    WX_OPENID: isClientCall ? identity.openid : '',
    WX_APPID: identity.appid ?? LOCAL_APPID,
    WX_UNIONID: isClientCall ? (identity.unionid ?? '') : '',
    WX_CLIENTIP: isClientCall ? (identity.clientIp ?? '127.0.0.1') : '',
  };
}

/** Who an invocation runs as: what `cloud.getWXContext()` will report inside it. */
export interface InvocationIdentity {
  /**
   * `wx_client` (mini program), `wx_client,scf` (nested client call), `scf` (nested call from a
   * platform-made one), `wx_paycallback`, `wx_trigger` (timer), `wx_unknown` (delayed task).
   */
  source: string;
  /** The mini program user; '' when the platform itself calls (payment callback, timer, task). */
  openid: string;
  appid?: string;
  unionid?: string;
  clientIp?: string;
}
