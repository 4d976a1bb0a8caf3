// The browser's transport for the page-side client (emulator/src/client/wx-cloud.ts): the same exports as
// wx-cloud-transport.ts, over fetch (JSON POSTs and streamed event responses). The preview bundle swaps it in for the node:http one.
import { EventStreamParser } from '../src/client/event-stream-parser';
import type { EventStream, EventStreamListener, HttpReply } from '../src/client/transport-types';

export type { EventStream, EventStreamListener, HttpReply } from '../src/client/transport-types';

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

/**
 * Opens a server-sent event stream (GET) over fetch, so the caller's headers travel with it (EventSource
 * sends none), and reports each event's name and data until close(); an end or a refusal is one failure.
 */
export function openEventStream(
  url: string,
  headers: Record<string, string>,
  listener: EventStreamListener,
): EventStream {
  const abort = new AbortController();
  let closed = false;
  const fail = (error: Error) => {
    if (closed) return;
    closed = true;
    abort.abort();
    listener.onFailure(error);
  };
  const read = async () => {
    const response = await fetch(url, {
      headers: { ...headers, accept: 'text/event-stream' },
      signal: abort.signal,
      cache: 'no-store',
    });
    if (response.status !== 200 || !response.body) {
      throw new Error(`event stream answered HTTP ${response.status}`);
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = new EventStreamParser();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      for (const event of parser.push(chunk.value)) {
        if (closed) return;
        listener.onEvent(event.name, event.data);
      }
    }
    throw new Error('the event stream ended');
  };
  read().catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
  return {
    close() {
      closed = true;
      abort.abort();
    },
  };
}

/** PUTs the bytes behind `filePath` (the blob URL wx.chooseMedia answered) and resolves with the reply. */
export async function putFile(
  url: string,
  headers: Record<string, string>,
  filePath: string,
): Promise<HttpReply> {
  const bytes = await (await fetch(filePath)).arrayBuffer();
  const response = await fetch(url, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: bytes,
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
