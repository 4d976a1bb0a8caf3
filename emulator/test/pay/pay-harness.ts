import { TestClock } from '../../src/clock';
import { inlineCatalog } from '../../src/functions/catalog';
import { FunctionRunner } from '../../src/functions/runner';
import { LOCAL_ENV_ID } from '../../src/functions/sdk-env';
import { Dispatcher } from '../../src/http/dispatcher';
import { PaymentSandbox, type PaymentSandboxOptions } from '../../src/pay';
import { ClockScheduler } from '../../src/timers/clock-scheduler';
import { serveForSdk, type WxServerSdk } from '../sdk-harness';

/** What `cloud.cloudPay.*` resolves with: the reply in camelCase plus `errCode: 0` and `errMsg`. */
export type CloudPayResult = Record<string, unknown> & { errCode: number; errMsg: string };
type CloudPayCall = (data: Record<string, unknown>) => Promise<CloudPayResult>;

/** The SDK has cloudPay at run time but not in its typings. */
export interface CloudPay {
  unifiedOrder: CloudPayCall;
  queryOrder: CloudPayCall;
  closeOrder: CloudPayCall;
  refund: CloudPayCall;
  queryRefund: CloudPayCall;
  downloadBill: CloudPayCall;
}

/** A notice as the callback function saw it: its event and its `getWXContext()`. */
export interface ReceivedNotice {
  event: Record<string, unknown>;
  context: Record<string, unknown>;
}

export const SUB_MCH_ID = '1900000109';
export const START = Date.parse('2026-01-05T02:00:00Z');
export const MINUTE = 60_000;

/** unifiedOrder fields as product code writes them (camelCase; the SDK sends snake_case). */
export function orderFields(
  outTradeNo: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    body: '点单-奶茶两杯',
    outTradeNo,
    spbillCreateIp: '127.0.0.1',
    subMchId: SUB_MCH_ID,
    totalFee: 1800,
    envId: LOCAL_ENV_ID,
    functionName: 'payNotify',
    nonceStr: 'n0nce0001',
    tradeType: 'JSAPI',
    ...overrides,
  };
}

/**
 * The payment sandbox on loopback with the real SDK, a TestClock, and three functions:
 * `checkout` (calls unifiedOrder as the calling user), `payNotify` and `refundNotify` (record what
 * arrives and answer with `reply`, `{errcode: 0}` unless a test changes it).
 */
export async function startPayHarness(options: Partial<PaymentSandboxOptions> = {}) {
  const dispatcher = new Dispatcher();
  const served = await serveForSdk(dispatcher);
  const cloud: WxServerSdk = served.cloud;
  const cloudPay = (cloud as unknown as { cloudPay: CloudPay }).cloudPay;
  const clock = new TestClock(START);
  const taskFailures: string[] = [];
  const scheduler = new ClockScheduler(clock, { log: (message) => taskFailures.push(message) });
  const received: Record<'payNotify' | 'refundNotify', ReceivedNotice[]> = {
    payNotify: [],
    refundNotify: [],
  };
  const answers = {
    /** How a notify function answers the n-th notice it receives (0-based); an Error is thrown. */
    reply: (_notice: ReceivedNotice, _index: number): unknown => ({ errcode: 0, errmsg: 'OK' }),
  };
  const notifyFunction = (name: 'payNotify' | 'refundNotify') => ({
    main: async (event: unknown) => {
      const notice = { event: event as Record<string, unknown>, context: { ...cloud.getWXContext() } };
      received[name].push(notice);
      const answer = answers.reply(notice, received[name].length - 1);
      if (answer instanceof Error) throw answer;
      return answer;
    },
  });
  const runner = new FunctionRunner(
    inlineCatalog({
      checkout: { main: (event) => cloudPay.unifiedOrder(event as Record<string, unknown>) },
      payNotify: notifyFunction('payNotify'),
      refundNotify: notifyFunction('refundNotify'),
    }),
    () => served.adminUrl,
  );
  const sandbox = new PaymentSandbox({
    clock,
    scheduler,
    invoke: (name, event, identity) => runner.invoke(name, event, identity),
    envId: LOCAL_ENV_ID,
    ...options,
  });
  sandbox.registerActions(dispatcher);
  sandbox.registerRoutes(served.server);

  return {
    cloud,
    cloudPay,
    /** `http://127.0.0.1:<port>`, where the customer's payment door is. */
    baseUrl: served.adminUrl.replace(/\/admin$/, ''),
    clock,
    scheduler,
    received,
    taskFailures,
    answers,
    sandbox,
    runner,
    /** unifiedOrder from inside a cloud function called by `openid` from the mini program. */
    checkout: (fields: Record<string, unknown>, openid = 'oBuyer1') =>
      runner.invoke('checkout', fields, { source: 'wx_client', openid }) as Promise<CloudPayResult>,
    /** Creates a trade and pays it; returns the transaction id. */
    async paidTrade(outTradeNo: string, overrides: Record<string, unknown> = {}): Promise<string> {
      const order = await this.checkout(orderFields(outTradeNo, overrides));
      if (order.resultCode !== 'SUCCESS') throw new Error(`unifiedOrder refused: ${JSON.stringify(order)}`);
      const paid = await sandbox.pay(outTradeNo);
      await scheduler.idle();
      return paid.transactionId ?? '';
    },
    close: async () => {
      scheduler.close();
      await served.close();
    },
  };
}

export type PayHarness = Awaited<ReturnType<typeof startPayHarness>>;
