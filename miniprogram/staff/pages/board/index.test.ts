/** @jest-environment jsdom */
import path from 'node:path';
import { until } from '../../../../test/support/customer-phone';
import { storedOrder } from '../../../../test/support/ordering-calls';
import { openSimulatedPage, type SimulatedPage } from '../../../../test/support/simulate-page';
import { installStaffPhone, type StaffPhone } from '../../../../test/support/staff-phone';
import { startTestCloud, type TestCloud } from '../../../../test/support/test-cloud';
import { paidOrder } from '../../../../test/staff/staff-fixtures';

// The live board: a newly paid order arrives without a refresh (watch under the orders rule's get() on the staff
// record) with a chime, a vibration and a badge; its card's buttons follow the role; accept, reject, ready.
const miniprogramRoot = path.join(__dirname, '../../..');
/** Seeded staff of the demo store (database/seed/demo/staff.json). */
const OWNER = 'o-demo-owner';
const KITCHEN = 'o-preview-kitchen';
let shop: TestCloud;
let phone: StaffPhone;

beforeAll(async () => {
  shop = await startTestCloud();
});
afterAll(() => shop.close());
/** Pages opened by the test, unloaded after it (their watches closed). */
const opened: SimulatedPage[] = [];
afterEach(() => {
  for (const page of opened.splice(0)) (page.instance as unknown as { onUnload(): void }).onUnload();
});

interface BoardData {
  state: string;
  isLive: boolean;
  cards: Array<{ id: string; status: string; buttons: Array<{ action: string }> }>;
  chips: Array<{ key: string; count: number; unseen: number }>;
}
const dataOf = (page: SimulatedPage) => (page.instance as unknown as { data: BoardData }).data;
const cardIds = (page: SimulatedPage) => dataOf(page).cards.map((card) => card.id);

async function openBoard(openid: string): Promise<SimulatedPage> {
  jest.resetModules();
  phone = installStaffPhone(shop.cloud.baseUrl, openid);
  const page = await openSimulatedPage(path.join(__dirname, 'index'), miniprogramRoot);
  opened.push(page);
  await until(() => dataOf(page).state === 'ready' && dataOf(page).isLive);
  return page;
}

/** Taps `action` on the card of `orderId`. */
function tap(page: SimulatedPage, orderId: string, action: string): void {
  const button = page.querySelector(`.card-${orderId} >>> .do-${action}`);
  if (!button) throw new Error(`no ${action} button on ${orderId}`);
  button.dispatchEvent('tap');
}

test('a paid order arrives live with a chime, a vibration and a badge; the owner accepts it', async () => {
  const page = await openBoard(OWNER);
  const orderId = await paidOrder(shop, 'o-board-page-buyer');
  await until(() => cardIds(page).includes(orderId));
  expect(phone.audioPlays).toEqual(['/staff/sounds/new-order.wav']);
  expect(phone.vibrations).toBe(1);
  expect(dataOf(page).chips[0]).toMatchObject({ key: 'new', count: 1, unseen: 1 });
  expect(dataOf(page).cards[0]?.buttons.map((button) => button.action)).toEqual(['accept', 'reject']);

  tap(page, orderId, 'accept');
  await until(() => phone.toasts.includes('已接单') && !cardIds(page).includes(orderId));
  expect(storedOrder(shop, orderId).status).toBe('ACCEPTED');
  expect(dataOf(page).chips.find((chip) => chip.key === 'accepted')?.count).toBe(1);
  page.querySelector('.chip-new')?.dispatchEvent('tap');
  await until(() => dataOf(page).chips[0]?.unseen === 0);
});

test('the kitchen has no accept or reject; on Making it marks an order ready', async () => {
  const orderId = await paidOrder(shop, 'o-board-page-kitchen');
  const page = await openBoard(KITCHEN);
  await until(() => cardIds(page).includes(orderId));
  expect(dataOf(page).cards.find((card) => card.id === orderId)?.buttons).toEqual([]);
  const made = await shop.call('staff', 'accept', { orderId }, OWNER);
  expect(made.ok).toBe(true);
  page.querySelector('.chip-accepted')?.dispatchEvent('tap');
  await until(() => dataOf(page).cards.some((card) => card.id === orderId && card.status === 'ACCEPTED'));
  tap(page, orderId, 'ready');
  await until(() => phone.toasts.includes('已出餐，已通知顾客'));
  expect(storedOrder(shop, orderId).status).toBe('READY');
});

test('reject asks the reason and refunds the whole order', async () => {
  const orderId = await paidOrder(shop, 'o-board-page-reject');
  const page = await openBoard(OWNER);
  await until(() => cardIds(page).includes(orderId));
  phone.choices.actionSheetIndex = 1;
  tap(page, orderId, 'reject');
  await until(() => phone.toasts.includes('已拒单，退款处理中'));
  expect(storedOrder(shop, orderId)).toMatchObject({
    status: 'REFUNDING',
    cancelReason: '店里太忙，暂时无法制作',
  });
  await until(() => !cardIds(page).includes(orderId));
});
