/** @jest-environment jsdom */
import path from 'node:path';
import { installCustomerPhone, until, type CustomerPhone } from '../../../../test/support/customer-phone';
import { openSimulatedPage, type SimulatedPage } from '../../../../test/support/simulate-page';
import { dataOf } from '../../../../test/support/results';
import { startTestCloud, type TestCloud } from '../../../../test/support/test-cloud';

// The address form against the local cloud: filled from WeChat and the map, checked, saved encrypted and shown masked.
const miniprogramRoot = path.join(__dirname, '../../..');
const CHOSEN = {
  errMsg: 'chooseAddress:ok',
  userName: '李雷',
  telNumber: '13800138000',
  provinceName: '上海市',
  cityName: '上海市',
  countyName: '徐汇区',
  detailInfo: '示范路 100 号 3 楼',
  postalCode: '200030',
  nationalCode: '310104',
};
const PLACE = {
  name: '示范大厦 A 座',
  address: '上海市徐汇区示范路 300 号',
  latitude: 31.1902,
  longitude: 121.4401,
};
let shop: TestCloud;
let phone: CustomerPhone;
let openid: string;
let privateCalls: string[];
let customers = 0;

beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());
beforeEach(() => {
  jest.resetModules();
  openid = `o-address-form-${(customers += 1)}`;
  phone = installCustomerPhone(shop.cloud.baseUrl, openid);
  privateCalls = [];
  const wxApi = (globalThis as unknown as { wx: Record<string, (options: object) => unknown> }).wx;
  for (const api of ['chooseAddress', 'chooseLocation'] as const) {
    const call = wxApi[api];
    wxApi[api] = (options) => {
      privateCalls.push(api);
      return call(options);
    };
  }
});

const book = async () => dataOf(await shop.call('account', 'listAddresses', {}, openid)).addresses;
const text = (page: SimulatedPage, selector: string) => page.querySelector(selector)?.dom?.textContent ?? '';
const form = (page: SimulatedPage) =>
  (page.instance as unknown as { data: { form: Record<string, unknown> } }).data.form;
const tap = (page: SimulatedPage, selector: string) => page.querySelector(selector)?.dispatchEvent('tap');
const type = (page: SimulatedPage, selector: string, value: string) =>
  page.querySelector(selector)?.dispatchEvent('input', { detail: { value } });
const openForm = (query: Record<string, string> = {}) =>
  openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot, query);

test('a WeChat address and a place on the map fill the form; saving keeps it in the cloud, shown masked', async () => {
  phone.choices.address = CHOSEN;
  phone.choices.place = PLACE;
  const page = await openForm();
  tap(page, '.use-wechat');
  await until(() => form(page).userName === '李雷');
  expect(form(page)).toMatchObject({
    telNumber: '13800138000',
    countyName: '徐汇区',
    detailInfo: '示范路 100 号 3 楼',
  });
  tap(page, '.pick-on-map');
  await until(() => form(page).latitude === PLACE.latitude);
  expect(text(page, '.location')).toBe('已选择：示范大厦 A 座');
  expect(form(page).detailInfo).toBe('示范路 100 号 3 楼'); // a typed street is kept
  tap(page, '.save');
  await until(() => phone.navigations.length > 0);
  expect(phone.navigations).toEqual([{ kind: 'navigateBack', delta: 1, url: undefined }]);
  expect(phone.toasts).toEqual(['已保存']);
  expect(await book()).toEqual([
    expect.objectContaining({
      contactNameMasked: '李*',
      phoneMasked: '138****8000',
      region: '上海市 上海市 徐汇区',
      isDefault: true,
    }),
  ]);
  const [stored] = shop.cloud.database.find('addresses', { _openid: openid });
  expect(JSON.stringify(stored)).not.toContain('13800138000'); // encrypted at rest
});

test('the map fills an empty street with the place picked', async () => {
  phone.choices.place = PLACE;
  const page = await openForm();
  tap(page, '.pick-on-map');
  await until(() => form(page).detailInfo === '示范大厦 A 座');
});

test('missing fields are named beside them and nothing is saved', async () => {
  const page = await openForm();
  type(page, '.tel-number', '12');
  tap(page, '.save');
  await until(() => text(page, '.error-userName') !== '');
  expect(text(page, '.error-userName')).toBe('请填写联系人');
  expect(text(page, '.error-telNumber')).toBe('手机号格式不对');
  expect(text(page, '.error-region')).toBe('请填写省份和城市');
  expect(text(page, '.error-detail')).toBe('请填写详细地址');
  expect(text(page, '.error-location')).toBe('请在地图上选择位置');
  expect(await book()).toEqual([]);
});

test('a field the server refuses is marked beside it', async () => {
  phone.choices.address = { ...CHOSEN, userName: '名'.repeat(25) };
  phone.choices.place = PLACE;
  const page = await openForm();
  tap(page, '.use-wechat');
  await until(() => form(page).telNumber === CHOSEN.telNumber);
  tap(page, '.pick-on-map');
  await until(() => form(page).latitude !== null);
  tap(page, '.save');
  await until(() => text(page, '.error-userName') !== '');
  expect(text(page, '.error-userName')).toBe('这一项没有通过检查，请修改');
  expect(phone.toasts[0]).toContain('提交的信息有误');
  expect(await book()).toEqual([]);
});

test('declining the privacy guide leaves the form as it is and calls no address or map picker', async () => {
  phone.choices.privacyAgreed = false;
  phone.choices.address = CHOSEN;
  const page = await openForm();
  tap(page, '.use-wechat');
  await until(() => page.querySelector('.guide')?.querySelector('.decline') !== undefined);
  page.querySelector('.guide')?.querySelector('.decline')?.dispatchEvent('tap');
  await until(() => phone.toasts.length > 0);
  expect(phone.toasts).toEqual(['你未同意隐私指引，此功能暂不可用']);
  expect(privateCalls).toEqual([]);
  expect(form(page).userName).toBe('');
});

test('an edit keeps the region, asks for the rest again, and replaces the saved address', async () => {
  const { errMsg: _errMsg, nationalCode: _code, ...fields } = CHOSEN;
  const input = { ...fields, latitude: PLACE.latitude, longitude: PLACE.longitude };
  const saved = dataOf(await shop.call('account', 'saveAddress', input, openid));
  const page = await openForm({ id: saved.savedId });
  await until(() => form(page).provinceName === '上海市');
  expect(text(page, '.edit-note')).toContain('地区已为你保留');
  expect(form(page)).toMatchObject({
    cityName: '上海市',
    countyName: '徐汇区',
    userName: '',
    latitude: null,
  });
  const shown = page.instance as unknown as { data: { was: Record<string, string> } };
  expect(shown.data.was).toEqual({
    userName: '原为 李*',
    telNumber: '原为 138****8000',
    detail: '原为 示范路 1****',
  });
  phone.choices.place = PLACE;
  type(page, '.user-name', '韩梅梅');
  type(page, '.tel-number', '13900139000');
  type(page, '.detail', '示范路 200 号');
  tap(page, '.pick-on-map');
  await until(() => form(page).latitude !== null);
  tap(page, '.save');
  await until(() => phone.navigations.length > 0);
  expect(await book()).toEqual([
    expect.objectContaining({ id: saved.savedId, contactNameMasked: '韩**', phoneMasked: '139****9000' }),
  ]);
});
