// Owner only: a customer cannot see, edit, remove or make default another customer's address, whatever they send.
import { deliveryAddressFromBook } from '../../server/services/account/address-book';
import { dataOf } from '../support/results';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { addressBook, LI_HOME, LI_OFFICE, storedAddresses } from './address-calls';

let shop: TestCloud;
let aliceHome = '';
let aliceOffice = '';
const alice = () => addressBook(shop, 'o-alice');
const mallory = () => addressBook(shop, 'o-mallory');

beforeAll(async () => {
  shop = await startTestCloud();
  aliceHome = dataOf(await alice().save(LI_HOME)).savedId;
  aliceOffice = dataOf(await alice().save(LI_OFFICE)).savedId;
  dataOf(await mallory().save({ ...LI_OFFICE, userName: '马洛' }));
});
afterAll(() => shop.close());

const NOT_FOUND = { ok: false, error: { code: 'NOT_FOUND', details: { field: 'id' } } };

test("another customer's list holds only their own addresses", async () => {
  const book = dataOf(await mallory().list());
  expect(book.addresses).toHaveLength(1);
  expect(book.addresses.map((address) => address.id)).not.toContain(aliceHome);
  expect(book.addresses[0]?.contactNameMasked).toBe('马*');
  expect(dataOf(await addressBook(shop, 'o-newcomer').list()).addresses).toEqual([]);
});

test("another customer cannot edit, remove or make default Alice's address; nothing of hers changes", async () => {
  const before = storedAddresses(shop, 'o-alice');
  expect(await mallory().save({ ...LI_OFFICE, id: aliceHome, userName: '马洛' })).toMatchObject(NOT_FOUND);
  expect(await mallory().remove(aliceHome)).toMatchObject(NOT_FOUND);
  expect(await mallory().setDefault(aliceOffice)).toMatchObject(NOT_FOUND);
  expect(storedAddresses(shop, 'o-alice')).toEqual(before);
  expect(storedAddresses(shop, 'o-mallory')).toHaveLength(1);
  // The refusal is the same as for an id that never existed: it tells nothing about whose it is.
  expect(await mallory().remove('addr-does-not-exist')).toEqual(await mallory().remove(aliceHome));
});

test('an openid or owner field in the input is refused, never believed', async () => {
  const before = storedAddresses(shop, 'o-alice');
  for (const extra of [{ _openid: 'o-alice' }, { openid: 'o-alice' }, { _id: aliceHome }]) {
    expect(
      await shop.callRaw(
        'account',
        { action: 'saveAddress', input: { ...LI_HOME, id: aliceHome, ...extra } },
        'o-mallory',
      ),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(
      await shop.callRaw(
        'account',
        { action: 'removeAddress', input: { id: aliceHome, ...extra } },
        'o-mallory',
      ),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  }
  expect(storedAddresses(shop, 'o-alice')).toEqual(before);
});

test('a call with no signed-in user is refused', async () => {
  expect(await shop.call('account', 'listAddresses', {}, '')).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
});

test('checkout can open an address from the book for its owner only', async () => {
  expect((await deliveryAddressFromBook('o-alice', aliceHome)).phone).toBe(LI_HOME.telNumber);
  await expect(deliveryAddressFromBook('o-mallory', aliceHome)).rejects.toMatchObject({ code: 'NOT_FOUND' });
});
