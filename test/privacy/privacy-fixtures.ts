// A customer with something in every collection that holds personal data: a completed delivery order, a
// refunded order, an unpaid order, a cart, a saved address, a consent credit, a membership, a coupon, an issued
// invoice and an invoice request. The
// address book, consents, memberships and coupons have no actions yet, so those documents are written as their
// own features will store them (personal fields sealed with the function's field key at `collection:id:field`).
import { encryptField, type FieldPlace } from '../../server/runtime/field-crypto';
import { parseFieldKeyRing } from '../../server/runtime/field-keys';
import { dataOf } from '../support/results';
import { customer, LIMITED, payInSandbox } from '../support/ordering-calls';
import { DEMO_STORE, type TestCloud } from '../support/test-cloud';

/** The delivery address given at checkout. */
export const HOME = {
  contactName: '欧阳青云',
  phone: '13987654321',
  text: '梧桐巷 27 号 5 楼 502 室',
  latitude: 31.1912,
  longitude: 121.4408,
};
/** The saved address book entry. */
export const SAVED = { contactName: '林小满', phone: '13612345678', detail: '银杏路 9 号 2 单元 301' };
/** The phone of the membership. */
export const MEMBER_PHONE = '13755556666';
/** The email invoices are sent to. */
export const INVOICE_EMAIL = 'qingyun.ouyang@example.com';
/** The company title of the issued invoice (kept with it for the shop's accounts). */
export const COMPANY_TITLE = '上海青云咨询有限公司';
/** A remark typed at checkout. */
export const REMARK = '不要香菜，放门口';

/** Everything of a customer's that must not survive an erase in clear, anywhere. */
export const PERSONAL_PIECES = [
  HOME.phone,
  HOME.contactName,
  '5 楼 502',
  SAVED.phone,
  SAVED.contactName,
  '2 单元 301',
  MEMBER_PHONE,
  REMARK,
  INVOICE_EMAIL,
];

const seal = (place: FieldPlace, plain: string) => encryptField(parseFieldKeyRing(process.env), place, plain);

/** The ids of what `giveEverything` made. */
export interface CustomerData {
  completedOrderId: string;
  refundedOrderId: string;
  unpaidOrderId: string;
}

/** Fills every collection for `openid`; the unpaid order holds one counted-stock cinnamon roll. */
export async function giveEverything(shop: TestCloud, openid: string): Promise<CustomerData> {
  const buyer = customer(shop, openid);
  const latte = { size: 'large', temperature: 'iced', sugar: 'light' };

  dataOf(await buyer.add('prod-latte', 1, latte));
  dataOf(await buyer.add(LIMITED.croissant.productId, 2));
  const delivered = dataOf(await buyer.place({ mode: 'delivery', address: HOME, remark: REMARK }));
  await payInSandbox(shop, delivered.payment);
  shop.cloud.database.update(
    'orders',
    { _id: delivered.order.id },
    { $set: { status: 'COMPLETED', completedAt: new Date() } },
  );

  dataOf(await buyer.add('prod-americano'));
  const refunded = dataOf(await buyer.place());
  await payInSandbox(shop, refunded.payment);
  dataOf(await buyer.cancel(refunded.order.id, '临时有事，不要了'));
  await shop.clock.advance(2 * 60_000); // the refund settles

  dataOf(await buyer.add(LIMITED.cinnamonRoll.productId));
  const unpaid = dataOf(await buyer.place());
  dataOf(await buyer.add('prod-americano', 2)); // a cart left behind

  const now = new Date();
  dataOf(
    await shop.call(
      'account',
      'saveAddress',
      {
        userName: SAVED.contactName,
        telNumber: SAVED.phone,
        provinceName: '上海市',
        cityName: '上海市',
        countyName: '徐汇区',
        detailInfo: SAVED.detail,
        latitude: 31.19,
        longitude: 121.44,
      },
      openid,
    ),
  );
  shop.cloud.database.insert('subscriptions', [
    {
      _id: `sub-${openid}`,
      _openid: openid,
      templateId: 'tpl-order-ready',
      credits: 2,
      createdAt: now,
      updatedAt: now,
    },
  ]);
  shop.cloud.database.insert('members', [
    {
      _id: `member-${openid}`,
      storeId: DEMO_STORE,
      _openid: openid,
      points: 120,
      totalSpentFen: 6400,
      orderCount: 2,
      phone: seal({ collection: 'members', docId: `member-${openid}`, field: 'phone' }, MEMBER_PHONE),
      phoneMasked: '137****6666',
      createdAt: now,
      updatedAt: now,
    },
  ]);
  shop.cloud.database.insert('user_coupons', [
    {
      _id: `coupon-${openid}`,
      _openid: openid,
      storeId: DEMO_STORE,
      couponId: 'coupon-welcome',
      status: 'AVAILABLE',
      claimedAt: now,
      expiresAt: new Date(now.getTime() + 30 * 86_400_000),
      updatedAt: now,
    },
  ]);
  // An invoice asked for on the completed order and issued; a personal one left pending on the refunded order.
  dataOf(
    await shop.call(
      'order',
      'requestInvoice',
      {
        orderId: delivered.order.id,
        kind: 'company',
        title: COMPANY_TITLE,
        taxNumber: '91310000MA1FL0XX7Q',
        email: INVOICE_EMAIL,
      },
      openid,
    ),
  );
  shop.cloud.database.update(
    'invoices',
    { orderId: delivered.order.id },
    {
      $set: {
        status: 'issued',
        issuedAt: now,
        fileId: `cloud://invoices/${delivered.order.id}.pdf`,
        issuedBy: 'o-demo-owner',
      },
    },
  );
  shop.cloud.database.insert('invoices', [
    {
      _id: `inv-${refunded.order.id}`,
      orderId: refunded.order.id,
      storeId: DEMO_STORE,
      _openid: openid,
      status: 'requested',
      kind: 'personal',
      title: HOME.contactName,
      email: INVOICE_EMAIL,
      amountFen: 1500,
      requestedAt: now,
      updatedAt: now,
    },
  ]);
  return {
    completedOrderId: delivered.order.id,
    refundedOrderId: refunded.order.id,
    unpaidOrderId: unpaid.order.id,
  };
}

/** Every document of every collection, as JSON: to show a call changed nothing, or that a value is nowhere. */
export function everything(shop: TestCloud): string {
  return JSON.stringify(
    shop.cloud.database.collectionNames().map((name) => [name, shop.cloud.database.find(name, {})]),
  );
}

/** Every document of every collection except those `openid` owns, as JSON. */
export function everythingBut(shop: TestCloud, openid: string): string {
  return JSON.stringify(
    shop.cloud.database
      .collectionNames()
      .map((name) => [name, shop.cloud.database.find(name, { _openid: { $ne: openid } })]),
  );
}

/** Which of `pieces` occur in `text` (an empty list when none does). */
export function piecesIn(text: string, pieces: readonly string[]): string[] {
  return pieces.filter((piece) => text.includes(piece));
}

/** The documents of `collection` that `openid` owns. */
export function ownedBy(shop: TestCloud, collection: string, openid: string): Array<Record<string, unknown>> {
  return shop.cloud.database.find(collection, { _openid: openid });
}
