/**
 * @jest-environment jsdom
 */
// Page tests run under jsdom (no fetch, no structuredClone): the page-side client must work there unchanged.
import { startClientCloud, WatchRecorder, type ClientCloud } from './client-cloud-harness';

let cloud: ClientCloud;

beforeAll(async () => {
  cloud = await startClientCloud(['orders'], {
    orders: { read: 'doc._openid == auth.openid', write: false },
  });
  cloud.engine.insert('orders', [{ _id: 'a1', _openid: 'oAlice', status: 'PAID', paidAt: new Date(0) }]);
});
afterAll(() => cloud.close());

test('reads and watches from a jsdom page environment', async () => {
  expect(typeof window).toBe('object');
  const db = cloud.pageAs('oAlice').database();
  const { data } = await db.collection('orders').where({ _openid: '{openid}' }).get();
  expect(data).toEqual([{ _id: 'a1', _openid: 'oAlice', status: 'PAID', paidAt: new Date(0) }]);
  const recorder = new WatchRecorder();
  const listener = db.collection('orders').where({ _openid: '{openid}' }).watch(recorder.options);
  expect((await recorder.snapshot(1)).docs).toHaveLength(1);
  await listener.close();
});
