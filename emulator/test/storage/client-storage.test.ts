// A page's wx.cloud.uploadFile and getTempFileURL against the local cloud: the file lands in storage, its temp
// URL serves the bytes, a blank caller or another user's file is refused, and nothing is stored then.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createWxCloud } from '../../src/client/wx-cloud';
import { directoryCatalog, startLocalCloud, type LocalCloud } from '../../src';
import { loadDatabaseDefinition } from '../../../database/load';

const ROOT = path.resolve(__dirname, '../../..');
let cloud: LocalCloud;
let picture: string;
const BYTES = Buffer.from('a picture of a latte');

beforeAll(async () => {
  cloud = await startLocalCloud({
    functions: directoryCatalog(path.join(ROOT, 'cloudfunctions')),
    database: loadDatabaseDefinition(path.join(ROOT, 'database')),
    timers: false,
  });
  picture = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'upload-')), 'latte.jpg');
  fs.writeFileSync(picture, BYTES);
});
afterAll(() => cloud.close());

const phoneOf = (openid: string) => {
  const wxCloud = createWxCloud({ baseUrl: cloud.baseUrl, openid });
  wxCloud.init();
  return wxCloud;
};

test('an upload stores the file under its cloud path; its temp URL serves it', async () => {
  const uploaded = await phoneOf('o-owner').uploadFile({
    cloudPath: 'products/s1/p1-1.jpg',
    filePath: picture,
  });
  expect(uploaded).toEqual({
    fileID: cloud.storage.fileIdOf('products/s1/p1-1.jpg'),
    statusCode: 200,
    errMsg: 'cloud.uploadFile:ok',
  });
  expect(cloud.storage.read('products/s1/p1-1.jpg')).toEqual(BYTES);
  const { fileList } = await phoneOf('o-someone').getTempFileURL({
    fileList: [uploaded.fileID, 'cloud://nothing/x.jpg'],
  });
  expect(fileList.map((file) => file.status)).toEqual([0, -503003]);
  const served = await fetch(encodeURI(fileList[0]?.tempFileURL ?? ''));
  expect(served.headers.get('content-type')).toBe('image/jpeg');
  expect(Buffer.from(await served.arrayBuffer())).toEqual(BYTES);
});

test('only the uploader replaces a file; a bad path or a missing file is refused and stores nothing', async () => {
  await phoneOf('o-owner').uploadFile({ cloudPath: 'products/s1/p2-1.jpg', filePath: picture });
  await expect(
    phoneOf('o-other').uploadFile({ cloudPath: 'products/s1/p2-1.jpg', filePath: picture }),
  ).rejects.toMatchObject({ errCode: -503002 });
  await expect(
    phoneOf('o-owner').uploadFile({ cloudPath: '../outside.jpg', filePath: picture }),
  ).rejects.toMatchObject({ errCode: -501007 });
  await expect(
    phoneOf('o-owner').uploadFile({ cloudPath: 'products/s1/p3.jpg', filePath: `${picture}.none` }),
  ).rejects.toMatchObject({ errCode: -1 });
  expect(cloud.storage.files()).toEqual(['products/s1/p1-1.jpg', 'products/s1/p2-1.jpg']);
  await expect(
    phoneOf('o-owner').uploadFile({ cloudPath: 'products/s1/p2-1.jpg', filePath: picture }),
  ).resolves.toMatchObject({ statusCode: 200 });
});

test('a server-placed file is not replaced from a page', async () => {
  cloud.storage.put('products/s1/seed.jpg', BYTES);
  await expect(
    phoneOf('o-owner').uploadFile({ cloudPath: 'products/s1/seed.jpg', filePath: picture }),
  ).rejects.toMatchObject({ errCode: -503002 });
});
