// Invoices through the local cloud: a customer asks on a paid order (one request per order: the same ask
// answers it, a new one while waiting replaces it, none once issued), the front of house lists and issues it
// with an uploaded file, the customer opens it; each staff action by role, with nothing written where refused.
import { createWxCloud } from '../../emulator/src/client/wx-cloud';
import type { StaffRole } from '../../server/repositories/staff-repository';
import type { RequestInvoiceInput } from '../../typings/contracts/invoice';
import { addStaff, FORMER_CLERK, OTHER_STORE_MANAGER, paidOrder, STAFF } from '../staff/staff-fixtures';
import { customer } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { schemaProblems } from '../support/schema-check';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
  addStaff(shop);
});
afterAll(() => shop.close());

const COMPANY = {
  kind: 'company',
  title: '上海示例咖啡有限公司',
  taxNumber: '91310000MA1K4XXXXA',
  email: 'ap@example.com',
} as const;

function ask(openid: string, orderId: string, fields: Omit<RequestInvoiceInput, 'orderId'> = COMPANY) {
  return shop.call('order', 'requestInvoice', { orderId, ...fields }, openid);
}

const invoicesStored = () => shop.cloud.database.find('invoices', {});
const snapshot = () =>
  JSON.stringify({ invoices: invoicesStored(), orders: shop.cloud.database.find('orders', {}) });
const auditCount = () => shop.cloud.database.find('audit_log', {}).length;

/** Puts a file in cloud storage as the staff page's upload would; its fileID. */
const uploaded = (name: string) =>
  shop.cloud.storage.put(`invoices/${DEMO_STORE}/${name}.pdf`, Buffer.from(`%PDF ${name}`));

describe('the customer asks', () => {
  test('a paid order: requested, the same ask again is the same request, order.detail shows it', async () => {
    const orderId = await paidOrder(shop, 'o-inv-ask');
    expect(dataOf(await customer(shop, 'o-inv-ask').detail(orderId)).invoice).toBeNull();
    const first = dataOf(await ask('o-inv-ask', orderId));
    expect(first).toMatchObject({ id: `inv-${orderId}`, status: 'requested', ...COMPANY, fileUrl: null });
    const [stored] = shop.cloud.database.find('invoices', { orderId });
    expect(schemaProblems('invoices', stored ?? {})).toEqual([]);
    expect(stored).toMatchObject({ _openid: 'o-inv-ask', storeId: DEMO_STORE, amountFen: first.amountFen });
    expect(first.amountFen).toBeGreaterThan(0);
    await shop.clock.advance(60_000);
    expect(dataOf(await ask('o-inv-ask', orderId, { ...COMPANY, title: ` ${COMPANY.title} ` }))).toEqual(
      first,
    );
    expect(shop.cloud.database.find('invoices', { orderId })).toHaveLength(1);
    expect(dataOf(await customer(shop, 'o-inv-ask').detail(orderId)).invoice).toEqual(first);
  });

  test('a different ask while it waits replaces it (a person has no tax number)', async () => {
    const orderId = await paidOrder(shop, 'o-inv-change');
    dataOf(await ask('o-inv-change', orderId));
    const personal = { kind: 'personal', title: '王小明', email: 'xm@example.cn' } as const;
    const changed = dataOf(await ask('o-inv-change', orderId, personal));
    expect(changed).toMatchObject({ ...personal, taxNumber: null, status: 'requested' });
    const [stored] = shop.cloud.database.find('invoices', { orderId });
    expect(stored).not.toHaveProperty('taxNumber');
    expect(schemaProblems('invoices', stored ?? {})).toEqual([]);
  });

  test.each([
    ['a company without a tax number', { kind: 'company', title: '某公司', email: 'a@b.cn' }],
    ['a person with a tax number', { ...COMPANY, kind: 'personal' }],
    ['a tax number in lower case', { ...COMPANY, taxNumber: '91310000ma1k4xxxxa' }],
    ['a tax number of 14 characters', { ...COMPANY, taxNumber: '91310000MA1K4X' }],
    ['an email without a domain', { ...COMPANY, email: 'ap@example' }],
    ['an email with a space', { ...COMPANY, email: 'a p@example.com' }],
    ['a title of 101 characters', { ...COMPANY, title: '票'.repeat(101) }],
    ['a blank title', { ...COMPANY, title: '   ' }],
    ['an unknown kind', { ...COMPANY, kind: 'vat' }],
  ])('%s is INVALID_INPUT, nothing written', async (_case, fields) => {
    const orderId = await paidOrder(shop, 'o-inv-bad');
    const before = snapshot();
    const result = await shop.callRaw(
      'order',
      { action: 'requestInvoice', input: { orderId, ...fields } },
      'o-inv-bad',
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(snapshot()).toBe(before);
  });

  test("an unpaid order is ORDER_STATE_CONFLICT, another customer's NOT_FOUND, a refunded one refused", async () => {
    const unpaid = customer(shop, 'o-inv-unpaid');
    dataOf(await unpaid.add('prod-americano'));
    const placed = dataOf(await unpaid.place());
    expect(await ask('o-inv-unpaid', placed.order.id)).toMatchObject({
      ok: false,
      error: { code: 'ORDER_STATE_CONFLICT', details: { status: 'PENDING_PAYMENT' } },
    });
    const theirs = await paidOrder(shop, 'o-inv-owner');
    expect(await ask('o-inv-stranger', theirs)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    dataOf(await customer(shop, 'o-inv-owner').cancel(theirs, '不要了'));
    expect(await ask('o-inv-owner', theirs)).toMatchObject({
      ok: false,
      error: { code: 'ORDER_STATE_CONFLICT' },
    });
    expect(shop.cloud.database.find('invoices', { orderId: { $in: [placed.order.id, theirs] } })).toEqual([]);
  });

  test("a customer reads their own invoice through the client database, never another's", async () => {
    const orderId = await paidOrder(shop, 'o-inv-reader');
    dataOf(await ask('o-inv-reader', orderId));
    const own = createWxCloud({ baseUrl: shop.cloud.baseUrl, openid: 'o-inv-reader' });
    own.init();
    const mine = await own.database().collection('invoices').where({ _openid: '{openid}' }).get();
    expect(mine.data.map((doc) => doc.orderId)).toEqual([orderId]);
    const other = createWxCloud({ baseUrl: shop.cloud.baseUrl, openid: 'o-inv-snoop' });
    other.init();
    const db = other.database();
    await expect(db.collection('invoices').where({ orderId }).get()).rejects.toThrow(/-502003/);
    await expect(db.collection('invoices').doc(`inv-${orderId}`).get()).rejects.toThrow();
    await expect(db.collection('invoices').add({ data: { orderId } })).rejects.toThrow(/-502003/);
  });
});

describe('the staff', () => {
  const MAY_WORK: Record<StaffRole, boolean> = { owner: true, manager: true, clerk: true, kitchen: false };
  const others = [
    ['a customer', 'o-inv-customer', 'none'],
    ['a clerk who left', FORMER_CLERK, 'none'],
    ["another store's manager", OTHER_STORE_MANAGER, 'none'],
  ] as const;
  const cases = [
    ...(Object.keys(MAY_WORK) as StaffRole[]).map(
      (role) => [role, STAFF[role], MAY_WORK[role] ? role : 'kitchen'] as const,
    ),
    ...others,
  ];

  test.each(cases)('staff.invoices as %s', async (who, openid, loggedRole) => {
    const orderId = await paidOrder(shop, `o-inv-list-${who.replace(/\W/g, '')}`);
    await shop.clock.advance(1000); // newest first: this request is the latest
    dataOf(await ask(`o-inv-list-${who.replace(/\W/g, '')}`, orderId));
    const before = snapshot();
    const audits = auditCount();
    const result = await shop.call('staff', 'invoices', { storeId: DEMO_STORE, status: 'requested' }, openid);
    const allowed = MAY_WORK[who as StaffRole] === true;
    if (allowed) {
      const listed = dataOf(result).invoices;
      expect(listed.every((invoice) => invoice.status === 'requested')).toBe(true);
      expect(listed[0]).toMatchObject({
        orderId,
        ...COMPANY,
        pickupNumber: expect.stringMatching(/^[A-Z]?\d+$/),
      });
    } else expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(snapshot()).toBe(before);
    expect(auditCount()).toBe(audits + 1);
    expect(shop.cloud.database.find('audit_log', { actorOpenid: openid }).at(-1)).toMatchObject({
      action: allowed ? 'staff.invoices' : 'staff.invoices.denied',
      actorRole: allowed ? who : loggedRole,
      targetCollection: 'invoices',
    });
  });

  test.each(cases)('staff.markInvoiceIssued as %s', async (who, openid, loggedRole) => {
    const buyer = `o-inv-issue-${who.replace(/\W/g, '')}`;
    const orderId = await paidOrder(shop, buyer);
    const { id } = dataOf(await ask(buyer, orderId));
    const fileId = uploaded(id);
    const before = snapshot();
    const audits = auditCount();
    const result = await shop.call('staff', 'markInvoiceIssued', { invoiceId: id, fileId }, openid);
    const allowed = MAY_WORK[who as StaffRole] === true;
    if (!allowed) {
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(snapshot()).toBe(before);
      expect(auditCount()).toBe(audits + 1);
      expect(shop.cloud.database.find('audit_log', { targetId: id }).at(-1)).toMatchObject({
        action: 'staff.markInvoiceIssued.denied',
        actorRole: loggedRole,
        before: { status: 'requested' },
      });
      return;
    }
    expect(dataOf(result)).toMatchObject({
      status: 'issued',
      fileId,
      fileUrl: expect.stringMatching(/^http/),
    });
    const [stored] = shop.cloud.database.find('invoices', { _id: id });
    expect(stored).toMatchObject({ status: 'issued', fileId, issuedBy: openid });
    expect(schemaProblems('invoices', stored ?? {})).toEqual([]);
    const [entry] = shop.cloud.database.find('audit_log', {
      targetId: id,
      action: 'staff.markInvoiceIssued',
    });
    expect(entry).toMatchObject({ actorRole: who, after: { status: 'issued', fileId } });
    expect(schemaProblems('audit_log', entry ?? {})).toEqual([]);

    const seen = dataOf(await customer(shop, buyer).detail(orderId)).invoice;
    expect(seen).toMatchObject({ status: 'issued', issuedAt: expect.any(String) });
    const file = await fetch(seen?.fileUrl ?? '');
    expect(Buffer.from(await file.arrayBuffer()).toString()).toBe(`%PDF ${id}`);
    expect(dataOf(await ask(buyer, orderId))).toMatchObject({ status: 'issued' });
    expect(await ask(buyer, orderId, { ...COMPANY, email: 'other@example.com' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { field: 'orderId', problem: 'INVOICE_ISSUED' } },
    });
    expect(
      dataOf(await shop.call('staff', 'markInvoiceIssued', { invoiceId: id, fileId }, openid)).status,
    ).toBe('issued');
    const again = await shop.call(
      'staff',
      'markInvoiceIssued',
      { invoiceId: id, fileId: uploaded(`${id}-2`) },
      openid,
    );
    expect(again).toMatchObject({ ok: false, error: { details: { problem: 'INVOICE_ISSUED' } } });
    expect(shop.cloud.database.find('invoices', { _id: id })[0]).toEqual(stored);
  });

  test('a file not in storage, or a malformed id, is INVALID_INPUT and nothing is written', async () => {
    const orderId = await paidOrder(shop, 'o-inv-nofile');
    const { id } = dataOf(await ask('o-inv-nofile', orderId));
    const before = snapshot();
    const missing = shop.cloud.storage.fileIdOf(`invoices/${DEMO_STORE}/never-uploaded.pdf`);
    expect(
      await shop.call('staff', 'markInvoiceIssued', { invoiceId: id, fileId: missing }, STAFF.clerk),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { field: 'fileId', problem: 'FILE_NOT_FOUND' } },
    });
    for (const input of [
      { invoiceId: id, fileId: 'https://example.com/a.pdf' },
      { invoiceId: orderId, fileId: missing },
      { invoiceId: id },
    ]) {
      const result = await shop.callRaw('staff', { action: 'markInvoiceIssued', input }, STAFF.clerk);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    const list = await shop.callRaw(
      'staff',
      { action: 'invoices', input: { storeId: DEMO_STORE, status: 'x' } },
      STAFF.clerk,
    );
    expect(list).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(snapshot()).toBe(before);
    expect(
      await shop.call(
        'staff',
        'markInvoiceIssued',
        { invoiceId: 'inv-NoSuchOrder', fileId: missing },
        STAFF.owner,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  test('the list filters by status, newest first', async () => {
    const all = dataOf(await shop.call('staff', 'invoices', { storeId: DEMO_STORE }, STAFF.manager)).invoices;
    const issued = dataOf(
      await shop.call('staff', 'invoices', { storeId: DEMO_STORE, status: 'issued' }, STAFF.manager),
    ).invoices;
    expect(issued.length).toBeGreaterThan(0);
    expect(issued.every((invoice) => invoice.status === 'issued' && invoice.fileUrl)).toBe(true);
    expect(all.length).toBeGreaterThan(issued.length);
    const times = all.map((invoice) => invoice.requestedAt);
    expect(times).toEqual([...times].sort().reverse());
  });
});
