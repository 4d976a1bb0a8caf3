// wxa.sec.order.uploadShippingInfo on the local cloud, through the real SDK: accepted for a paid trade, each bad
// field refused with the platform's errcode, one update allowed, failNext for tests, and the permission checked.
import { TestClock } from '../../src/clock';
import { inlineCatalog } from '../../src/functions/catalog';
import { FunctionRunner } from '../../src/functions/runner';
import { Dispatcher } from '../../src/http/dispatcher';
import { OpenApiService, ShippingErrcode } from '../../src/openapi';
import type { ShippableTrade } from '../../src/openapi/shipping-info';
import { ClockScheduler } from '../../src/timers/clock-scheduler';
import { serveForSdk } from '../sdk-harness';

const API = 'wxa.sec.order.uploadShippingInfo';
const trades: ShippableTrade[] = [
  {
    outTradeNo: 'o1-p1',
    subMchId: '1900009999',
    transactionId: '4200000001',
    payerOpenid: 'o-payer',
    state: 'SUCCESS',
    totalFee: 1800,
    refunds: [],
  },
  {
    outTradeNo: 'o2-p1',
    subMchId: '1900009999',
    transactionId: '4200000002',
    payerOpenid: 'o-payer',
    state: 'SUCCESS',
    totalFee: 900,
    refunds: [{ refundFee: 900, status: 'SUCCESS' }],
  },
  {
    outTradeNo: 'o3-p1',
    subMchId: '1900009999',
    transactionId: '4200000003',
    payerOpenid: 'o-payer',
    state: 'SUCCESS',
    totalFee: 900,
    refunds: [],
  },
];

let call: (name: string, data: Record<string, unknown>) => Promise<{ errCode: number }>;
let openapi: OpenApiService;
let close: () => Promise<void>;
beforeAll(async () => {
  const clock = new TestClock();
  const scheduler = new ClockScheduler(clock);
  const dispatcher = new Dispatcher();
  const served = await serveForSdk(dispatcher);
  type Upload = (data: unknown) => Promise<{ errCode?: number }>;
  const upload = async (event: unknown) => {
    const api = served.cloud.openapi as unknown as {
      wxa: { sec: { order: { uploadShippingInfo: Upload } } };
    };
    try {
      return { errCode: (await api.wxa.sec.order.uploadShippingInfo(event)).errCode ?? 0 };
    } catch (error) {
      return { errCode: (error as { errCode: number }).errCode };
    }
  };
  const catalog = inlineCatalog({
    ship: { main: upload, config: { permissions: { openapi: [API] } } },
    shipWithoutPermission: { main: upload, config: { permissions: { openapi: [] } } },
  });
  const runner = new FunctionRunner(catalog, () => served.adminUrl);
  openapi = new OpenApiService({
    catalog,
    scheduler,
    clock,
    invoke: (name, event, identity) => runner.invoke(name, event, identity),
    trades: () => trades,
  });
  openapi.registerActions(dispatcher);
  call = async (name, data) =>
    (await runner.invoke(name, data, { source: 'wx_client', openid: 'o-staff' })) as { errCode: number };
  close = async () => {
    scheduler.close();
    await served.close();
  };
});
afterAll(() => close());

/** A pickup upload of trade 1 by its transaction id, as the SDK takes it (camelCase). */
const pickup = (changes: Record<string, unknown> = {}) => ({
  orderKey: { orderNumberType: 2, transactionId: '4200000001' },
  logisticsType: 4,
  deliveryMode: 1,
  shippingList: [{ itemDesc: '美式咖啡 ×1' }],
  uploadTime: '2026-12-02T15:28:03+08:00',
  payer: { openid: 'o-payer' },
  ...changes,
});

test.each([
  ['no order_key', { orderKey: undefined }, ShippingErrcode.DATA_FORMAT_ERROR],
  ['an unknown transaction', { orderKey: { orderNumberType: 2, transactionId: '42009' } }, 10060001],
  [
    'the wrong merchant',
    { orderKey: { orderNumberType: 1, mchid: '1900000000', outTradeNo: 'o1-p1' } },
    10060001,
  ],
  ['a trade refunded in full', { orderKey: { orderNumberType: 2, transactionId: '4200000002' } }, 10060004],
  ['logistics_type 9', { logisticsType: 9 }, 10060005],
  ['delivery_mode 3', { deliveryMode: 3 }, 268485224],
  ['split delivery of a pickup', { deliveryMode: 2, isAllDelivered: true }, 10060006],
  ['an empty item_desc', { shippingList: [{ itemDesc: '' }] }, 10060008],
  ['a 121-character item_desc', { shippingList: [{ itemDesc: '咖'.repeat(121) }] }, 10060009],
  ['two entries in unified delivery', { shippingList: [{ itemDesc: 'a' }, { itemDesc: 'b' }] }, 268485228],
  ['express without a tracking number', { logisticsType: 1 }, 10060014],
  ['a time without its zone', { uploadTime: '2026-12-02 15:28:03' }, 268485216],
  ['someone else as payer', { payer: { openid: 'o-other' } }, 10060014],
])('refuses %s', async (_name, changes, errCode) => {
  expect(await call('ship', pickup(changes))).toEqual({ errCode });
  expect(openapi.shipping.uploads()).toEqual([]);
});

test('a function without the permission is refused (-604101)', async () => {
  expect(await call('shipWithoutPermission', pickup())).toEqual({ errCode: -604101 });
});

test('accepts a paid trade by transaction id, records it, allows one later update and no more', async () => {
  expect(await call('ship', pickup())).toEqual({ errCode: 0 });
  expect(openapi.shipping.uploads('o1-p1')).toEqual([
    expect.objectContaining({
      outTradeNo: 'o1-p1',
      logisticsType: 4,
      deliveryMode: 1,
      shippingList: [{ itemDesc: '美式咖啡 ×1' }],
      payerOpenid: 'o-payer',
      sentBy: 'ship',
    }),
  ]);
  expect(await call('ship', pickup())).toEqual({ errCode: ShippingErrcode.BAD_UPLOAD_TIME }); // not later
  expect(await call('ship', pickup({ uploadTime: '2026-12-02T16:00:00+08:00' }))).toEqual({ errCode: 0 });
  expect(await call('ship', pickup({ uploadTime: '2026-12-02T17:00:00+08:00' }))).toEqual({
    errCode: ShippingErrcode.RESHIPPED_ALREADY,
  });
  expect(openapi.shipping.uploads('o1-p1')).toHaveLength(2);
});

test('by merchant and out_trade_no too; failNext refuses that many calls with -1, then accepts', async () => {
  const byTradeNo = pickup({ orderKey: { orderNumberType: 1, mchid: '1900009999', outTradeNo: 'o3-p1' } });
  openapi.shipping.failNext(2);
  expect(await call('ship', byTradeNo)).toEqual({ errCode: -1 });
  expect(await call('ship', byTradeNo)).toEqual({ errCode: -1 });
  expect(await call('ship', byTradeNo)).toEqual({ errCode: 0 });
  expect(openapi.shipping.uploads('o3-p1')).toHaveLength(1);
});
