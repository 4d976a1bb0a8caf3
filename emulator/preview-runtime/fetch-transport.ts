// The browser's transport for the page-side client (emulator/src/client/wx-cloud.ts): the same exports as
// wx-cloud-transport.ts, over fetch. The preview bundle swaps it in for the node:http one.
import { reportFailure } from './failures';

/** A finished HTTP exchange: status and JSON body. */
export interface HttpReply {
  status: number;
  body: unknown;
}

/** POSTs `body` as JSON and resolves with the status and parsed reply; rejects only when the request fails. */
export async function postJson(
  url: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<HttpReply> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed };
}

/** Receives a server-sent event stream's events, then at most one failure. */
export interface EventStreamListener {
  onEvent(name: string, data: string): void;
  onFailure(error: Error): void;
}

/** An open server-sent event stream. */
export interface EventStream {
  close(): void;
}

/** `watch()` is not in the preview yet: it fails loudly rather than never calling back. */
export function openEventStream(): EventStream {
  const message = 'wx.cloud.database().watch() is not supported by the preview yet';
  reportFailure(message);
  throw new Error(message);
}
