// `functions.invokeFunction` on `/admin`: `cloud.callFunction` made from inside a function (a nested call).
import { CloudError, WireCode } from '../errors';
import type { Dispatcher } from '../http/dispatcher';
import { toJsonText } from '../http/json-text';
import { jsonReply } from '../http/protocol';
import type { FunctionRunner } from './runner';

/**
 * Registers the nested-call action: `{ function_name, request_data }` → `{ data: { response_data } }`.
 * The callee keeps the caller's OPENID; its SOURCE is `wx_client,scf` under a client call, else `scf`.
 * A nested call does not queue for admission (its caller, waiting for it, holds a place).
 */
export function registerInvokeFunctionAction(dispatcher: Dispatcher, runner: FunctionRunner): void {
  dispatcher.register('functions.invokeFunction', async ({ params, caller }) => {
    const name = String(params.function_name ?? '');
    const event = parseRequestData(params.request_data);
    const source = caller.source.startsWith('wx_client') ? 'wx_client,scf' : 'scf';
    const identity = { source, openid: caller.openid };
    // A call from a running invocation runs in its caller's place; one from outside the runner queues.
    const result = caller.invocationId
      ? await runner.invokeNested(name, event, identity)
      : await runner.invoke(name, event, identity);
    return jsonReply({ data: { response_data: toJsonText(result ?? null) } });
  });
}

function parseRequestData(raw: unknown): unknown {
  try {
    return raw === undefined || raw === '' ? {} : (JSON.parse(String(raw)) as unknown);
  } catch {
    throw new CloudError(WireCode.INVALID_PARAM, 'callFunction data must be JSON');
  }
}
