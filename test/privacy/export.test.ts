// "Export my data": one answer with everything stored about the caller, personal fields opened for them,
// nothing of anyone else's, and nothing written.
import { dataOf } from '../support/results';
import { customer, LIMITED, setStock } from '../support/ordering-calls';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import {
  COMPANY_TITLE,
  everything,
  giveEverything,
  HOME,
  INVOICE_EMAIL,
  MEMBER_PHONE,
  REMARK,
  SAVED,
  type CustomerData,
} from './privacy-fixtures';

let shop: TestCloud;
let data: CustomerData;
beforeAll(async () => {
  shop = await startTestCloud();
  setStock(shop, LIMITED.croissant.skuId, 100);
  data = await giveEverything(shop, 'o-exporter');
  await giveEverything(shop, 'o-neighbour');
});
afterAll(() => shop.close());

const exportAs = (openid: string) => shop.call('account', 'privacyExport', {}, openid);

test('the export holds every order, cart, address, consent, membership, coupon and invoice, opened for the owner', async () => {
  const exported = dataOf(await exportAs('o-exporter'));

  expect(exported.orders.map((order) => order.id).sort()).toEqual(
    [data.unpaidOrderId, data.refundedOrderId, data.completedOrderId].sort(),
  );
  expect(exported.orders[0]?.id).toBe(data.unpaidOrderId); // newest first
  const delivered = exported.orders.find((order) => order.id === data.completedOrderId);
  expect(delivered).toMatchObject({ status: 'COMPLETED', mode: 'delivery', remark: REMARK });
  expect(delivered?.address).toEqual({ ...HOME, distanceMetres: expect.any(Number) });
  const refunded = exported.orders.find((order) => order.id === data.refundedOrderId);
  expect(refunded).toMatchObject({ status: 'REFUNDED', cancelReason: '临时有事，不要了' });
  expect(refunded?.refunds).toEqual([
    expect.objectContaining({
      orderId: data.refundedOrderId,
      status: 'SUCCEEDED',
      amountFen: refunded?.totalFen,
    }),
  ]);

  expect(exported.carts).toEqual([
    expect.objectContaining({
      storeId: DEMO_STORE,
      lines: [expect.objectContaining({ productId: 'prod-americano', quantity: 2 })],
    }),
  ]);
  expect(exported.addresses).toEqual([
    expect.objectContaining({
      opened: true,
      userName: SAVED.contactName,
      telNumber: SAVED.phone,
      detailInfo: SAVED.detail,
      isDefault: true,
    }),
  ]);
  expect(exported.consents).toEqual([expect.objectContaining({ templateId: 'tpl-order-ready', credits: 2 })]);
  expect(exported.members).toEqual([
    expect.objectContaining({ storeId: DEMO_STORE, points: 120, phone: MEMBER_PHONE }),
  ]);
  expect(exported.coupons).toEqual([
    expect.objectContaining({ couponId: 'coupon-welcome', status: 'AVAILABLE' }),
  ]);
  expect(exported.invoices).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        status: 'issued',
        kind: 'company',
        title: COMPANY_TITLE,
        email: INVOICE_EMAIL,
      }),
      expect.objectContaining({
        status: 'requested',
        kind: 'personal',
        taxNumber: null,
        email: INVOICE_EMAIL,
      }),
    ]),
  );
  expect(exported.invoices).toHaveLength(2);
  expect(exported.exportedAt).toBe(new Date(shop.clock.now()).toISOString());
});

test('the export of three orders and one of everything else stays under 8 KB (about 4.3 KB measured)', async () => {
  const bytes = Buffer.byteLength(JSON.stringify(await exportAs('o-exporter')), 'utf8');
  expect({ bytes, isUnderBudget: bytes < 8 * 1024 }).toEqual({ bytes, isUnderBudget: true });
});

test("the export holds nothing of another customer's and writes nothing", async () => {
  const before = everything(shop);
  const exported = JSON.stringify(dataOf(await exportAs('o-exporter')));
  expect(everything(shop)).toBe(before);
  for (const id of [`addr-o-neighbour`, `member-o-neighbour`]) expect(exported).not.toContain(id);
  const neighbours = shop.cloud.database
    .find('orders', { _openid: 'o-neighbour' })
    .map((order) => String(order._id));
  expect(neighbours).toHaveLength(3);
  for (const id of neighbours) expect(exported).not.toContain(id);
});

test('a customer with nothing stored gets an empty export', async () => {
  expect(dataOf(await exportAs('o-newcomer'))).toMatchObject({
    orders: [],
    carts: [],
    addresses: [],
    consents: [],
    members: [],
    coupons: [],
    invoices: [],
  });
});

test('input beyond the empty object is INVALID_INPUT', async () => {
  const buyer = customer(shop, 'o-exporter');
  for (const input of [{ openid: 'o-neighbour' }, 'all', [1]]) {
    expect(await buyer.raw('account', 'privacyExport', input)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  }
});
