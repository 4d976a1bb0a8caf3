/** @jest-environment jsdom */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import simulate from 'miniprogram-simulate';
import { installCustomerPhone, until, type CustomerPhone } from '../../../../test/support/customer-phone';
import { openSimulatedPage, type SimulatedPage } from '../../../../test/support/simulate-page';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../../../../test/support/test-cloud';
import { addStaff, STAFF } from '../../../../test/staff/staff-fixtures';
import type { ProductDraft } from './product-draft';

// The product editor against the local cloud: a price changed reaches the customer's sheet, a new product with a
// picture chosen and uploaded reaches the menu, a wrong price or a refused picture is shown beside its field and
// nothing is saved, a choice switches sold out in one tap, and the kitchen may not edit.
const miniprogramRoot = path.join(__dirname, '../../..');
const PICTURE = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9]);
let shop: TestCloud;
let phone: CustomerPhone;
let picturePath = '';

beforeAll(async () => {
  shop = await startTestCloud();
  addStaff(shop);
  picturePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'product-edit-')), 'chosen.jpg');
  fs.writeFileSync(picturePath, PICTURE);
});
afterAll(() => shop.close());

async function openEditor(openid: string, query: Record<string, string>): Promise<SimulatedPage> {
  jest.resetModules();
  phone = installCustomerPhone(shop.cloud.baseUrl, openid);
  // The phone's album: choosing a picture answers the file on disk, as the platform answers a temp path.
  Object.assign((globalThis as unknown as { wx: object }).wx, {
    chooseMedia: async () => ({
      errMsg: 'chooseMedia:ok',
      tempFiles: [{ tempFilePath: picturePath, size: PICTURE.length, fileType: 'image' }],
    }),
  });
  const page = await openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot, {
    storeId: DEMO_STORE,
    ...query,
  });
  await until(() => page.data.state !== 'loading');
  return page;
}
/** The editor's form as the page holds it. */
const draftOf = (page: SimulatedPage) => page.data.draft as ProductDraft;
const textOf = (node: { dom?: HTMLElement } | undefined) => node?.dom?.textContent ?? '';
async function tap(node: { dispatchEvent(name: string): void } | undefined) {
  node?.dispatchEvent('tap');
  await simulate.sleep(0);
}
/** Types into an input as the person would: the input event with the new value. */
async function type(node: { dispatchEvent(name: string, detail?: object): void } | undefined, value: string) {
  node?.dispatchEvent('input', { detail: { value } });
  await simulate.sleep(0);
}
/** The bytes an http URL serves (jsdom has no fetch). */
const bytesAt = (url: string) =>
  new Promise<Buffer>((resolve, reject) => {
    http
      .get(encodeURI(url), (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks)));
      })
      .on('error', reject);
  });
const catalog = () =>
  JSON.stringify([shop.cloud.database.find('products', {}), shop.cloud.database.find('skus', {})]);

test('the owner changes the latte’s medium price; the customer’s sheet shows it', async () => {
  const page = await openEditor(STAFF.owner, { productId: 'prod-latte' });
  expect(page.data.draft.name).toBe('拿铁');
  const medium = draftOf(page).skus.findIndex(
    (sku) => sku.specs.size === 'medium' && sku.specs.milk !== 'oat',
  );
  await type(page.querySelectorAll('.sku-price')[medium], '26');
  await tap(page.querySelector('.save'));
  await until(() => phone.navigations.length > 0);
  expect(phone.navigations[0]).toMatchObject({ kind: 'navigateBack' });
  const sheet = await shop.call(
    'browse',
    'product',
    { storeId: DEMO_STORE, productId: 'prod-latte' },
    'o-edit-customer',
  );
  expect(sheet.ok && sheet.data.fromPriceFen).toBe(2600);
});

test('a new product with a picture: uploaded, saved, on the menu with a picture URL that serves it', async () => {
  const page = await openEditor(STAFF.manager, { categoryId: 'cat-bakery' });
  await type(page.querySelector('.name-input'), '开心果司康');
  await type(page.querySelector('.name-en-input'), 'Pistachio scone');
  await type(page.querySelector('.sku-price'), '16.5');
  await type(page.querySelector('.sku-stock'), '12');
  await tap(page.querySelector('.choose-picture'));
  await until(() => !page.data.uploading);
  expect(page.data.draft.imageFileId).toMatch(
    new RegExp(`^cloud://.+/products/${DEMO_STORE}/new-\\d+\\.jpg$`),
  );
  await tap(page.querySelector('.save'));
  await until(() => phone.navigations.length > 0);
  const [saved] = shop.cloud.database.find('products', { name: '开心果司康' });
  expect(saved).toMatchObject({
    categoryId: 'cat-bakery',
    nameEn: 'Pistachio scone',
    imageFileId: page.data.draft.imageFileId,
  });
  expect(shop.cloud.database.find('skus', { productId: saved?._id })).toEqual([
    expect.objectContaining({ priceFen: 1650, stock: 12 }),
  ]);
  const home = await shop.call('browse', 'home', { storeId: DEMO_STORE }, 'o-edit-customer');
  const row = home.ok ? home.data.products.find((card) => card.id === saved?._id) : undefined;
  expect(await bytesAt(row?.imageUrl ?? '')).toEqual(PICTURE);
});

test('a price that is not a price, and a picture the server refuses, are shown beside their fields; nothing is saved', async () => {
  const page = await openEditor(STAFF.owner, { productId: 'prod-espresso' });
  const before = catalog();
  await type(page.querySelector('.sku-price'), '12.345');
  await tap(page.querySelector('.save'));
  expect(textOf(page.querySelector('.sku-error'))).toBe('请填写大于 0 的价格，最多两位小数');
  expect(phone.toasts.at(-1)).toBe('有几处需要修改，请看标红的地方');
  await type(page.querySelector('.sku-price'), '12');
  page.setData({ 'draft.imageFileId': 'cloud://elsewhere/products/store-elsewhere/x.jpg' });
  await tap(page.querySelector('.save'));
  await until(() => !page.data.saving && page.data.draft.errors.picture !== '');
  expect(textOf(page.querySelector('.picture-error'))).toBe('请重新上传图片');
  expect(page.querySelector('.sku-error')).toBeUndefined();
  expect(catalog()).toBe(before);
  expect(phone.navigations).toEqual([]);
});

test('a stored choice switches sold out in one tap; a customer’s sheet shows it', async () => {
  const page = await openEditor(STAFF.owner, { productId: 'prod-americano' });
  const group = draftOf(page).groups.findIndex((candidate) => candidate.key === 'temperature');
  const choice = draftOf(page).groups[group]?.options.findIndex((option) => option.value === 'iced') ?? -1;
  const switches = page.querySelectorAll('.choice-switch');
  const offset = draftOf(page)
    .groups.slice(0, group)
    .reduce((sum, candidate) => sum + candidate.options.length, 0);
  await tap(switches[offset + choice]);
  await until(() => draftOf(page).groups[group]?.options[choice]?.isSoldOut === true);
  expect(textOf(page.querySelectorAll('.choice-switch')[offset + choice])).toBe('售罄');
  const sheet = await shop.call(
    'browse',
    'product',
    { storeId: DEMO_STORE, productId: 'prod-americano' },
    'o-edit-customer',
  );
  const iced = sheet.ok
    ? sheet.data.specGroups.find((g) => g.key === 'temperature')?.options.find((o) => o.value === 'iced')
    : undefined;
  expect(iced?.isSoldOut).toBe(true);
});

test('the kitchen opening the editor sees the forbidden state and no form', async () => {
  const page = await openEditor(STAFF.kitchen, { productId: 'prod-latte' });
  expect(page.data.state).toBe('forbidden');
  expect(page.querySelector('.save')).toBeUndefined();
});
