import type { WxCloudDatabase } from '../../src/client/wx-cloud-database';
import { eventually, startClientCloud, WatchRecorder, type ClientCloud } from './client-cloud-harness';

let cloud: ClientCloud;
let alice: WxCloudDatabase;

beforeAll(async () => {
  cloud = await startClientCloud(['orders'], {
    orders: { read: 'doc._openid == auth.openid', write: false },
  });
  alice = cloud.pageAs('oAlice').database();
  cloud.engine.insert('orders', [
    { _id: 'a1', _openid: 'oAlice', status: 'PAID', pickupAt: new Date('2026-01-05T03:00:00Z') },
    { _id: 'b1', _openid: 'oBob', status: 'PAID' },
  ]);
});
afterAll(() => cloud.close());

/** Orders as a cloud function writes them: through the real SDK, where security rules do not apply. */
const functionOrders = () => cloud.sdk.database().collection('orders');

test('watch delivers init, then the changes to my own orders only, until closed', async () => {
  const recorder = new WatchRecorder();
  const listener = alice.collection('orders').where({ _openid: '{openid}' }).watch(recorder.options);

  const init = await recorder.snapshot(1);
  expect(init.type).toBe('init');
  expect(init.docs).toEqual([
    { _id: 'a1', _openid: 'oAlice', status: 'PAID', pickupAt: new Date('2026-01-05T03:00:00Z') },
  ]);
  expect(init.docChanges).toEqual([
    { id: init.id, dataType: 'init', queueType: 'init', docId: 'a1', doc: init.docs[0] },
  ]);

  // Bob's new order comes first: had it reached Alice, it would be her next snapshot.
  await functionOrders().add({ data: { _id: 'b2', _openid: 'oBob', status: 'NEW' } });
  await functionOrders().add({ data: { _id: 'a2', _openid: 'oAlice', status: 'NEW' } });
  const added = await recorder.snapshot(2);
  expect(added.type).toBeUndefined();
  expect(added.id).toBeGreaterThan(init.id);
  expect(added.docChanges).toEqual([
    {
      id: added.id,
      dataType: 'add',
      queueType: 'enqueue',
      docId: 'a2',
      doc: { _id: 'a2', _openid: 'oAlice', status: 'NEW' },
    },
  ]);
  expect(added.docs.map((doc) => doc._id)).toEqual(['a1', 'a2']);

  await functionOrders()
    .doc('b1')
    .update({ data: { status: 'DONE' } });
  await functionOrders()
    .doc('a2')
    .update({ data: { status: 'PAID' } });
  const updated = await recorder.snapshot(3);
  expect(updated.docChanges).toMatchObject([
    { dataType: 'update', queueType: 'update', docId: 'a2', doc: { status: 'PAID' } },
  ]);

  await functionOrders().doc('a1').remove();
  const removed = await recorder.snapshot(4);
  expect(removed.docChanges).toMatchObject([
    { dataType: 'remove', queueType: 'dequeue', docId: 'a1', doc: { _id: 'a1' } },
  ]);
  expect(removed.docs.map((doc) => doc._id)).toEqual(['a2']);

  await listener.close();
  await eventually(() => cloud.openSubscriptions() === 0);
  await functionOrders()
    .doc('a2')
    .update({ data: { status: 'DONE' } });
  // A second listener sees the current state; the closed one received nothing more.
  const after = new WatchRecorder();
  const second = alice.collection('orders').where({ _openid: '{openid}' }).watch(after.options);
  expect((await after.snapshot(1)).docs).toMatchObject([{ _id: 'a2', status: 'DONE' }]);
  await second.close();
  expect(recorder.snapshots).toHaveLength(4);
  expect(recorder.errors).toEqual([]);
});

test('a document that stops matching the query leaves with update/dequeue', async () => {
  await functionOrders().add({ data: { _id: 'a3', _openid: 'oAlice', status: 'NEW' } });
  const recorder = new WatchRecorder();
  const listener = alice
    .collection('orders')
    .where({ _openid: '{openid}', status: 'NEW' })
    .watch(recorder.options);
  expect((await recorder.snapshot(1)).docs.map((doc) => doc._id)).toEqual(['a3']);
  await functionOrders()
    .doc('a3')
    .update({ data: { status: 'PAID' } });
  const left = await recorder.snapshot(2);
  expect(left.docChanges).toMatchObject([{ dataType: 'update', queueType: 'dequeue', docId: 'a3' }]);
  expect(left.docs).toEqual([]);
  await listener.close();
});

test('with orderBy and limit, a newcomer pushes the last document out as a limit change', async () => {
  cloud.engine.insert('orders', [
    { _id: 'c1', _openid: 'oCarol', rank: 1 },
    { _id: 'c2', _openid: 'oCarol', rank: 2 },
  ]);
  const carol = cloud.pageAs('oCarol').database();
  const recorder = new WatchRecorder();
  const listener = carol
    .collection('orders')
    .where({ _openid: '{openid}' })
    .orderBy('rank', 'desc')
    .limit(2)
    .watch(recorder.options);
  expect((await recorder.snapshot(1)).docs.map((doc) => doc._id)).toEqual(['c2', 'c1']);
  await functionOrders().add({ data: { _id: 'c3', _openid: 'oCarol', rank: 3 } });
  const pushed = await recorder.snapshot(2);
  expect(pushed.docs.map((doc) => doc._id)).toEqual(['c3', 'c2']);
  expect(pushed.docChanges).toEqual([
    expect.objectContaining({ dataType: 'limit', queueType: 'dequeue', docId: 'c1' }),
    expect.objectContaining({ dataType: 'add', queueType: 'enqueue', docId: 'c3' }),
  ]);
  await listener.close();
});

test('a watch whose query is not a subset of the read rule fails with -502003 and no snapshot', async () => {
  const recorder = new WatchRecorder();
  alice.collection('orders').where({ status: 'PAID' }).watch(recorder.options);
  const error = await recorder.error();
  expect(error).toMatchObject({
    errCode: -502003,
    errMsg: expect.stringMatching(/^collection\.watch:fail -502003 database permission denied/),
  });
  expect(recorder.snapshots).toEqual([]);
  await eventually(() => cloud.openSubscriptions() === 0);
});
