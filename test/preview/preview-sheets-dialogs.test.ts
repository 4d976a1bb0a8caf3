import path from 'node:path';
import { previewSuite } from '../support/preview-suite';
import { picturePhone, textOf } from './preview-sheets-helpers';

// showModal, showActionSheet and showLoading on the sheets fixture app, in headless Chromium.
const suite = previewSuite(path.join(__dirname, 'sheets-app'), {
  address: '/preview/?page=pages/dialogs/index',
});

const modal = '[data-sheet="modal"]';
const actionSheet = '[data-sheet="action-sheet"]';

test('showModal draws its title, content and coloured buttons, and answers the button tapped', async () => {
  await suite.page.locator('.confirm-order').click();
  await suite.page.waitForSelector(modal);
  expect(await suite.page.locator(`${modal} .wx-modal-title`).textContent()).toBe('确认下单');
  expect(await suite.page.locator(`${modal} .wx-modal-content`).textContent()).toBe('共 2 件，合计 ¥36.00');
  expect(await suite.page.locator(`${modal} button`).allTextContents()).toEqual(['再想想', '下单']);
  expect(
    await suite.page.locator(`${modal} .wx-modal-confirm`).evaluate((b) => getComputedStyle(b).color),
  ).toBe('rgb(7, 193, 96)');
  await picturePhone(suite.page, 'modal');
  await suite.page.locator(`${modal} .wx-modal-confirm`).click();
  expect(await textOf(suite.page, '.modal', 'confirmed')).toBe('confirmed');
  expect(await suite.page.locator(modal).count()).toBe(0);

  await suite.page.locator('.confirm-order').click();
  await suite.page.locator(`${modal} .wx-modal-cancel`).click();
  expect(await textOf(suite.page, '.modal', 'cancelled')).toBe('cancelled');
});

test('an editable modal answers the typed text as content, through the success callback', async () => {
  await suite.page.locator('.add-note').click();
  const input = suite.page.locator(`${modal} input`);
  expect(await input.getAttribute('placeholder')).toBe('口味、忌口');
  await input.fill('少冰，不要吸管');
  await picturePhone(suite.page, 'modal-editable');
  await suite.page.locator(`${modal} .wx-modal-confirm`).click();
  expect(await textOf(suite.page, '.modal', 'note: 少冰，不要吸管')).toBe('note: 少冰，不要吸管');
});

test('showCancel: false leaves one button; a button text over four characters fails without a dialog', async () => {
  await suite.page.locator('.notice').click();
  expect(await suite.page.locator(`${modal} button`).allTextContents()).toEqual(['确定']);
  await suite.page.locator(`${modal} .wx-modal-confirm`).click();
  expect(await textOf(suite.page, '.modal', 'notice: showModal:ok true')).toBe('notice: showModal:ok true');

  await suite.page.locator('.bad-modal').click();
  const refused = 'showModal:fail confirmText length should not larger than 4 Chinese characters';
  expect(await textOf(suite.page, '.modal', refused)).toBe(refused);
  expect(await suite.page.locator(modal).count()).toBe(0);
});

test('showActionSheet answers the tapped index, and fail cancel for cancel or a tap on the mask', async () => {
  await suite.page.locator('.choose-mode').click();
  const items = suite.page.locator(`${actionSheet} .wx-action-sheet-item`);
  expect(await items.allTextContents()).toEqual(['堂食', '自取', '外卖']);
  expect(await items.first().evaluate((b) => getComputedStyle(b).color)).toBe('rgb(7, 193, 96)');
  await picturePhone(suite.page, 'action-sheet');
  await items.nth(1).click();
  expect(await textOf(suite.page, '.action-answer', 'chose 1 showActionSheet:ok')).toBe(
    'chose 1 showActionSheet:ok',
  );

  await suite.page.locator('.choose-mode').click();
  await suite.page.locator(`${actionSheet} .wx-action-sheet-cancel`).click();
  expect(await textOf(suite.page, '.action-answer', 'showActionSheet:fail cancel')).toBe(
    'showActionSheet:fail cancel',
  );

  await suite.page.locator('.choose-mode').click();
  await items.nth(2).click();
  const chosen = 'chose 2 showActionSheet:ok';
  expect(await textOf(suite.page, '.action-answer', chosen)).toBe(chosen);
  await suite.page.locator('.choose-mode').click();
  await suite.page.locator(actionSheet).click({ position: { x: 100, y: 100 } });
  const dismissed = 'showActionSheet:fail cancel';
  expect(await textOf(suite.page, '.action-answer', dismissed)).toBe(dismissed);
  expect(await suite.page.locator(actionSheet).count()).toBe(0);

  await suite.page.locator('.too-many').click();
  const refused = 'showActionSheet:fail parameter error: itemList should not be large than 6';
  expect(await textOf(suite.page, '.action-answer', refused)).toBe(refused);
});

/** Clicks the page at the centre of `selector`, whatever lies on top there (as a finger would). */
async function tapWhereItIs(selector: string): Promise<string> {
  const box = await suite.page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not drawn`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const topmost = await suite.page.evaluate(
    (point) => document.elementFromPoint(point.x, point.y)?.className ?? '',
    { x, y },
  );
  await suite.page.mouse.click(x, y);
  return topmost;
}

test('a masked loading box blocks taps until hideLoading; an unmasked one lets them through', async () => {
  await suite.page.locator('.start-loading').click();
  await suite.page.waitForSelector('[data-sheet="loading"] .wx-loading');
  expect(await suite.page.locator('.wx-loading-title').textContent()).toBe('提交中');
  await picturePhone(suite.page, 'loading');
  expect(await tapWhereItIs('.counter')).toBe('wx-layer');
  expect(await suite.page.locator('.counter').textContent()).toBe('点我 0');

  await suite.page.evaluate(() =>
    (globalThis as unknown as { getCurrentPages(): Array<{ stopLoading(): void }> })
      .getCurrentPages()[0]
      ?.stopLoading(),
  );
  await suite.page.waitForSelector('[data-sheet="loading"]', { state: 'detached' });
  await tapWhereItIs('.counter');
  expect(await textOf(suite.page, '.counter', '点我 1')).toBe('点我 1');

  await suite.page.locator('.start-loading-unmasked').click();
  await suite.page.waitForSelector('[data-sheet="loading"] .wx-loading');
  await tapWhereItIs('.counter');
  expect(await textOf(suite.page, '.counter', '点我 2')).toBe('点我 2');
  expect(await suite.page.locator('.loading').textContent()).toBe('unmasked');
});
