import http from 'node:http';
import { CloudError, WireCode } from '../errors';
import type { Dispatcher } from './dispatcher';
import { toJsonText } from './json-text';
import { multipartBoundary, parseMultipart } from './multipart';
import type { AdminRequest, Caller } from './protocol';

/** A plain HTTP route beside `/admin` (client gateway, client database, storage files). */
export type RouteHandler = (request: RouteRequest) => Promise<RouteResponse> | RouteResponse;
/** A request to a plain route, its body already read. */
export interface RouteRequest {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** The raw response, for streaming routes (server-sent events); return `{ streaming: true }` then. */
  raw: http.ServerResponse;
}
/** A route's answer: JSON, bytes with a type, or a stream the handler writes itself. */
export type RouteResponse =
  | { status: number; json: unknown }
  | { status: number; bytes: Buffer; contentType: string }
  | { streaming: true };

const MAX_BODY_BYTES = 12 * 1024 * 1024; // the platform caps events at 6 MB; leave room for encoding

/** The local cloud's loopback HTTP server: `/admin` for the SDK plus registered routes. */
export class LocalCloudServer {
  private readonly server: http.Server;
  private readonly routes: Array<{ method: string; prefix: string; handler: RouteHandler }> = [];
  private requestCounter = 0;

  constructor(private readonly dispatcher: Dispatcher) {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { code: 'SYS_ERR', message: String(error) });
      });
    });
    // Idle keep-alive connections are closed by the client, never by the local cloud. A server-side idle
    // timer (Node's default: 5 s advertised, 6 s applied) races the client's own (the hint minus 1 s): when
    // the client reuses a socket just inside its limit and the shared event loop is then held busy past the
    // server's limit, the server's timer runs before the server reads the request already sent, destroys the
    // socket with unread bytes, and the kernel answers with a reset (`read ECONNRESET` in the SDK). With no
    // server timer there is no hint either: Node's agent drops idle sockets after 5 s, undici after 4 s.
    this.server.keepAliveTimeout = 0;
  }

  route(method: string, prefix: string, handler: RouteHandler): void {
    this.routes.push({ method, prefix, handler });
  }

  async listen(port = 0): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => resolve());
    });
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('local cloud: no port');
    return address.port;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    if (req.method === 'POST' && url.pathname === '/admin') return this.handleAdmin(req, url, body, res);
    // The longest matching prefix wins, so `/client/db` and `/client/subscribe` never shadow each other.
    const route = this.routes
      .filter((r) => r.method === req.method && url.pathname.startsWith(r.prefix))
      .sort((a, b) => b.prefix.length - a.prefix.length)[0];
    if (!route)
      return sendJson(res, 404, { errCode: 404, errMsg: `no route for ${req.method} ${url.pathname}` });
    const response = await route.handler({
      method: req.method ?? 'GET',
      url,
      headers: req.headers,
      body,
      raw: res,
    });
    if ('streaming' in response) return;
    if ('json' in response) return sendJson(res, response.status, response.json);
    res.writeHead(response.status, {
      'content-type': response.contentType,
      'content-length': response.bytes.length,
    });
    res.end(response.bytes);
  }

  private async handleAdmin(
    req: http.IncomingMessage,
    url: URL,
    body: Buffer,
    res: http.ServerResponse,
  ): Promise<void> {
    const requestId = `local-${(++this.requestCounter).toString(36)}`;
    try {
      const request = parseAdminRequest(req.headers['content-type'], url, body);
      const reply = await this.dispatcher.dispatch(request);
      if (reply.kind === 'bytes') {
        // The SDK reads `application/json; charset=utf-8` as an error envelope: raw replies go as octet-stream.
        res.writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': reply.body.length,
        });
        res.end(reply.body);
        return;
      }
      sendJson(res, 200, { requestId, ...reply.body });
    } catch (error) {
      const code = error instanceof CloudError ? error.code : 'SYS_ERR';
      const message = error instanceof Error ? error.message : String(error);
      sendJson(res, 200, { requestId, code, message });
    }
  }
}

function parseAdminRequest(contentType: string | undefined, url: URL, body: Buffer): AdminRequest {
  const caller: Caller = {
    functionName: url.searchParams.get('fn') ?? '',
    source: url.searchParams.get('src') ?? '',
    openid: url.searchParams.get('openid') ?? '',
    invocationId: url.searchParams.get('inv') ?? '',
  };
  const boundary = multipartBoundary(contentType);
  if (boundary) {
    const params: Record<string, unknown> = {};
    const files: Record<string, Buffer> = {};
    for (const part of parseMultipart(body, boundary)) {
      params[part.name] = part.data.toString('utf8');
      files[part.name] = part.data;
    }
    return { action: String(params.action ?? ''), params, files, caller };
  }
  const params = body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
  return { action: String(params.action ?? ''), params, files: {}, caller };
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new CloudError(WireCode.INVALID_PARAM, `request body over ${MAX_BODY_BYTES} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  const text = toJsonText(value) ?? 'null';
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
