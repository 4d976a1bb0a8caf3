import { Dispatcher } from '../../src/http/dispatcher';
import { jsonReply } from '../../src/http/protocol';
import { inlineCatalog } from '../../src/functions/catalog';
import { FunctionRunner } from '../../src/functions/runner';
import { serveForSdk, type WxServerSdk } from '../sdk-harness';

let cloud: WxServerSdk;
let runner: FunctionRunner;
let close: () => Promise<void>;

beforeAll(async () => {
  const dispatcher = new Dispatcher();
  const served = await serveForSdk(dispatcher);
  cloud = served.cloud;
  close = served.close;
  runner = new FunctionRunner(
    inlineCatalog({
      whoami: { main: async () => ({ ...cloud.getWXContext() }) },
      slowWhoami: {
        main: async (event) => {
          await new Promise((r) => setTimeout(r, (event as { waitMs: number }).waitMs));
          return cloud.getWXContext();
        },
      },
      caller: {
        main: async () => {
          const nested = await cloud.callFunction({ name: 'whoami', data: {} });
          return { outer: cloud.getWXContext(), inner: (nested as { result: unknown }).result };
        },
      },
      dates: { main: async () => ({ at: new Date(0), gone: undefined, kept: 1 }) },
      sleepy: { main: () => new Promise((r) => setTimeout(r, 2000)), config: { timeout: 1 } },
      broken: {
        main: async () => {
          throw new Error('boom');
        },
      },
    }),
    () => served.adminUrl,
  );
  dispatcher.register('functions.invokeFunction', async (request) => {
    const data = await runner.invoke(
      String(request.params.function_name),
      JSON.parse(String(request.params.request_data ?? '{}')),
      { source: 'wx_client,scf', openid: request.caller.openid },
    );
    return jsonReply({ data: { response_data: JSON.stringify(data) } });
  });
});
afterAll(() => close());

test('each concurrent call sees its own caller', async () => {
  const openids = Array.from({ length: 20 }, (_, i) => `oUser${i}`);
  const results = (await Promise.all(
    openids.map((openid, i) =>
      runner.invoke('slowWhoami', { waitMs: 20 - i }, { source: 'wx_client', openid }),
    ),
  )) as Array<{ OPENID: string; SOURCE: string }>;
  expect(results.map((r) => r.OPENID)).toEqual(openids);
  expect(results.every((r) => r.SOURCE === 'wx_client')).toBe(true);
});

test('a nested callFunction reaches the callee as wx_client,scf for the same user', async () => {
  const result = (await runner.invoke('caller', {}, { source: 'wx_client', openid: 'oNest' })) as {
    outer: { OPENID: string };
    inner: { OPENID: string; SOURCE: string };
  };
  expect(result.outer.OPENID).toBe('oNest');
  expect(result.inner).toMatchObject({ OPENID: 'oNest', SOURCE: 'wx_client,scf' });
});

test('a payment callback carries no OPENID', async () => {
  const context = (await runner.invoke('whoami', {}, { source: 'wx_paycallback', openid: '' })) as Record<
    string,
    unknown
  >;
  expect(context.SOURCE).toBe('wx_paycallback');
  expect(context.OPENID).toBeUndefined();
});

test('results cross a JSON boundary', async () => {
  expect(await runner.invoke('dates', {}, { source: 'wx_client', openid: 'o' })).toEqual({
    at: '1970-01-01T00:00:00.000Z',
    kept: 1,
  });
});

test("config.json's timeout ends a slow call", async () => {
  await expect(runner.invoke('sleepy', {}, { source: 'wx_client', openid: 'o' })).rejects.toMatchObject({
    code: 'FUNCTIONS_TIME_LIMIT_EXCEEDED',
  });
});

test('a throw and a missing function are errors with codes', async () => {
  await expect(runner.invoke('broken', {}, { source: 'wx_client', openid: 'o' })).rejects.toMatchObject({
    code: 'FUNCTIONS_EXECUTE_FAIL',
    message: expect.stringContaining('boom'),
  });
  await expect(runner.invoke('nope', {}, { source: 'wx_client', openid: 'o' })).rejects.toMatchObject({
    code: 'FUNCTIONS_REQUEST_FAIL',
  });
});
