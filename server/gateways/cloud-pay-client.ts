// The typed seam over `cloud.cloudPay` (the SDK typings lack it). A reply counts as success only when
// `returnCode` and `resultCode` are both SUCCESS: the SDK overwrites the platform's `err_code` with
// `errCode: 0`, so a refusal is recognised by those two fields and described by `errCodeDes`/`returnMsg`.
import { chinaWallClockAt } from '../domain/china-time';
import { cloud } from '../runtime/cloud';

/** The cloudPay APIs the ordering flows use. */
export type CloudPayApi = 'unifiedOrder' | 'queryOrder' | 'closeOrder' | 'refund' | 'queryRefund';

/** A cloudPay reply, keys in camelCase as the SDK returns them. */
export type CloudPayReply = Readonly<Record<string, unknown>>;

type CloudPayCall = (fields: Record<string, unknown>) => Promise<CloudPayReply>;

/**
 * A cloudPay call that did not succeed. `refused`: the platform answered (a field was wrong, or the
 * business rule said no: already paid, closed, not found); `unreachable`: the call itself failed and
 * may succeed when retried.
 */
export class PaymentGatewayError extends Error {
  constructor(
    readonly kind: 'refused' | 'unreachable',
    readonly api: CloudPayApi,
    message: string,
  ) {
    super(`cloudPay.${api} ${kind}: ${message}`);
    this.name = 'PaymentGatewayError';
  }
}

function cloudPay(): Record<CloudPayApi, CloudPayCall> {
  // SDK boundary: `cloudPay` exists at run time but not in wx-server-sdk's index.d.ts.
  return (cloud as unknown as { cloudPay: Record<CloudPayApi, CloudPayCall> }).cloudPay;
}

/** Calls one cloudPay API; resolves with the reply only when the platform says SUCCESS twice. */
export async function callCloudPay(
  api: CloudPayApi,
  fields: Record<string, unknown>,
): Promise<CloudPayReply> {
  let reply: CloudPayReply;
  try {
    reply = await cloudPay()[api](fields);
  } catch (error) {
    const text = error instanceof Error ? error.message : JSON.stringify(error);
    throw new PaymentGatewayError('unreachable', api, text);
  }
  if (reply.returnCode !== 'SUCCESS') {
    throw new PaymentGatewayError('refused', api, String(reply.returnMsg ?? 'return_code FAIL'));
  }
  if (reply.resultCode !== 'SUCCESS') {
    throw new PaymentGatewayError('refused', api, String(reply.errCodeDes ?? 'result_code FAIL'));
  }
  return reply;
}

/** Text cut to at most `maxBytes` UTF-8 bytes without splitting a character (payment `body` is ≤ 128 bytes). */
export function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let kept = '';
  for (const character of text) {
    bytes += Buffer.byteLength(character, 'utf8');
    if (bytes > maxBytes) break;
    kept += character;
  }
  return kept;
}

/** `yyyyMMddHHmmss` in China time (UTC+8), the payment API's time format. */
export function chinaCompactTime(atMs: number): string {
  const local = chinaWallClockAt(atMs);
  const two = (value: number) => String(value).padStart(2, '0');
  return (
    String(local.getUTCFullYear()) +
    two(local.getUTCMonth() + 1) +
    two(local.getUTCDate()) +
    two(local.getUTCHours()) +
    two(local.getUTCMinutes()) +
    two(local.getUTCSeconds())
  );
}
