import { TestClock } from '../../src/clock';
import { inlineCatalog } from '../../src/functions/catalog';
import { FunctionRunner } from '../../src/functions/runner';
import { Dispatcher } from '../../src/http/dispatcher';
import { OpenApiService } from '../../src/openapi';
import { ClockScheduler } from '../../src/timers/clock-scheduler';
import { serveForSdk, type WxServerSdk } from '../sdk-harness';

/** What the SDK answered a function that called `cloud.openapi.<api>(event)`. */
export interface CallOutcome {
  ok: boolean;
  errCode?: number;
  errMsg?: string;
  result?: Record<string, unknown>;
}

/** An OpenApiService on a TestClock, served to the real SDK, with functions that call it. */
export interface OpenApiFixture {
  clock: TestClock;
  openapi: OpenApiService;
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  /** Events and contexts `closeExpiredOrder` (the delayed-task target) received. */
  delivered: Array<{ event: unknown; context: Record<string, unknown> }>;
  /** Invokes a fixture function as a mini program user would. */
  call(name: string, event: Record<string, unknown>): Promise<CallOutcome>;
  close(): Promise<void>;
}

type OpenApiCall = (data: Record<string, unknown>) => Promise<Record<string, unknown>>;

/**
 * Functions: `notify` / `notifyWithoutPermission` (subscribeMessage.send), `remindLater` /
 * `remindWithoutPermission` (cloudbase.addDelayedFunctionTask), `makeCode` / `makeCodeWithoutPermission`
 * (wxacode.getUnlimited), `callUnknown` (an API not served) and
 * `closeExpiredOrder` (records what it receives).
 */
export async function startOpenApiFixture(): Promise<OpenApiFixture> {
  const clock = new TestClock();
  const scheduler = new ClockScheduler(clock);
  const dispatcher = new Dispatcher();
  const served = await serveForSdk(dispatcher);
  const cloud: WxServerSdk = served.cloud;
  const delivered: OpenApiFixture['delivered'] = [];

  const callingOpenApi = (api: string) => async (event: unknown) => {
    const call = api
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], cloud.openapi) as OpenApiCall;
    try {
      return { ok: true, result: await call(event as Record<string, unknown>) };
    } catch (error) {
      const { errCode, errMsg } = error as { errCode: number; errMsg: string };
      return { ok: false, errCode, errMsg };
    }
  };
  const catalog = inlineCatalog({
    notify: {
      main: callingOpenApi('subscribeMessage.send'),
      config: { permissions: { openapi: ['subscribeMessage.send'] } },
    },
    notifyWithoutPermission: { main: callingOpenApi('subscribeMessage.send') },
    remindLater: {
      main: callingOpenApi('cloudbase.addDelayedFunctionTask'),
      config: { permissions: { openapi: ['cloudbase.addDelayedFunctionTask'] } },
    },
    remindWithoutPermission: {
      main: callingOpenApi('cloudbase.addDelayedFunctionTask'),
      config: { permissions: { openapi: ['subscribeMessage.send'] } },
    },
    callUnknown: {
      main: callingOpenApi('wxacode.createQRCode'),
      config: { permissions: { openapi: ['wxacode.createQRCode'] } },
    },
    makeCode: {
      // The image's bytes travel back as base64, so the answer survives the function's JSON reply.
      main: async (event) => {
        const outcome = await callingOpenApi('wxacode.getUnlimited')(event);
        const buffer = outcome.result?.buffer;
        if (!Buffer.isBuffer(buffer)) return outcome;
        return { ...outcome, result: { ...outcome.result, buffer: buffer.toString('base64') } };
      },
      config: { permissions: { openapi: ['wxacode.getUnlimited'] } },
    },
    makeCodeWithoutPermission: { main: callingOpenApi('wxacode.getUnlimited') },
    closeExpiredOrder: {
      main: async (event) => {
        delivered.push({ event, context: { ...cloud.getWXContext() } });
        return {};
      },
    },
  });
  const runner = new FunctionRunner(catalog, () => served.adminUrl);
  const openapi = new OpenApiService({
    catalog,
    scheduler,
    clock,
    invoke: (name, event, identity) => runner.invoke(name, event, identity),
  });
  openapi.registerActions(dispatcher);
  openapi.registerRoutes(served.server);

  return {
    clock,
    openapi,
    baseUrl: served.adminUrl.replace(/\/admin$/, ''),
    delivered,
    call: async (name, event) =>
      (await runner.invoke(name, event, { source: 'wx_client', openid: 'oStaff' })) as CallOutcome,
    async close() {
      scheduler.close();
      await served.close();
    },
  };
}
