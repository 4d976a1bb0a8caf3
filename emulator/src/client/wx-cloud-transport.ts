// The one place the page-side client touches the network: JSON POSTs and a server-sent event stream over node:http.
// A browser build swaps this file for one using fetch and EventSource; nothing else changes.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { EventStreamParser } from './event-stream-parser';
import type { EventStream, EventStreamListener, HttpReply } from './transport-types';

export type { EventStream, EventStreamListener, HttpReply } from './transport-types';

/** POSTs `body` as JSON and resolves with the status and parsed reply; rejects only when the request fails. */
export function postJson(url: string, headers: Record<string, string>, body: unknown): Promise<HttpReply> {
  const payload = Buffer.from(JSON.stringify(body ?? {}));
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'content-length': payload.length },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: parseJson(Buffer.concat(chunks)) }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/** Opens a server-sent event stream (GET) and reports each event's name and data. */
export function openEventStream(
  url: string,
  headers: Record<string, string>,
  listener: EventStreamListener,
): EventStream {
  let closed = false;
  const fail = (error: Error) => {
    if (closed) return;
    closed = true;
    listener.onFailure(error);
  };
  const request = http.get(
    url,
    { headers: { ...headers, accept: 'text/event-stream' }, agent: false },
    (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        fail(new Error(`event stream answered HTTP ${response.statusCode ?? 0}`));
        return;
      }
      response.setEncoding('utf8');
      const parser = new EventStreamParser();
      response.on('data', (chunk: string) => {
        for (const event of parser.push(chunk)) {
          if (closed) return;
          listener.onEvent(event.name, event.data);
        }
      });
      response.on('end', () => fail(new Error('the event stream ended')));
      response.on('error', fail);
    },
  );
  request.on('error', fail);
  return {
    close() {
      closed = true;
      request.destroy();
    },
  };
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** PUTs the bytes of the local file at `filePath` (a chosen picture's temp path) and resolves with the reply. */
export async function putFile(
  url: string,
  headers: Record<string, string>,
  filePath: string,
): Promise<HttpReply> {
  const bytes = await readFile(filePath);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'PUT',
        headers: { ...headers, 'content-type': 'application/octet-stream', 'content-length': bytes.length },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: parseJson(Buffer.concat(chunks)) }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(bytes);
  });
}
