import { createWxCloud } from '../../src/client/wx-cloud';
import { Dispatcher } from '../../src/http/dispatcher';
import { LocalCloudServer } from '../../src/http/server';

let server: LocalCloudServer;
let baseUrl: string;
const received: Array<{ name: string; openid: string; event: unknown }> = [];

beforeAll(async () => {
  server = new LocalCloudServer(new Dispatcher());
  // A tiny client gateway: echoes who called with what, and fails `broken` as the platform reports it.
  server.route('POST', '/call/', ({ url, headers, body }) => {
    const name = decodeURIComponent(url.pathname.slice('/call/'.length));
    const openid = String(headers['x-wx-openid'] ?? '');
    const event = JSON.parse(body.toString('utf8')) as unknown;
    received.push({ name, openid, event });
    if (name === 'broken')
      return {
        status: 200,
        json: { errCode: -504002, errMsg: 'cloud.callFunction:fail -504002 functions execute fail. boom' },
      };
    if (name === 'silent') return { status: 200, json: {} };
    return { status: 200, json: { result: { ok: true, data: { name, openid, event } } } };
  });
  baseUrl = `http://127.0.0.1:${await server.listen(0)}`;
});
afterAll(() => server.close());

test('callFunction posts the event as the signed-in user and resolves like wx.cloud', async () => {
  const cloud = createWxCloud({ baseUrl: `${baseUrl}/`, openid: 'oAlice' });
  cloud.init({ env: 'local' });
  const reply = await cloud.callFunction({ name: 'orders', data: { action: 'list', input: { page: 1 } } });
  expect(reply).toEqual({
    result: {
      ok: true,
      data: { name: 'orders', openid: 'oAlice', event: { action: 'list', input: { page: 1 } } },
    },
    errMsg: 'cloud.callFunction:ok',
    requestID: expect.any(String),
  });
  expect(received.at(-1)).toEqual({
    name: 'orders',
    openid: 'oAlice',
    event: { action: 'list', input: { page: 1 } },
  });
});

test('a failing function rejects with an Error carrying errCode and errMsg', async () => {
  const cloud = createWxCloud({ baseUrl, openid: 'oBob' });
  cloud.init();
  const failure = cloud.callFunction({ name: 'broken', data: {} });
  await expect(failure).rejects.toBeInstanceOf(Error);
  await expect(failure).rejects.toMatchObject({
    errCode: -504002,
    errMsg: 'cloud.callFunction:fail -504002 functions execute fail. boom',
    message: 'cloud.callFunction:fail -504002 functions execute fail. boom',
  });
});

test('a function that returns nothing resolves with an undefined result; no data sends {}', async () => {
  const cloud = createWxCloud({ baseUrl, openid: 'oBob' });
  cloud.init();
  const reply = await cloud.callFunction({ name: 'silent' });
  expect(reply.result).toBeUndefined();
  expect(received.at(-1)).toEqual({ name: 'silent', openid: 'oBob', event: {} });
});

test('calls before init() and calls that cannot connect are rejected, not hung', async () => {
  const cloud = createWxCloud({ baseUrl, openid: 'oAlice' });
  await expect(cloud.callFunction({ name: 'orders' })).rejects.toMatchObject({
    errCode: -1,
    errMsg: expect.stringContaining('please call wx.cloud.init first'),
  });
  expect(() => cloud.database()).toThrow(/wx\.cloud\.init/);

  const closed = new LocalCloudServer(new Dispatcher());
  const port = await closed.listen(0);
  await closed.close();
  const offline = createWxCloud({ baseUrl: `http://127.0.0.1:${port}`, openid: 'oAlice' });
  offline.init();
  await expect(offline.callFunction({ name: 'orders' })).rejects.toMatchObject({
    errCode: -1,
    errMsg: expect.stringMatching(/^cloud\.callFunction:fail /),
  });
});
