/** @jest-environment jsdom */
import path from 'node:path';
import { installCustomerPhone, until, type CustomerPhone } from '../../../../test/support/customer-phone';
import { openSimulatedPage, type SimulatedPage } from '../../../../test/support/simulate-page';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../../../../test/support/test-cloud';

// The store picker against the local cloud: nearest first with the customer's location, the usual order without.
const miniprogramRoot = path.join(__dirname, '../../..');
const EAST_STORE = 'store-east';
const NEAR_EAST = { latitude: 31.2201, longitude: 121.5001 };
let shop: TestCloud;
let phone: CustomerPhone;
let locationCalls: number;

beforeAll(async () => {
  shop = await startTestCloud();
  const [demo] = shop.cloud.database.find('stores', { _id: DEMO_STORE });
  const address = {
    text: '上海市浦东新区世纪大道 100 号',
    textEn: '100 Century Avenue, Pudong',
    latitude: 31.22,
    longitude: 121.5,
  };
  shop.cloud.database.insert('stores', [
    { ...demo, _id: EAST_STORE, name: '浦东店', nameEn: 'Pudong', address },
  ]);
});
afterAll(() => shop.close());
beforeEach(() => {
  jest.resetModules(); // a fresh session store and page registry each test
  phone = installCustomerPhone(shop.cloud.baseUrl, 'o-stores-customer');
  locationCalls = 0;
  const wxApi = (globalThis as unknown as { wx: Record<string, (options: object) => unknown> }).wx;
  const getLocation = wxApi.getLocation;
  wxApi.getLocation = (options) => {
    locationCalls += 1;
    return getLocation(options);
  };
});

const names = (page: SimulatedPage) =>
  page.querySelectorAll('.store .name').map((node) => node.dom?.textContent);
const text = (page: SimulatedPage, selector: string) => page.querySelector(selector)?.dom?.textContent ?? '';
/** A text inside a child component (its own tree): `host` the component's tag. */
const inner = (page: SimulatedPage, host: string, selector: string) =>
  page.querySelector(host)?.querySelector(selector)?.dom?.textContent ?? '';

async function openStores(): Promise<SimulatedPage> {
  const page = await openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot);
  await until(() => names(page).length > 0 || inner(page, '.guide', '.title') !== '');
  return page;
}

test('with the location allowed the nearest store comes first, with its distance', async () => {
  phone.choices.location = NEAR_EAST;
  const page = await openStores();
  expect(names(page)).toEqual(['浦东店', '点单示范咖啡馆']);
  expect(text(page, '.note')).toBe('按距离由近到远');
  expect(page.querySelectorAll('.distance').map((node) => node.dom?.textContent)).toEqual([
    '15 米',
    '7.0 公里',
  ]);
  expect(text(page, '.store .store-state')).toBe('营业中');
  expect(text(page, '.store .modes')).toBe('堂食 · 自取 · 外送');
  expect(text(page, '.store .delivers')).toBe('可外送到你这里');
});

test('with the location denied the stores keep the usual order and a gentle note says why', async () => {
  phone.choices.location = null;
  const page = await openStores();
  expect(locationCalls).toBe(1);
  expect(names(page)).toEqual(['点单示范咖啡馆', '浦东店']);
  expect(text(page, '.note')).toBe('没有获得你的位置，门店按默认顺序排列');
  expect(page.querySelectorAll('.distance')).toHaveLength(0);
});

test('declining the privacy guide asks for no location at all', async () => {
  phone.choices.privacyAgreed = false;
  phone.choices.location = NEAR_EAST;
  const page = await openStores();
  expect(inner(page, '.guide', '.contract')).toBe('《点单隐私保护指引》');
  page.querySelector('.guide')?.querySelector('.decline')?.dispatchEvent('tap');
  await until(() => names(page).length > 0);
  expect(locationCalls).toBe(0);
  expect(names(page)).toEqual(['点单示范咖啡馆', '浦东店']);
  expect(inner(page, '.guide', '.sheet')).toBe('');
});

test('agreeing to the privacy guide lets the location through', async () => {
  phone.choices.privacyAgreed = false;
  phone.choices.location = NEAR_EAST;
  const page = await openStores();
  phone.choices.privacyAgreed = true; // the platform records the agreement when its button is tapped
  page.querySelector('.guide')?.querySelector('.agree')?.dispatchEvent('agreeprivacyauthorization');
  await until(() => names(page).length > 0);
  expect(locationCalls).toBe(1);
  expect(names(page)[0]).toBe('浦东店');
});

test('choosing a store remembers it in storage and opens the menu tab', async () => {
  const page = await openStores();
  page.querySelectorAll('.store')[1]?.dispatchEvent('tap');
  await until(() => phone.navigations.length > 0);
  expect(phone.navigations).toEqual([{ kind: 'switchTab', url: '/pages/menu/index', delta: undefined }]);
  expect(phone.storage.get('diandan.session.v1')).toMatchObject({ storeId: EAST_STORE });

  jest.resetModules();
  const again = await openStores(); // the next visit marks the remembered store
  expect(again.querySelectorAll('.current')).toHaveLength(1);
  expect(again.querySelectorAll('.store')[1]?.dom?.textContent).toContain('当前');
});

test('a closed store says when it opens again', async () => {
  shop.cloud.database.update('stores', { _id: EAST_STORE }, { $set: { isAcceptingOrders: false } });
  const page = await openStores();
  const east = page.querySelectorAll('.store')[1]?.dom?.textContent;
  expect(east).toContain('休息中');
  expect(east).toContain('暂停营业');
  expect(page.querySelectorAll('.closed-note')).toHaveLength(1);
  shop.cloud.database.update('stores', { _id: EAST_STORE }, { $set: { isAcceptingOrders: true } });
});

test('a store closed by its hours says when it opens today', async () => {
  const [east] = shop.cloud.database.find('stores', { _id: EAST_STORE });
  const evening = Object.fromEntries(
    Object.keys(east?.hours ?? {}).map((day) => [day, [{ open: '20:00', close: '22:00' }]]),
  );
  shop.cloud.database.update('stores', { _id: EAST_STORE }, { $set: { hours: evening } });
  try {
    const page = await openStores();
    expect(page.querySelectorAll('.store')[1]?.dom?.textContent).toContain('今天 20:00 营业');
  } finally {
    shop.cloud.database.update('stores', { _id: EAST_STORE }, { $set: { hours: east?.hours } });
  }
});

test('in English the stores, distances and notes are English', async () => {
  phone.storage.set('diandan.session.v1', { locale: 'en' });
  phone.choices.location = NEAR_EAST;
  const page = await openStores();
  expect(names(page)).toEqual(['Pudong', 'Diandan Demo Café']);
  expect(page.querySelectorAll('.distance').map((node) => node.dom?.textContent)).toEqual(['15 m', '7.0 km']);
  expect(text(page, '.note')).toBe('Nearest first');
  expect(text(page, '.store .modes')).toBe('Dine in · Pickup · Delivery');
});

test('an unreachable cloud shows the error with a retry', async () => {
  phone = installCustomerPhone('http://127.0.0.1:1', 'o-stores-customer');
  const page = await openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot);
  await until(() => inner(page, '.state', '.retry') !== '');
  expect(inner(page, '.state', '.title')).toContain('网络不太好');
});
