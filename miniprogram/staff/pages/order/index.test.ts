/** @jest-environment jsdom */
import path from 'node:path';
import { until } from '../../../../test/support/customer-phone';
import { customer, LIMITED, payInSandbox, storedOrder } from '../../../../test/support/ordering-calls';
import { dataOf as resultData } from '../../../../test/support/results';
import { openSimulatedPage, type SimulatedPage } from '../../../../test/support/simulate-page';
import { installStaffPhone, type StaffPhone } from '../../../../test/support/staff-phone';
import { startTestCloud, type TestCloud } from '../../../../test/support/test-cloud';
import { paidOrder } from '../../../../test/staff/staff-fixtures';

// The staff order page: the order in full with the board's buttons, and refunds (whole, or by lines) for the
// owner and managers only.
const miniprogramRoot = path.join(__dirname, '../../..');
const OWNER = 'o-demo-owner';
const CLERK = 'o-preview-clerk';
let shop: TestCloud;
let phone: StaffPhone;

beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());

interface OrderData {
  state: string;
  canRefund: boolean;
  amountText: string;
  card: { status: string; buttons: Array<{ action: string }> } | null;
}
const dataOf = (page: SimulatedPage) => (page.instance as unknown as { data: OrderData }).data;

async function openOrder(openid: string, orderId: string): Promise<SimulatedPage> {
  jest.resetModules();
  phone = installStaffPhone(shop.cloud.baseUrl, openid);
  const page = await openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot, { id: orderId });
  await until(() => dataOf(page).state !== 'loading');
  return page;
}

/** A paid order of an americano and a croissant; its id. */
async function twoLineOrder(openid: string): Promise<string> {
  const buyer = customer(shop, openid);
  resultData(await buyer.add('prod-americano'));
  resultData(await buyer.add(LIMITED.croissant.productId));
  const placed = resultData(await buyer.place());
  await payInSandbox(shop, placed.payment);
  return placed.order.id;
}

test('the owner refunds one line of an accepted order; the order stays accepted with the rest', async () => {
  const orderId = await twoLineOrder('o-staff-order-buyer');
  const page = await openOrder(OWNER, orderId);
  expect(dataOf(page).card?.buttons.map((button) => button.action)).toEqual(['accept', 'reject']);
  page.querySelector('.card >>> .do-accept')?.dispatchEvent('tap');
  await until(() => dataOf(page).card?.status === 'ACCEPTED');
  const total = Number(storedOrder(shop, orderId).totalFen);
  expect(dataOf(page).amountText).toBe((total / 100).toFixed(2));
  page.querySelectorAll('.refund-line')[0]?.dispatchEvent('tap');
  await until(() => dataOf(page).amountText === (lineFen(orderId) / 100).toFixed(2));
  page.querySelector('.refund-button')?.dispatchEvent('tap');
  await until(() => phone.toasts.includes('退款已提交'));
  const stored = storedOrder(shop, orderId);
  expect(Object.values(stored.refunds as Record<string, { amountFen: number }>)).toEqual([
    expect.objectContaining({ amountFen: lineFen(orderId) }),
  ]);
  expect(stored.status).toBe('ACCEPTED');
  expect(lineFen(orderId)).toBeLessThan(total);
});

function lineFen(orderId: string): number {
  const [line] = storedOrder(shop, orderId).lines as Array<{ lineTotalFen: number }>;
  return line?.lineTotalFen ?? 0;
}

test('a clerk sees the order and its buttons but no refund', async () => {
  const orderId = await paidOrder(shop, 'o-staff-order-clerk');
  const page = await openOrder(CLERK, orderId);
  expect(dataOf(page)).toMatchObject({ state: 'ready', canRefund: false });
  expect(page.querySelector('.refund')).toBeUndefined();
});

test('a customer is told the page is for staff', async () => {
  const orderId = await paidOrder(shop, 'o-staff-order-nosy');
  const page = await openOrder('o-staff-order-nosy', orderId);
  expect(dataOf(page).state).toBe('forbidden');
});
