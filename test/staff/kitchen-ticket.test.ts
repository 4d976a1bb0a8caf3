// Kitchen tickets on the local cloud's sandbox printer: printed on accept, a failed print recorded on the order
// and printed by the sweeper, reprints by every staff role and none by a customer.
import * as sandboxWire from '../../emulator/src/printer/printer-wire';
import * as serverWire from '../../server/gateways/printer-wire';
import type { StaffRole } from '../../server/repositories/staff-repository';
import { storedOrder } from '../support/ordering-calls';
import { dataOf } from '../support/results';
import { schemaProblems } from '../support/schema-check';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { addStaff, auditOf, paidOrder, STAFF, staffCall } from './staff-fixtures';

/** The demo café's sandbox printer (database/seed/demo/stores.json). */
const SERIAL = 'SANDBOX-KITCHEN';

let shop: TestCloud;
beforeAll(async () => {
  shop = await startTestCloud();
  addStaff(shop);
});
afterAll(() => shop.close());

const ticketsOf = (orderId: string) =>
  shop.cloud.printer.tickets(SERIAL).filter((ticket) => ticket.jobId === printOf(orderId).jobId);
const printOf = (orderId: string) => storedOrder(shop, orderId).print as Record<string, unknown>;
const sweep = () => shop.cloud.runner.invoke('sweeper', {}, { source: 'wx_trigger', openid: '' });

// Compile-time: each side's form and reply are assignable to the other's.
const formsAgree = (form: sandboxWire.PrintMessageForm): serverWire.PrintMessageForm => form;
const repliesAgree = (reply: serverWire.PrintMessageReply): sandboxWire.PrintMessageReply => reply;

test('the adapter and the sandbox printer speak the same wire', () => {
  expect(serverWire).toEqual(sandboxWire);
  expect([formsAgree, repliesAgree]).toHaveLength(2);
});

test('accepting prints one ticket: the store, the pickup number, the line, the total', async () => {
  const before = shop.cloud.printer.tickets().length;
  const orderId = await paidOrder(shop, 'o-ticket-accept');
  dataOf(await staffCall(shop, STAFF.clerk, 'accept', orderId));

  expect(shop.cloud.printer.tickets()).toHaveLength(before + 1);
  const order = storedOrder(shop, orderId);
  expect(order.print).toMatchObject({ status: 'printed', attempts: 1, jobId: expect.any(String) });
  expect(order.printRetryDueAt).toBeUndefined();
  expect(schemaProblems('orders', order)).toEqual([]);
  const [ticket] = ticketsOf(orderId);
  expect(ticket?.text).toContain('点单示范咖啡馆');
  expect(ticket?.text).toContain(`#${String(order.pickupNumber)}`);
  expect(ticket?.text).toContain('自取 Pickup');
  expect(ticket?.text).toMatch(/合计 Total +\d+\.\d\d$/);
  for (const row of ticket?.text.split('\n') ?? []) expect(row.length).toBeLessThanOrEqual(32);
});

test('a failing printer: accept still succeeds, the order shows failed, the sweeper prints it', async () => {
  const orderId = await paidOrder(shop, 'o-ticket-offline');
  shop.cloud.printer.failNext(1);
  expect(dataOf(await staffCall(shop, STAFF.manager, 'accept', orderId))).toEqual({
    orderId,
    status: 'ACCEPTED',
  });
  const failed = storedOrder(shop, orderId);
  expect(failed.print).toMatchObject({
    status: 'failed',
    attempts: 1,
    lastError: expect.stringContaining('1002'),
  });
  expect(failed.printRetryDueAt).toEqual(expect.any(Date));
  expect(schemaProblems('orders', failed)).toEqual([]);

  expect(await sweep()).toMatchObject({ ticketsPrinted: 1 });
  expect(printOf(orderId)).toMatchObject({ status: 'printed', attempts: 2 });
  expect(storedOrder(shop, orderId).printRetryDueAt).toBeUndefined();
  expect(ticketsOf(orderId)).toHaveLength(1);
  // Nothing is due any more: the next sweep prints nothing.
  expect(await sweep()).not.toHaveProperty('ticketsPrinted');
});

describe('reprint', () => {
  let orderId: string;
  beforeAll(async () => {
    orderId = await paidOrder(shop, 'o-ticket-reprint');
    dataOf(await staffCall(shop, STAFF.owner, 'accept', orderId));
  });

  test.each(Object.keys(STAFF) as StaffRole[])(
    'by the %s: one more ticket, in the audit log',
    async (role) => {
      const count = shop.cloud.printer.tickets().length;
      const reply = dataOf(await shop.call('staff', 'reprint', { orderId }, STAFF[role]));
      expect(reply).toMatchObject({ orderId, print: { status: 'printed', jobId: expect.any(String) } });
      expect(shop.cloud.printer.tickets()).toHaveLength(count + 1);
      expect(auditOf(shop, orderId).at(-1)).toMatchObject({ action: 'staff.reprint', actorRole: role });
    },
  );

  test('a failed reprint is answered and recorded, then printed by the sweeper', async () => {
    shop.cloud.printer.failNext(1);
    const reply = dataOf(await shop.call('staff', 'reprint', { orderId }, STAFF.kitchen));
    expect(reply.print.status).toBe('failed');
    expect(printOf(orderId).status).toBe('failed');
    expect(await sweep()).toMatchObject({ ticketsPrinted: 1 });
    expect(printOf(orderId).status).toBe('printed');
  });

  test('a customer is FORBIDDEN: nothing printed, nothing written but the logged denial', async () => {
    const count = shop.cloud.printer.tickets().length;
    const print = printOf(orderId);
    const result = await shop.call('staff', 'reprint', { orderId }, 'o-ticket-reprint');
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(shop.cloud.printer.tickets()).toHaveLength(count);
    expect(printOf(orderId)).toEqual(print);
    expect(auditOf(shop, orderId).at(-1)).toMatchObject({
      action: 'staff.reprint.denied',
      actorRole: 'none',
    });
  });

  test('an order not yet accepted has no ticket to reprint', async () => {
    const paid = await paidOrder(shop, 'o-ticket-early');
    const result = await shop.call('staff', 'reprint', { orderId: paid }, STAFF.clerk);
    expect(result).toMatchObject({ ok: false, error: { code: 'ORDER_STATE_CONFLICT' } });
  });
});

test('a cloud printer whose account variables are unset: failed, shown, and not retried by every sweep', async () => {
  const sandbox = { provider: 'sandbox', serial: SERIAL, width: 32, copies: 1, printOnAccept: true };
  const feie = {
    ...sandbox,
    provider: 'feie',
    userVariable: 'NO_SUCH_PRINTER_USER',
    keyVariable: 'NO_SUCH_PRINTER_KEY',
  };
  shop.cloud.database.update('stores', { _id: 'store-demo' }, { $set: { printer: feie } });
  try {
    expect(
      schemaProblems('stores', shop.cloud.database.find('stores', { _id: 'store-demo' })[0] ?? {}),
    ).toEqual([]);
    const orderId = await paidOrder(shop, 'o-ticket-unconfigured');
    dataOf(await staffCall(shop, STAFF.clerk, 'accept', orderId));
    const order = storedOrder(shop, orderId);
    expect(order.print).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: expect.stringContaining('NO_SUCH'),
    });
    expect(order.printRetryDueAt).toBeUndefined();
  } finally {
    shop.cloud.database.update('stores', { _id: 'store-demo' }, { $set: { printer: sandbox } });
  }
});
