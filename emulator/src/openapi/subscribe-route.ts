import { callerOpenid, OPENID_HEADER } from '../http/client-errors';
import type { LocalCloudServer, RouteResponse } from '../http/server';
import type { ConsentLedger } from './consent-ledger';

/**
 * Templates one prompt may ask for. The current docs say 5, older docs and field reports say 3;
 * where sources disagree the stricter number is the one to design for.
 */
export const MAX_TEMPLATES_PER_PROMPT = 3;

/** The path the mini program side posts a subscribe prompt's outcome to. */
export const SUBSCRIBE_ROUTE = '/client/subscribe';

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
    const { tmplIds, decisions } = request;
    if (!Array.isArray(tmplIds) || tmplIds.length === 0) return fail(10001, "TmplIds can't be empty");
    if (!tmplIds.every((id): id is string => typeof id === 'string' && id.trim() !== '')) {
      return fail(10004, 'Invalid template id');
    }
    const templateIds = [...new Set(tmplIds)];
    if (templateIds.length > MAX_TEMPLATES_PER_PROMPT)
      return fail(20003, 'Templates count out of max bounds');
    const chosen = readDecisions(decisions);
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
