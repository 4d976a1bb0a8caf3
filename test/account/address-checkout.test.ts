// Delivery to a saved address: checkout takes an address-book id, opens the caller's own address and seals a
// copy into the order; another customer's id is NOT_FOUND and places nothing.
import { customer, LIMITED, setStock } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { addressBook } from './address-calls';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
  setStock(shop, LIMITED.croissant.skuId, 100);
});
afterAll(() => shop.close());

/** A flat near the demo café, inside its delivery radius. */
const NEARBY = {
  userName: '周晓',
  telNumber: '13711112222',
  provinceName: '上海市',
  cityName: '上海市',
  countyName: '徐汇区',
  detailInfo: '梧桐巷 27 号 5 楼 502 室',
  latitude: 31.1912,
  longitude: 121.4408,
};

async function fillCart(openid: string) {
  const buyer = customer(shop, openid);
  dataOf(await buyer.add('prod-latte', 1, { size: 'large', temperature: 'iced', sugar: 'light' }));
  dataOf(await buyer.add(LIMITED.croissant.productId, 2));
  return buyer;
}

test('a delivery order placed with a saved address id carries that address, sealed, masked for the owner', async () => {
  const zhou = await fillCart('o-zhou');
  const addressId = dataOf(await addressBook(shop, 'o-zhou').save(NEARBY)).savedId;
  const preview = dataOf(await zhou.preview({ mode: 'delivery', addressId }));
  expect(preview.blockers).toEqual([]);
  const placed = dataOf(await zhou.place({ mode: 'delivery', addressId }));
  expect(placed.order.address).toEqual({
    contactName: '周*',
    phone: '137****2222',
    text: '上海市 上海市 徐汇区 梧桐巷 27 号 5 楼 502 室',
  });
  // The order keeps its own copy: removing the saved address leaves the order as it was.
  dataOf(await addressBook(shop, 'o-zhou').remove(addressId));
  expect(dataOf(await zhou.detail(placed.order.id)).address).toEqual(placed.order.address);
});

test("another customer's address id is NOT_FOUND and places nothing", async () => {
  const owner = dataOf(await addressBook(shop, 'o-owner').save(NEARBY)).savedId;
  const thief = await fillCart('o-thief');
  expect(await thief.place({ mode: 'delivery', addressId: owner })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND', details: { field: 'addressId' } },
  });
  expect(shop.cloud.database.find('orders', { _openid: 'o-thief' })).toEqual([]);
});

test('an address and an address id together are refused', async () => {
  const both = await fillCart('o-both');
  const addressId = dataOf(await addressBook(shop, 'o-both').save(NEARBY)).savedId;
  const address = {
    contactName: '周晓',
    phone: '13711112222',
    text: '梧桐巷 27 号',
    latitude: 31.19,
    longitude: 121.44,
  };
  expect(await both.place({ mode: 'delivery', addressId, address })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', details: { field: 'addressId' } },
  });
  expect(shop.cloud.database.find('orders', { _openid: 'o-both' })).toEqual([]);
});
