// The address book through the local cloud: saved sealed, shown masked, one default, at most 20.
import { deliveryAddressFromBook, openOwnAddresses } from '../../server/services/account/address-book';
import { dataOf } from '../support/results';
import { schemaProblems } from '../support/schema-check';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { addressBook, LI_HOME, LI_OFFICE, storedAddresses } from './address-calls';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

/** Pieces of the customer's text that must never be stored in clear. */
const CLEAR_PIECES = [
  '13812345678',
  '1381234',
  '李雷',
  '18 号 5 栋',
  '1203',
  '518057',
  '22.5405',
  '113.9525',
];

test('a saved address is stored sealed and shown masked; the first one is the default', async () => {
  const li = addressBook(shop, 'o-li');
  const saved = dataOf(await li.save(LI_HOME));
  expect(saved.maxAddresses).toBe(20);
  expect(saved.addresses).toEqual([
    {
      id: saved.savedId,
      contactNameMasked: '李*',
      phoneMasked: '138****5678',
      region: '广东省 深圳市 南山区',
      detailMasked: '科技园南路 ****',
      isDefault: true,
      updatedAt: expect.any(String),
    },
  ]);
  const [stored] = storedAddresses(shop, 'o-li');
  expect(stored).toBeDefined();
  expect(schemaProblems('addresses', stored ?? {})).toEqual([]);
  const everything = JSON.stringify(
    shop.cloud.database.collectionNames().map((name) => shop.cloud.database.find(name, {})),
  );
  expect(CLEAR_PIECES.filter((piece) => everything.includes(piece))).toEqual([]);
  expect(stored?.sealed).toMatch(/^v1:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$/);
  // The owner's checkout can open it again, whole.
  expect(await deliveryAddressFromBook('o-li', saved.savedId)).toEqual({
    contactName: '李雷',
    phone: '13812345678',
    text: '广东省 深圳市 南山区 科技园南路 18 号 5 栋 1203',
    latitude: 22.5405,
    longitude: 113.9525,
  });
});

test('editing by id replaces the address in place; a second address is not the default unless asked', async () => {
  const hana = addressBook(shop, 'o-hana');
  const home = dataOf(await hana.save(LI_HOME)).savedId;
  const office = dataOf(await hana.save(LI_OFFICE));
  expect(office.addresses.map((address) => [address.id, address.isDefault])).toEqual([
    [home, true],
    [office.savedId, false],
  ]);
  expect(office.addresses[1]).toMatchObject({ phoneMasked: '+86****4321', region: '广东省 深圳市' });

  const edited = dataOf(
    await hana.save({ ...LI_HOME, id: home, userName: '韩梅梅', telNumber: '13900001111' }),
  );
  expect(edited.savedId).toBe(home);
  expect(edited.addresses).toHaveLength(2);
  expect(edited.addresses[0]).toMatchObject({
    id: home,
    contactNameMasked: '韩**',
    phoneMasked: '139****1111',
    isDefault: true,
  });
  expect(storedAddresses(shop, 'o-hana')).toHaveLength(2);
  expect((await deliveryAddressFromBook('o-hana', home)).contactName).toBe('韩梅梅');
});

test('setting a default leaves exactly one, in the answer and in what is stored', async () => {
  const ming = addressBook(shop, 'o-ming');
  const first = dataOf(await ming.save(LI_HOME)).savedId;
  await shop.clock.advance(1000);
  const second = dataOf(await ming.save(LI_OFFICE)).savedId;
  await shop.clock.advance(1000);
  const third = dataOf(await ming.save({ ...LI_OFFICE, isDefault: true })).savedId;
  const defaultsStored = () =>
    storedAddresses(shop, 'o-ming')
      .filter((address) => address.isDefault === true)
      .map((address) => address._id);
  expect(defaultsStored()).toEqual([third]);

  // The default first, then the most recently saved.
  const book = dataOf(await ming.setDefault(second));
  expect(book.addresses.map((address) => [address.id, address.isDefault])).toEqual([
    [second, true],
    [third, false],
    [first, false],
  ]);
  expect(defaultsStored()).toEqual([second]);
  // Setting it again changes nothing.
  expect(dataOf(await ming.setDefault(second))).toEqual(book);

  // Saying an address is not the default leaves the book without one.
  const none = dataOf(await ming.save({ ...LI_OFFICE, id: second, isDefault: false }));
  expect(none.addresses.filter((address) => address.isDefault)).toEqual([]);
  expect(defaultsStored()).toEqual([]);
});

test('removing an address takes it out of the book and the database', async () => {
  const lucy = addressBook(shop, 'o-lucy');
  const home = dataOf(await lucy.save(LI_HOME)).savedId;
  const office = dataOf(await lucy.save(LI_OFFICE)).savedId;
  const after = dataOf(await lucy.remove(home));
  expect(after.addresses.map((address) => address.id)).toEqual([office]);
  expect(storedAddresses(shop, 'o-lucy').map((address) => address._id)).toEqual([office]);
  expect(await lucy.remove(home)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
});

test('a book holds at most 20 addresses: the 21st is refused and nothing is stored for it', async () => {
  const full = addressBook(shop, 'o-full');
  for (let index = 0; index < 20; index++) {
    dataOf(await full.save({ ...LI_HOME, detailInfo: `科技园南路 ${index} 号` }));
  }
  expect(await full.save(LI_OFFICE)).toEqual({
    ok: false,
    error: {
      code: 'INVALID_INPUT',
      message: 'an address book holds at most 20 addresses',
      details: { field: 'id', problem: 'ADDRESS_LIMIT', limit: 20 },
    },
  });
  expect(storedAddresses(shop, 'o-full')).toHaveLength(20);
  expect(dataOf(await full.list()).addresses).toHaveLength(20);
  // Editing one of the twenty still works, and after a removal there is room again.
  const [first] = dataOf(await full.list()).addresses;
  dataOf(await full.save({ ...LI_OFFICE, id: first?.id ?? '' }));
  dataOf(await full.remove(first?.id ?? ''));
  dataOf(await full.save(LI_OFFICE));
  expect(storedAddresses(shop, 'o-full')).toHaveLength(20);
});

test('ten saves at once near the limit never leave more than 20 addresses stored', async () => {
  const rush = addressBook(shop, 'o-rush');
  for (let index = 0; index < 15; index++) dataOf(await rush.save(LI_HOME));
  const results = await Promise.all(Array.from({ length: 10 }, () => rush.save(LI_OFFICE)));
  const saved = results.filter((result) => result.ok).length;
  expect(saved).toBeLessThanOrEqual(5);
  expect(storedAddresses(shop, 'o-rush').length).toBe(15 + saved);
  for (const result of results.filter((candidate) => !candidate.ok)) {
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { limit: 20 } } });
  }
});

test("the owner's own export opens every saved address, the default marked, and no one else's", async () => {
  const kate = addressBook(shop, 'o-kate');
  const home = dataOf(await kate.save(LI_HOME)).savedId;
  const office = dataOf(await kate.save({ ...LI_OFFICE, isDefault: true })).savedId;
  const opened = await openOwnAddresses('o-kate');
  expect(opened.map((address) => [address.id, address.isDefault])).toEqual([
    [office, true],
    [home, false],
  ]);
  expect(opened[1]).toMatchObject({ ...LI_HOME, id: home, createdAt: expect.any(String) });
  expect(opened[0]?.postalCode).toBeUndefined();
  expect(await openOwnAddresses('o-nobody')).toEqual([]);
});

test('defaults set at once from several phones leave at most one marked, stored and shown', async () => {
  const twin = addressBook(shop, 'o-twin');
  const ids: string[] = [];
  for (let index = 0; index < 4; index++) ids.push(dataOf(await twin.save(LI_OFFICE)).savedId);
  const answers = await Promise.all(ids.map((id) => twin.setDefault(id)));
  for (const answer of answers) {
    expect(dataOf(answer).addresses.filter((address) => address.isDefault).length).toBeLessThanOrEqual(1);
  }
  const marked = storedAddresses(shop, 'o-twin').filter((address) => address.isDefault === true);
  expect(marked.length).toBeLessThanOrEqual(1);
  // Whatever the race left, setting a default again settles on exactly that one.
  const settled = dataOf(await twin.setDefault(ids[0] ?? ''));
  expect(settled.addresses.filter((address) => address.isDefault).map((address) => address.id)).toEqual([
    ids[0],
  ]);
});
