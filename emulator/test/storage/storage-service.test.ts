import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ICloud } from 'wx-server-sdk';
import { TestClock } from '../../src/clock';
import { CloudError } from '../../src/errors';
import { LOCAL_ENV_ID } from '../../src/functions/sdk-env';
import { Dispatcher } from '../../src/http/dispatcher';
import { StorageService } from '../../src/storage';
import { serveForSdk, type WxServerSdk } from '../sdk-harness';

const clock = new TestClock();
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 3, 254, 255]);
let cloud: WxServerSdk;
let storage: StorageService;
let baseUrl = '';
let close: () => Promise<void>;

beforeAll(async () => {
  const dispatcher = new Dispatcher();
  const served = await serveForSdk(dispatcher);
  cloud = served.cloud;
  close = served.close;
  baseUrl = served.adminUrl.replace(/\/admin$/, '');
  storage = new StorageService({ root: null, publicBaseUrl: () => baseUrl, envId: LOCAL_ENV_ID, clock });
  storage.registerActions(dispatcher);
  storage.registerRoutes(served.server);
});
afterAll(() => close());

const tempUrls = async (fileList: ICloud.GetTempFileURLParam['fileList']) =>
  ((await cloud.getTempFileURL({ fileList })) as ICloud.GetTempFileURLResult).fileList;
const deleteFiles = async (fileList: string[]) =>
  ((await cloud.deleteFile({ fileList })) as ICloud.DeleteFileResult).fileList;
// The SDK's own downloadFile encodes the temp URL the same way before fetching it.
const get = (tempFileURL: string) => fetch(encodeURI(tempFileURL));

test('upload → temp URL → GET returns the bytes → delete → the file and its URLs are gone', async () => {
  const uploaded = await cloud.uploadFile({ cloudPath: 'products/latte.png', fileContent: PNG });
  expect(uploaded.fileID).toBe(storage.fileIdOf('products/latte.png'));
  expect(uploaded.fileID).toMatch(new RegExp(`^cloud://${LOCAL_ENV_ID}\\.[0-9a-z-]+/products/latte\\.png$`));
  expect(storage.read('products/latte.png')).toEqual(PNG);

  const [item] = await tempUrls([{ fileID: uploaded.fileID, maxAge: 120 }]);
  expect(item).toMatchObject({ fileID: uploaded.fileID, status: 0, maxAge: 120 });
  const response = await get(item?.tempFileURL ?? '');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG);

  expect(await deleteFiles([uploaded.fileID])).toEqual([
    { fileID: uploaded.fileID, status: 0, errMsg: 'ok' },
  ]);
  expect(storage.files()).not.toContain('products/latte.png');
  expect((await get(item?.tempFileURL ?? '')).status).toBe(404);
  const [afterDelete] = await tempUrls([uploaded.fileID]);
  expect(afterDelete).toMatchObject({ status: -503003, tempFileURL: '' });
  expect((await deleteFiles([uploaded.fileID]))[0]?.status).toBe(-503003);
});

test('a temp URL expires after its max age on the clock', async () => {
  const fileID = storage.put('products/mocha.png', PNG);
  const [item] = await tempUrls([{ fileID, maxAge: 60 }]);
  await clock.advance(59_999);
  expect((await get(item?.tempFileURL ?? '')).status).toBe(200);
  await clock.advance(1);
  const expired = await get(item?.tempFileURL ?? '');
  expect(expired.status).toBe(403);
  expect(await expired.text()).toContain('<Code>AccessDenied</Code>');
});

test('a temp URL lasts one day by default and never longer', async () => {
  const fileID = storage.put('products/tea.png', PNG);
  const [byDefault, tooLong] = await tempUrls([fileID, { fileID, maxAge: 7 * 86_400 }]);
  expect(byDefault?.maxAge).toBe(86_400);
  expect(tooLong?.maxAge).toBe(86_400);
  await clock.advance(86_400_000);
  expect((await get(tooLong?.tempFileURL ?? '')).status).toBe(403);
});

test('a forged or altered temp URL is refused', async () => {
  const fileID = storage.put('products/secret.png', PNG);
  const [item] = await tempUrls([{ fileID, maxAge: 60 }]);
  const url = new URL(encodeURI(item?.tempFileURL ?? ''));
  url.searchParams.set('t', String(Number(url.searchParams.get('t')) + 3600));
  expect((await fetch(url)).status).toBe(403);
  expect((await fetch(`${baseUrl}/storage/products/secret.png`)).status).toBe(403);
});

// The SDK surfaces storage refusals as errCode -1 with the wire code in `code`.
test('downloadFile returns the bytes, and rejects for a missing file', async () => {
  const fileID = storage.put('menu/拿铁 大杯.jpg', PNG);
  const downloaded = await cloud.downloadFile({ fileID });
  expect(downloaded.fileContent).toEqual(PNG);
  const [item] = await tempUrls([fileID]);
  expect((await get(item?.tempFileURL ?? '')).headers.get('content-type')).toBe('image/jpeg');

  await expect(cloud.downloadFile({ fileID: storage.fileIdOf('menu/none.jpg') })).rejects.toMatchObject({
    code: 'STORAGE_FILE_NONEXIST',
  });
});

test('fileIDs of another environment are not found', async () => {
  storage.put('products/latte.png', PNG);
  const [item] = await tempUrls(['cloud://prod-env.7072-prod-env-1300000000/products/latte.png']);
  expect(item?.status).toBe(-503003);
});

test('path traversal is refused everywhere', async () => {
  expect(() => storage.put('../outside.png', PNG)).toThrow(CloudError);
  expect(() => storage.put('products/../../outside.png', PNG)).toThrow(CloudError);
  expect(() => storage.put('/absolute.png', PNG)).toThrow(CloudError);
  expect(() => storage.put('products//empty-segment.png', PNG)).toThrow(CloudError);
  expect(() => storage.put('products/what?.png', PNG)).toThrow(CloudError);
  await expect(cloud.uploadFile({ cloudPath: '../outside.png', fileContent: PNG })).rejects.toMatchObject({
    code: 'INVALID_PARAM',
    errMsg: expect.stringContaining('../outside.png'),
  });
  expect(storage.files().some((file) => file.includes('outside'))).toBe(false);

  const escaped = await fetch(`${baseUrl}/storage/products%2F..%2F..%2Foutside.png?sign=00&t=9999999999`);
  expect(escaped.status).toBe(400);
});

test('the upload target needs the authorization getUploadMetadata handed out, once', async () => {
  const direct = await fetch(`${baseUrl}/storage/products/intruder.png`, { method: 'PUT', body: PNG });
  expect(direct.status).toBe(403);
  expect(storage.files()).not.toContain('products/intruder.png');

  const metadata = (await (
    await fetch(`${baseUrl}/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'storage.getUploadMetadata', path: 'products/once.png', method: 'put' }),
    })
  ).json()) as { data: { url: string; authorization: string } };
  const put = () =>
    fetch(metadata.data.url, {
      method: 'PUT',
      headers: { authorization: metadata.data.authorization },
      body: PNG,
    });
  expect((await put()).status).toBe(200);
  expect((await put()).status).toBe(403);
  expect(storage.read('products/once.png')).toEqual(PNG);
});

test('more than 50 files in one call are refused', async () => {
  const fileID = storage.put('products/latte.png', PNG);
  await expect(tempUrls(Array.from({ length: 51 }, () => fileID))).rejects.toMatchObject({
    code: 'INVALID_PARAM',
  });
});

test('a folder-backed store keeps files on disk across restarts', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'storage-'));
  try {
    const options = { root, publicBaseUrl: () => baseUrl, envId: LOCAL_ENV_ID, clock };
    new StorageService(options).put('products/beans/arabica.png', PNG);
    expect(fs.readFileSync(path.join(root, 'products', 'beans', 'arabica.png'))).toEqual(PNG);
    const restarted = new StorageService(options);
    expect(restarted.files()).toEqual(['products/beans/arabica.png']);
    expect(restarted.read('products/beans/arabica.png')).toEqual(PNG);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
