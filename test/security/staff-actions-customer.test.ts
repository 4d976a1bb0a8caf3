// A customer (staff of no store) calls every action of the `staff` function with a well-formed input: each is
// FORBIDDEN, logged as a denial and writes nothing else — except the actions meant for people who are not staff
// yet (redeeming a code), which answer as they would to anyone. The list is the router's, so it grows by itself.
import { main as staffMain } from '../../cloudfunctions/staff/index';
import { routerSchemas } from '../../server/runtime/router';
import * as validators from '../../server/runtime/validation-compiled/staff';
import type { CompiledValidator } from '../../server/runtime/validation';
import { DEMO_STORE, startTestCloud, type TestCloud } from '../support/test-cloud';
import { paidOrder } from '../staff/staff-fixtures';
import { DEMO_STAFF } from './security-fixtures';
import { sampleInput } from './sample-input';
import { dataOf } from '../support/results';

const CUSTOMER = 'o-security-curious-customer';
const ACTIONS = Object.entries(routerSchemas(staffMain)?.schemas ?? {});

/** Actions anyone signed in may call, and what a customer gets for the input built here (an unknown code…). */
const OPEN_TO_ANYONE: Readonly<Record<string, unknown>> = {
  join: { ok: false, error: { code: 'NOT_FOUND', details: { problem: 'CODE_UNKNOWN' } } },
  claimOwner: { ok: false, error: { code: 'NOT_FOUND', details: { problem: 'CODE_UNKNOWN' } } },
  me: { ok: true, data: { memberships: [] } },
};

let shop: TestCloud;
let known: Record<string, unknown>;
beforeAll(async () => {
  shop = await startTestCloud();
  // The customer's own paid order, a real member and the demo catalog's ids: what a curious customer tries first.
  const firstId = (collection: string) =>
    shop.cloud.database.find(collection, { storeId: DEMO_STORE })[0]?._id;
  const orderId = await paidOrder(shop, CUSTOMER);
  known = {
    storeId: DEMO_STORE,
    productId: firstId('products'),
    categoryId: firstId('categories'),
    tableId: firstId('tables'),
    skuId: firstId('skus'),
    orderId,
    staffId: `${DEMO_STORE}_${DEMO_STAFF.clerk}`,
    code: 'ABCD-EFGH-JKLM',
    requestId: 'curious-customer-1',
    role: 'owner',
  };
  // The customer's own invoice request, the one a curious customer would then try to mark issued.
  const invoice = await shop.call(
    'order',
    'requestInvoice',
    { orderId, kind: 'personal', title: '张三', email: 'curious@example.com' },
    CUSTOMER,
  );
  known.invoiceId = dataOf(invoice).id;
});
afterAll(() => shop.close());

/** Every collection but the audit log, to compare before and after. */
function everythingButAudit(): Record<string, unknown[]> {
  const database = shop.cloud.database;
  const names = database.collectionNames().filter((name) => name !== 'audit_log');
  return Object.fromEntries(names.map((name) => [name, database.find(name)]));
}

/** Inputs too shaped to build from the schema (nested lists, ids with a form), written out by hand. */
const HAND_WRITTEN: Readonly<Record<string, () => unknown>> = {
  saveProduct: () => ({
    storeId: DEMO_STORE,
    categoryId: known.categoryId,
    name: '好奇拿铁',
    nameEn: 'Curious latte',
    description: '',
    descriptionEn: '',
    isListed: true,
    specGroups: [],
    addons: [],
    skus: [{ specs: {}, priceFen: 1800 }],
  }),
  markInvoiceIssued: () => ({
    invoiceId: known.invoiceId,
    fileId: `cloud://local/invoices/${DEMO_STORE}/curious.pdf`,
  }),
};

/** A well-formed input for the action (all optional fields too when the required ones are not enough). */
function wellFormedInput(action: string, schema: object): unknown {
  const validate = (validators as Record<string, CompiledValidator<unknown> | undefined>)[action];
  if (!validate) throw new Error(`staff.${action} has no compiled validator; run npm run build:validators`);
  const handWritten = HAND_WRITTEN[action]?.();
  if (handWritten !== undefined) {
    if (validate(handWritten)) return handWritten;
    throw new Error(`the hand-written input of staff.${action} no longer fits its schema`);
  }
  for (const allFields of [false, true]) {
    const input = sampleInput(schema as Record<string, unknown>, known, allFields);
    if (validate(input)) return input;
  }
  throw new Error(`no well-formed input for staff.${action} from its schema; name its fields in \`known\``);
}

test('the router lists the staff actions', () => {
  expect(ACTIONS.map(([action]) => action)).toEqual(expect.arrayContaining(['accept', 'markReady', 'list']));
});

test.each(ACTIONS)('a customer calling staff.%s changes nothing', async (action, schema) => {
  const input = wellFormedInput(action, schema);
  const before = everythingButAudit();
  const auditBefore = shop.cloud.database.count('audit_log');
  const result = await shop.callRaw('staff', { action, input }, CUSTOMER);
  if (action in OPEN_TO_ANYONE) {
    expect(result).toMatchObject(OPEN_TO_ANYONE[action] as object);
  } else {
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const logged = shop.cloud.database.find('audit_log').slice(auditBefore);
    expect(logged.length).toBeGreaterThan(0);
    for (const entry of logged)
      expect(entry).toMatchObject({ actorOpenid: CUSTOMER, action: expect.stringMatching(/\.denied$/) });
  }
  expect(everythingButAudit()).toEqual(before);
});

test.each(ACTIONS.filter(([action]) => !(action in OPEN_TO_ANYONE)))(
  'a malformed input to staff.%s is refused as INVALID_INPUT, writing nothing at all',
  async (action) => {
    const before = { ...everythingButAudit(), audit_log: shop.cloud.database.find('audit_log') };
    const result = await shop.callRaw('staff', { action, input: { unexpected: true } }, CUSTOMER);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect({ ...everythingButAudit(), audit_log: shop.cloud.database.find('audit_log') }).toEqual(before);
  },
);
