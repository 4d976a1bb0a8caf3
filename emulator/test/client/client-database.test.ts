import http from 'node:http';
import { registerClientDatabase } from '../../src/client/client-database-route';
import { RuleLoadError, type RuleSet } from '../../src/client/rules';
import type { WxCloudDatabase } from '../../src/client/wx-cloud-database';
import { TestClock } from '../../src/clock';
import { DatabaseEngine } from '../../src/db';
import { Dispatcher } from '../../src/http/dispatcher';
import { LocalCloudServer } from '../../src/http/server';
import { startClientCloud, type ClientCloud } from './client-cloud-harness';

const RULES: Record<string, RuleSet> = {
  orders: { read: 'doc._openid == auth.openid', write: false },
  products: { read: true, write: false },
  notes: { read: 'doc._openid == auth.openid', write: 'doc._openid == auth.openid' },
  feedback: { read: false, create: "doc.kind == 'SUGGESTION'", write: false },
  shared: { read: 'doc._openid == auth.openid', write: false },
  promotions: { read: 'doc.endsAt > now', write: false },
};

let cloud: ClientCloud;
let alice: WxCloudDatabase;
let bob: WxCloudDatabase;

beforeAll(async () => {
  cloud = await startClientCloud(
    ['orders', 'products', 'notes', 'feedback', 'secrets', 'shared', 'promotions'],
    RULES,
  );
  alice = cloud.pageAs('oAlice').database();
  bob = cloud.pageAs('oBob').database();
  cloud.engine.insert('orders', [
    {
      _id: 'a1',
      _openid: 'oAlice',
      status: 'PAID',
      totalFen: 1800,
      createdAt: new Date('2026-01-05T01:00:00Z'),
    },
    {
      _id: 'a2',
      _openid: 'oAlice',
      status: 'NEW',
      totalFen: 900,
      createdAt: new Date('2026-01-05T01:30:00Z'),
    },
    {
      _id: 'b1',
      _openid: 'oBob',
      status: 'PAID',
      totalFen: 2500,
      createdAt: new Date('2026-01-05T01:10:00Z'),
    },
  ]);
  cloud.engine.insert(
    'products',
    Array.from({ length: 25 }, (_, i) => ({
      _id: `p${String(i).padStart(2, '0')}`,
      rank: i,
      name: `Tea ${i}`,
    })),
  );
  cloud.engine.insert('notes', [
    { _id: 'na', _openid: 'oAlice', text: 'mine' },
    { _id: 'nb', _openid: 'oBob', text: 'his' },
  ]);
});
afterAll(() => cloud.close());

describe('reads under the owner rule', () => {
  test("a page reads its own orders with _openid: '{openid}', Dates intact, ordered", async () => {
    const { data, errMsg } = await alice
      .collection('orders')
      .where({ _openid: '{openid}' })
      .orderBy('createdAt', 'desc')
      .get();
    expect(errMsg).toBe('collection.get:ok');
    expect(data.map((order) => order._id)).toEqual(['a2', 'a1']);
    expect(data[0]?.createdAt).toBeInstanceOf(Date);
    expect((data[0]?.createdAt as Date).toISOString()).toBe('2026-01-05T01:30:00.000Z');
  });

  test('the real openid and db.command operators work as the placeholder does', async () => {
    const _ = alice.command;
    const { data } = await alice
      .collection('orders')
      .where({ _openid: 'oAlice', status: _.in(['PAID', 'REFUNDED']), totalFen: _.gt(1000) })
      .get();
    expect(data.map((order) => order._id)).toEqual(['a1']);
    expect(await alice.collection('orders').where({ _openid: '{openid}' }).count()).toEqual({
      total: 2,
      errMsg: 'collection.count:ok',
    });
  });

  test("another user's orders, and a query without the openid constraint, are refused whole (-502003)", async () => {
    await expect(alice.collection('orders').where({ _openid: 'oBob' }).get()).rejects.toMatchObject({
      errCode: -502003,
      errMsg: expect.stringMatching(/^collection\.get:fail -502003 database permission denied/),
    });
    await expect(alice.collection('orders').where({ status: 'PAID' }).get()).rejects.toMatchObject({
      errCode: -502003,
    });
    await expect(alice.collection('orders').get()).rejects.toMatchObject({ errCode: -502003 });
    await expect(alice.collection('orders').count()).rejects.toMatchObject({
      errCode: -502003,
      errMsg: expect.stringContaining('collection.count:fail'),
    });
  });

  test('doc(id).get() checks the rule on the stored document', async () => {
    const own = await alice.collection('orders').doc('a1').get();
    expect(own).toMatchObject({ data: { _id: 'a1', status: 'PAID' }, errMsg: 'document.get:ok' });
    await expect(alice.collection('orders').doc('zz').get()).rejects.toMatchObject({
      errCode: -1,
      errMsg: 'document.get:fail document with _id zz does not exist',
    });
  });

  test('another user’s document is answered exactly as a missing one: "not yours" reveals nothing', async () => {
    const answer = async (id: string) => {
      const error = await alice
        .collection('orders')
        .doc(id)
        .get()
        .then(
          () => undefined,
          (refused: unknown) => refused as { errCode: number; errMsg: string },
        );
      return error && { errCode: error.errCode, errMsg: error.errMsg.replace(id, '<id>') };
    };
    expect(await answer('b1')).toEqual(await answer('zz'));
    expect(await answer('b1')).toEqual({
      errCode: -1,
      errMsg: 'document.get:fail document with _id <id> does not exist',
    });
    // Writes too: one the caller can neither read nor write changes nothing and says what a missing one says.
    const bobsNote = await bob.collection('notes').add({ data: { text: 'mine' } });
    const notes = alice.collection('notes');
    const toBobs = await notes.doc(String(bobsNote._id)).update({ data: { text: 'taken' } });
    const toNone = await notes.doc('no-such-note').update({ data: { text: 'taken' } });
    expect({ ...toBobs, _id: undefined }).toEqual({ ...toNone, _id: undefined });
    expect(await notes.doc(String(bobsNote._id)).remove()).toEqual(await notes.doc('no-such-note').remove());
    expect(cloud.engine.find('notes', { _id: bobsNote._id })).toMatchObject([{ text: 'mine' }]);
    cloud.engine.remove('notes', { _id: bobsNote._id });
  });

  test('field() trims what is returned, while the rule still sees the whole document', async () => {
    const { data } = await alice
      .collection('orders')
      .where({ _openid: '{openid}' })
      .field({ status: true })
      .get();
    expect(data).toEqual([
      { _id: 'a1', status: 'PAID' },
      { _id: 'a2', status: 'NEW' },
    ]);
  });

  test('an unknown collection is -502005; a collection without rules is denied', async () => {
    await expect(alice.collection('nope').get()).rejects.toMatchObject({ errCode: -502005 });
    await expect(alice.collection('secrets').get()).rejects.toMatchObject({
      errCode: -502003,
      errMsg: expect.stringContaining('has no security rules'),
    });
  });
});

describe('the second guard and the rule clock', () => {
  test('a document the filter matches but the rule refuses (an array _openid) fails the whole read', async () => {
    cloud.engine.insert('shared', [{ _id: 's1', _openid: ['oAlice', 'oMallory'] }]);
    await expect(alice.collection('shared').where({ _openid: '{openid}' }).get()).rejects.toMatchObject({
      errCode: -502003,
      errMsg: expect.stringContaining('refuses document s1'),
    });
  });

  test('`now` in a rule is the local cloud clock: a query proving it today is refused once time moves on', async () => {
    const startsAt = cloud.clock.now();
    cloud.engine.insert('promotions', [{ _id: 'pr1', endsAt: new Date(startsAt + 3_600_000) }]);
    const _ = alice.command;
    const current = alice.collection('promotions').where({ endsAt: _.gt(new Date(startsAt)) });
    expect((await current.get()).data.map((promotion) => promotion._id)).toEqual(['pr1']);
    await expect(alice.collection('promotions').get()).rejects.toMatchObject({ errCode: -502003 });
    await cloud.clock.advance(60_000);
    await expect(current.get()).rejects.toMatchObject({ errCode: -502003 });
  });
});

describe('the client get() limit', () => {
  test('at most 20 documents per call, 20 by default, whatever limit() asks', async () => {
    const products = alice.collection('products');
    expect((await products.get()).data).toHaveLength(20);
    expect((await products.limit(100).get()).data).toHaveLength(20);
    expect((await products.limit(5).get()).data).toHaveLength(5);
    const lastPage = await products.orderBy('rank', 'asc').skip(20).get();
    expect(lastPage.data.map((product) => product.rank)).toEqual([20, 21, 22, 23, 24]);
    expect((await products.count()).total).toBe(25);
  });
});

describe('writes from a page', () => {
  test('rules of false refuse every write by evaluation, and nothing changes', async () => {
    const orders = alice.collection('orders');
    await expect(orders.add({ data: { status: 'PAID', totalFen: 1 } })).rejects.toMatchObject({
      errCode: -502003,
      errMsg: expect.stringContaining('collection.add:fail -502003'),
    });
    await expect(orders.doc('a2').update({ data: { status: 'PAID' } })).rejects.toMatchObject({
      errCode: -502003,
    });
    await expect(orders.doc('a2').remove()).rejects.toMatchObject({ errCode: -502003 });
    await expect(
      orders.where({ _openid: '{openid}' }).update({ data: { status: 'PAID' } }),
    ).rejects.toMatchObject({
      errCode: -502003,
    });
    await expect(orders.where({ _openid: '{openid}' }).remove()).rejects.toMatchObject({ errCode: -502003 });
    expect(cloud.engine.find('orders', { _openid: 'oAlice' }).map((order) => order.status)).toEqual([
      'PAID',
      'NEW',
    ]);
    expect(cloud.engine.count('orders')).toBe(3);
  });

  test('an owner write rule lets a user change their own notes only', async () => {
    const notes = alice.collection('notes');
    expect(await notes.doc('na').update({ data: { text: 'edited' } })).toEqual({
      stats: { updated: 1 },
      errMsg: 'document.update:ok',
    });
    // Bob's note is one Alice cannot read: she is told what a missing note tells (nothing updated).
    expect(await notes.doc('nb').update({ data: { text: 'hacked' } })).toEqual({
      stats: { updated: 0 },
      errMsg: 'document.update:ok',
    });
    await expect(notes.where({ text: 'his' }).update({ data: { text: 'hacked' } })).rejects.toMatchObject({
      errCode: -502003,
    });
    const own = await notes.where({ _openid: '{openid}' }).update({ data: { pinned: true } });
    expect(own.stats.updated).toBe(1);
    expect(cloud.engine.find('notes').map(({ _id, text, pinned }) => ({ _id, text, pinned }))).toEqual([
      { _id: 'na', text: 'edited', pinned: true },
      { _id: 'nb', text: 'his', pinned: undefined },
    ]);
    expect(await bob.collection('notes').doc('nb').remove()).toEqual({
      stats: { removed: 1 },
      errMsg: 'document.remove:ok',
    });
  });

  test('add() stamps the caller as _openid before the create rule runs, whatever the page claims', async () => {
    const added = await alice.collection('notes').add({ data: { _openid: 'oBob', text: 'new' } });
    expect(added.errMsg).toBe('collection.add:ok');
    expect(cloud.engine.find('notes', { _id: added._id })[0]).toMatchObject({
      _openid: 'oAlice',
      text: 'new',
    });
  });

  test('the create rule is evaluated on the new document', async () => {
    const feedback = bob.collection('feedback');
    const accepted = await feedback.add({ data: { kind: 'SUGGESTION', text: 'more tea' } });
    expect(cloud.engine.find('feedback', { _id: accepted._id })).toHaveLength(1);
    await expect(feedback.add({ data: { kind: 'COMPLAINT', text: 'x' } })).rejects.toMatchObject({
      errCode: -502003,
    });
    expect(cloud.engine.count('feedback')).toBe(1);
  });
});

describe('loading rules and identifying the caller', () => {
  test('an unsupported rule expression is refused when the rules are loaded', () => {
    const server = new LocalCloudServer(new Dispatcher());
    const clock = new TestClock();
    const store = new DatabaseEngine({ clock });
    const load = () =>
      registerClientDatabase(server, {
        store,
        clock,
        rules: {
          orders: {
            read: "doc._openid == auth.openid || size('database.staff.owner') == 1",
          },
        },
      });
    expect(load).toThrow(RuleLoadError);
    expect(load).toThrow(/collection "orders", key "read": function call size\(…\) is not supported/);
  });

  test('a request without X-WX-OPENID is refused as invalid (-501007)', async () => {
    const reply = await postRaw(`${cloud.baseUrl}/client/db/get`, { collection: 'products' });
    expect(reply).toMatchObject({ errCode: -501007, errMsg: expect.stringContaining('X-WX-OPENID') });
  });
});

function postRaw(url: string, body: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}
