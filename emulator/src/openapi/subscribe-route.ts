import { callerOpenid, OPENID_HEADER } from '../http/client-errors';
import type { LocalCloudServer, RouteResponse } from '../http/server';
import type { ConsentLedger } from './consent-ledger';
import { checkPromptTemplates, SUBSCRIBE_ROUTE } from './subscribe-prompt-rules';

export { MAX_TEMPLATES_PER_PROMPT, SUBSCRIBE_ROUTE } from './subscribe-prompt-rules';

type Decision = 'accept' | 'reject';

/**
 * `POST /client/subscribe` with the user in `X-WX-OPENID` and `{ tmplIds, decisions? }` as body:
 * the local stand-in for `wx.requestSubscribeMessage`. Answers as that API does — success
 * `{ errMsg: 'requestSubscribeMessage:ok', [tmplId]: 'accept' | 'reject' }`, failure `{ errCode, errMsg }` —
 * and grants one credit per accepted template. Templates without a decision are accepted.
 */
export function registerSubscribeRoute(server: LocalCloudServer, consent: ConsentLedger): void {
  server.route('POST', SUBSCRIBE_ROUTE, ({ url, headers, body }) => {
    if (url.pathname !== SUBSCRIBE_ROUTE) return fail(-501007, `no route ${url.pathname}`, 404);
    const openid = callerOpenid(headers);
    if (!openid) return fail(-501007, `header ${OPENID_HEADER} (the subscriber) is required`, 400);
    const request = parseBody(body);
    if (!request) return fail(-501007, 'the body must be JSON { tmplIds: string[], decisions? }', 400);
    const templateIds = checkPromptTemplates(request.tmplIds);
    if (!Array.isArray(templateIds)) return fail(templateIds.errCode, templateIds.message);
    const chosen = readDecisions(request.decisions);
    if (!chosen) return fail(-501007, "decisions must map template ids to 'accept' or 'reject'", 400);

    const outcome: Record<string, Decision> = {};
    for (const id of templateIds) outcome[id] = chosen[id] ?? 'accept';
    consent.grant(
      openid,
      templateIds.filter((id) => outcome[id] === 'accept'),
    );
    return { status: 200, json: { errMsg: 'requestSubscribeMessage:ok', ...outcome } };
  });
}

function parseBody(body: Buffer): { tmplIds?: unknown; decisions?: unknown } | undefined {
  try {
    const value = JSON.parse(body.toString('utf8')) as unknown;
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

function readDecisions(decisions: unknown): Record<string, Decision> | undefined {
  if (decisions === undefined) return {};
  if (typeof decisions !== 'object' || decisions === null || Array.isArray(decisions)) return undefined;
  const entries = Object.entries(decisions as Record<string, unknown>);
  if (!entries.every(([, decision]) => decision === 'accept' || decision === 'reject')) return undefined;
  return Object.fromEntries(entries) as Record<string, Decision>;
}

function fail(errCode: number, message: string, status = 200): RouteResponse {
  return { status, json: { errCode, errMsg: `requestSubscribeMessage:fail ${message}` } };
}
