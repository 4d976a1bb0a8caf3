// Hostile and malformed input: every address book action refuses it with INVALID_INPUT and changes nothing.
import { dataOf } from '../support/results';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { addressBook, LI_HOME } from './address-calls';

let shop: TestCloud;
let homeId = '';
const OPENID = 'o-hostile-client';

beforeAll(async () => {
  shop = await startTestCloud();
  // An existing address, so that any write a refused call made would show.
  homeId = dataOf(await addressBook(shop, OPENID).save(LI_HOME)).savedId;
});
afterAll(() => shop.close());

const address = (overrides: Record<string, unknown> = {}) => ({ ...LI_HOME, ...overrides });
const without = (field: string) =>
  Object.fromEntries(Object.entries(LI_HOME).filter(([key]) => key !== field));

const REFUSED: Array<[string, string, () => unknown]> = [
  ['saveAddress', 'no contact name', () => without('userName')],
  ['saveAddress', 'no phone', () => without('telNumber')],
  ['saveAddress', 'no detail', () => without('detailInfo')],
  ['saveAddress', 'no coordinates', () => without('latitude')],
  ['saveAddress', 'a blank name', () => address({ userName: '   ' })],
  ['saveAddress', 'a name of 21 characters', () => address({ userName: '李'.repeat(21) })],
  ['saveAddress', 'a phone with letters', () => address({ telNumber: '138abc45678' })],
  ['saveAddress', 'a phone of 4 digits', () => address({ telNumber: '1234' })],
  ['saveAddress', 'a numeric phone', () => address({ telNumber: 13812345678 })],
  ['saveAddress', 'a detail of 121 characters', () => address({ detailInfo: '号'.repeat(121) })],
  ['saveAddress', 'a latitude past 90', () => address({ latitude: 91 })],
  ['saveAddress', 'a longitude as text', () => address({ longitude: '113.9' })],
  ['saveAddress', 'a postal code of 5 digits', () => address({ postalCode: '51805' })],
  ['saveAddress', 'a null postal code', () => address({ postalCode: null })],
  ['saveAddress', "chooseAddress's errMsg left in", () => address({ errMsg: 'chooseAddress:ok' })],
  ['saveAddress', 'a query object for the id', () => address({ id: { $ne: null } })],
  ['saveAddress', 'an id with a slash', () => address({ id: `${homeId}/x` })],
  ['saveAddress', 'a string default flag', () => address({ isDefault: 'yes' })],
  ['saveAddress', 'an array', () => [LI_HOME]],
  ['removeAddress', 'no id', () => ({})],
  ['removeAddress', 'an empty id', () => ({ id: '' })],
  ['removeAddress', 'a query object for the id', () => ({ id: { $exists: true } })],
  ['removeAddress', 'an id of 65 characters', () => ({ id: 'a'.repeat(65) })],
  ['setDefaultAddress', 'a numeric id', () => ({ id: 7 })],
  ['setDefaultAddress', 'an extra field', () => ({ id: homeId, isDefault: true })],
  ['listAddresses', 'an openid to list', () => ({ openid: 'o-someone-else' })],
];

test.each(REFUSED)('%s refuses %s with INVALID_INPUT and changes nothing', async (action, _why, input) => {
  const before = shop.cloud.database.find('addresses', {});
  const result = await shop.callRaw('account', { action, input: input() }, OPENID);
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.any(String) } });
  if (!result.ok) expect(result.error.message.length).toBeLessThanOrEqual(200);
  expect(shop.cloud.database.find('addresses', {})).toEqual(before);
});

test("chooseAddress's fields as it answers them, less errMsg and nationalCode, are accepted", async () => {
  const chosen = {
    userName: '张三',
    telNumber: '020-81167888',
    provinceName: '广东省',
    cityName: '广州市',
    countyName: '海珠区',
    detailInfo: '新港中路397号',
    postalCode: '510000',
    latitude: 23.0965,
    longitude: 113.3245,
  };
  const book = dataOf(await addressBook(shop, 'o-chooser').save(chosen));
  expect(book.addresses[0]).toMatchObject({
    contactNameMasked: '张*',
    phoneMasked: '020****7888',
    region: '广东省 广州市 海珠区',
  });
});
