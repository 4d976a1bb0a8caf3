// A reused keep-alive socket must never be reset by the local cloud, however long the event loop is held busy.
import http from 'node:http';
import { Dispatcher } from '../../src/http/dispatcher';
import { jsonReply } from '../../src/http/protocol';
import { LocalCloudServer } from '../../src/http/server';

let server: LocalCloudServer;
let port: number;

beforeAll(async () => {
  const dispatcher = new Dispatcher();
  dispatcher.register('test.echo', ({ params }) => jsonReply({ data: { echo: params.value } }));
  server = new LocalCloudServer(dispatcher);
  port = await server.listen(0);
});
afterAll(() => server.close());

/** The socket pool wx-server-sdk uses under TENCENTCLOUD_RUNENV=SCF: Node's global agent (keep-alive, LIFO). */
const sdkAgent = http.globalAgent;

function post(value: number): { request: http.ClientRequest; answer: Promise<unknown> } {
  const body = JSON.stringify({ action: 'test.echo', value });
  const request = http.request({
    host: '127.0.0.1',
    port,
    path: '/admin',
    method: 'POST',
    agent: sdkAgent,
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
  });
  const answer = new Promise<unknown>((resolve, reject) => {
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
  request.end(body);
  return { request, answer };
}

/** Holds the event loop (nothing else runs) until the wall clock reaches `untilMs`. */
function holdEventLoopUntil(untilMs: number): void {
  while (Date.now() < untilMs) {
    // busy: no timer, no I/O callback can run meanwhile
  }
}

test('a request on a reused socket is answered even when the event loop is held past every idle timer', async () => {
  const first = post(1);
  await expect(first.answer).resolves.toMatchObject({ data: { echo: 1 } });
  const freedAtMs = Date.now();

  // Reuse the idle socket just before the client's own idle timer would drop it (it drops free
  // sockets after the server's Keep-Alive hint minus 1 s, or after 5 s without a hint), then hold the
  // loop — as a crowd of functions does — until well past any server-side idle timer, so that the next
  // thing the loop runs is timers, before the server has read the request already in its socket.
  const second = await new Promise<{ request: http.ClientRequest; answer: Promise<unknown> }>((resolve) => {
    setTimeout(() => {
      setImmediate(() => {
        const reused = post(2);
        process.nextTick(() => holdEventLoopUntil(freedAtMs + 7_500));
        resolve(reused);
      });
    }, 3_800);
  });

  await expect(second.answer).resolves.toMatchObject({ data: { echo: 2 } });
  expect(second.request.reusedSocket).toBe(true);
}, 20_000);
