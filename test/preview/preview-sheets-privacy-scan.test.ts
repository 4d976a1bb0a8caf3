import path from 'node:path';
import { previewSuite } from '../support/preview-suite';
import { DEMO_STORE } from '../support/test-cloud';
import { picturePhone, textOf } from './preview-sheets-helpers';

// The page's own privacy prompt, the privacy guide, the device stand-ins, and the table scanner.
const suite = previewSuite(path.join(__dirname, 'sheets-app'));

const NOT_AUTHORIZED = 'requirePrivacyAuthorize:fail privacy permission is not authorized';

test("with onNeedPrivacyAuthorization the page's own prompt asks; its answer settles requirePrivacyAuthorize", async () => {
  await suite.open('/preview/?page=pages/privacy/index');
  expect(await textOf(suite.page, '.need', 'true 《点单隐私保护指引》')).toBe('true 《点单隐私保护指引》');
  await suite.page.locator('.ask-privacy').click();
  await suite.page.waitForSelector('.privacy-prompt');
  expect(await suite.page.locator('.prompt-text').textContent()).toBe(
    '本次需要你同意隐私指引（requirePrivacyAuthorize）',
  );
  expect(await suite.page.locator('[data-sheet="privacy"]').count()).toBe(0);
  await suite.page.locator('.prompt-disagree').click();
  expect(await textOf(suite.page, '.granted', NOT_AUTHORIZED)).toBe(NOT_AUTHORIZED);

  await suite.page.locator('.ask-privacy').click();
  await suite.page.locator('.prompt-agree').click();
  expect(await textOf(suite.page, '.granted', 'requirePrivacyAuthorize:ok')).toBe(
    'requirePrivacyAuthorize:ok',
  );
  expect(await textOf(suite.page, '.need', 'false 《点单隐私保护指引》')).toBe('false 《点单隐私保护指引》');

  // Agreed: the clipboard (a privacy API) works at once and shows the platform's toast.
  await suite.page.locator('.copy').click();
  expect(await textOf(suite.page, '.wx-toast', '内容已复制')).toBe('内容已复制');
  const copied = 'A01-2048 getClipboardData:ok';
  expect(await textOf(suite.page, '.clipboard', copied)).toBe(copied);

  await suite.page.locator('.open-contract').click();
  await suite.page.waitForSelector('[data-sheet="privacy-contract"] .wx-contract h3');
  expect(await suite.page.locator('[data-sheet="privacy-contract"] .wx-sheet-title').textContent()).toBe(
    '《点单隐私保护指引》',
  );
  await picturePhone(suite.page, 'privacy-contract');
  await suite.page.locator('[data-sheet="privacy-contract"] .wx-sheet-cancel').click();
  await suite.page.waitForSelector('[data-sheet="privacy-contract"]', { state: 'detached' });

  // The agreement outlives a reload of the tab, as it outlives a restart on the phone.
  await suite.page.reload();
  await suite.page.waitForSelector('body[data-preview-ready]');
  const agreed = 'false 《点单隐私保护指引》';
  expect(await textOf(suite.page, '.need', agreed)).toBe(agreed);
});

test('makePhoneCall asks before calling; vibrateShort shakes the frame; showShareMenu answers ok', async () => {
  await suite.open('/preview/?page=pages/privacy/index');
  await suite.page.locator('.call').click();
  expect(await suite.page.locator('.wx-phone-call-dial').textContent()).toBe('呼叫 021-12345678');
  await suite.page.locator('.wx-phone-call-cancel').click();
  expect(await textOf(suite.page, '.call-answer', 'makePhoneCall:fail cancel')).toBe(
    'makePhoneCall:fail cancel',
  );
  await suite.page.locator('.call').click();
  await suite.page.locator('.wx-phone-call-dial').click();
  expect(await textOf(suite.page, '.call-answer', 'makePhoneCall:ok')).toBe('makePhoneCall:ok');

  await suite.page.locator('.buzz').click();
  expect(await textOf(suite.page, '.buzz-answer', 'vibrateShort:ok')).toBe('vibrateShort:ok');
  expect(await suite.page.locator('#phone').getAttribute('data-vibrations')).toBe('1');
  await suite.page.locator('.share').click();
  expect(await textOf(suite.page, '.share-answer', 'showShareMenu:ok')).toBe('showShareMenu:ok');
});

test("scanCode lists the store's tables from the local cloud; a table's code opens the entry page with its scene", async () => {
  suite.shop.cloud.database.insert('tables', [
    {
      _id: 'table-demo-c01',
      storeId: DEMO_STORE,
      code: 'C01',
      name: 'C01 号桌',
      nameEn: 'Table C01',
      area: '包间',
      areaEn: 'Private room',
      seats: 8,
      isActive: true,
      createdAt: new Date(),
      updatedAt: new Date(),
    },
  ]);
  const active = suite.shop.cloud.database.find('tables', { storeId: DEMO_STORE, isActive: true });
  await suite.open('/preview/');
  await suite.page.locator('.scan').click();
  const rows = suite.page.locator('[data-sheet="scan"] [data-table]');
  await rows.first().waitFor();
  expect(await rows.count()).toBe(active.length);
  expect(await suite.page.locator('[data-sheet="scan"] .wx-sheet-group').allTextContents()).toEqual([
    '大厅 Hall',
    '露台 Terrace',
    '包间 Private room',
  ]);
  await picturePhone(suite.page, 'scan');
  await suite.page.locator('[data-table="table-demo-c01"]').click();

  // The page relaunched itself at the scanned path; its onLoad read the table from the local cloud.
  expect(await textOf(suite.page, '.table', 'C01 号桌 · 包间 · 8 seats')).toBe('C01 号桌 · 包间 · 8 seats');
  expect(await suite.page.locator('.scene').textContent()).toBe('table-demo-c01');
  expect(await suite.page.locator('.last-scan').textContent()).toBe(
    'WX_CODE pages/scan/index?scene=table-demo-c01 scanCode:ok',
  );

  await suite.page.locator('.scan').click();
  await suite.page.locator('[data-sheet="scan"] .wx-sheet-cancel').click();
  expect(await textOf(suite.page, '.error', 'scanCode:fail cancel')).toBe('scanCode:fail cancel');
});
