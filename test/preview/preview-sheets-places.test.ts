import path from 'node:path';
import { previewSuite } from '../support/preview-suite';
import { picturePhone, textOf } from './preview-sheets-helpers';

// Location, address and the user's settings, behind the platform's privacy sheet and scope prompt.
const suite = previewSuite(path.join(__dirname, 'sheets-app'), {
  address: '/preview/?page=pages/places/index',
});

const privacySheet = '[data-sheet="privacy"]';
const authorizePrompt = '[data-sheet="authorize"]';

test('getLocation waits for the privacy agreement, then the scope prompt; a refusal is auth deny for good', async () => {
  await suite.page.locator('.locate').click();
  await suite.page.waitForSelector(privacySheet);
  expect(await suite.page.locator(`${privacySheet} .wx-privacy-text`).textContent()).toContain(
    '《点单隐私保护指引》',
  );
  await picturePhone(suite.page, 'privacy');
  await suite.page.locator(`${privacySheet} .wx-privacy-decline`).click();
  const declined = '1 getLocation:fail privacy permission is not authorized';
  expect(await textOf(suite.page, '.error', declined)).toBe(declined);

  await suite.page.locator('.locate').click();
  await suite.page.locator(`${privacySheet} .wx-privacy-agree`).click();
  await suite.page.waitForSelector(authorizePrompt);
  expect(await suite.page.locator(`${authorizePrompt} .wx-authorize-purpose`).textContent()).toBe(
    '获取你的位置信息',
  );
  await picturePhone(suite.page, 'authorize');
  await suite.page.locator(`${authorizePrompt} .wx-authorize-deny`).click();
  expect(await textOf(suite.page, '.error', '2 getLocation:fail auth deny')).toBe(
    '2 getLocation:fail auth deny',
  );

  // Asked once: the next call fails at once, with no sheet at all.
  await suite.page.locator('.locate').click();
  expect(await textOf(suite.page, '.error', '3 getLocation:fail auth deny')).toBe(
    '3 getLocation:fail auth deny',
  );
  expect(await suite.page.locator('[data-sheet]').count()).toBe(0);
  await suite.page.locator('.read-settings').click();
  expect(await textOf(suite.page, '.settings', '{"scope.userLocation":false}')).toBe(
    '{"scope.userLocation":false}',
  );

  // openSetting turns it back on; getLocation then answers the café's door without asking.
  await suite.page.locator('.open-settings').click();
  const toggle = suite.page.locator('[data-sheet="settings"] [data-scope="scope.userLocation"] input');
  expect(await toggle.isChecked()).toBe(false);
  await toggle.check();
  await picturePhone(suite.page, 'settings');
  await suite.page.locator('[data-sheet="settings"] .wx-sheet-cancel').click();
  expect(await textOf(suite.page, '.settings', '{"scope.userLocation":true}')).toBe(
    '{"scope.userLocation":true}',
  );
  await suite.page.locator('.locate').click();
  expect(await textOf(suite.page, '.here', '31.188,121.437 getLocation:ok')).toBe(
    '31.188,121.437 getLocation:ok',
  );
});

test('authorize asks once for a scope; once allowed it answers ok without a prompt, and getSetting shows it', async () => {
  await suite.page.locator('.authorize-camera').click();
  await suite.page.locator(`${privacySheet} .wx-privacy-agree`).click();
  expect(await suite.page.locator(`${authorizePrompt} .wx-authorize-purpose`).textContent()).toBe(
    '使用你的摄像头',
  );
  await suite.page.locator(`${authorizePrompt} .wx-authorize-allow`).click();
  expect(await textOf(suite.page, '.settings', 'authorize:ok')).toBe('authorize:ok');
  await suite.page.locator('.read-settings').click();
  expect(await textOf(suite.page, '.settings', '{"scope.camera":true}')).toBe('{"scope.camera":true}');
  await suite.page.locator('.authorize-camera').click();
  expect(await textOf(suite.page, '.settings', 'authorize:ok')).toBe('authorize:ok');
  expect(await suite.page.locator('[data-sheet]').count()).toBe(0);
});

test('APIs waiting at once share one privacy sheet, and a decline fails every one of them', async () => {
  const answers = suite.page.evaluate(() => {
    const wx = (globalThis as unknown as { wx: Record<string, (options?: object) => Promise<unknown>> }).wx;
    const calls = [wx.getClipboardData?.(), wx.setClipboardData?.({ data: 'x' })];
    return Promise.allSettled(calls).then((settled) =>
      settled.map((one) => (one.status === 'rejected' ? (one.reason as { errMsg: string }).errMsg : 'ok')),
    );
  });
  await suite.page.waitForSelector(privacySheet);
  await suite.page.locator(`${privacySheet} .wx-privacy-decline`).click();
  expect(await answers).toEqual([
    'getClipboardData:fail privacy permission is not authorized',
    'setClipboardData:fail privacy permission is not authorized',
  ]);
  expect(await suite.page.locator(privacySheet).count()).toBe(0);
});

test('an API app.json does not declare in requiredPrivateInfos fails at once, before any sheet', async () => {
  await suite.page.locator('.locate-roughly').click();
  const refused =
    '1 getFuzzyLocation:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json';
  expect(await textOf(suite.page, '.error', refused)).toBe(refused);
  expect(await suite.page.locator('[data-sheet]').count()).toBe(0);
});

test('chooseLocation lists spots by distance; the chosen spot is answered, and getLocation answers it after', async () => {
  await suite.page.locator('.choose-place').click();
  await suite.page.locator(`${privacySheet} .wx-privacy-agree`).click();
  const rows = suite.page.locator('[data-sheet="location"] .wx-sheet-row');
  await rows.first().waitFor();
  const names = await rows.evaluateAll((all) => all.map((row) => (row as HTMLElement).dataset.spot));
  expect(names[0]).toBe('点单示范咖啡馆');
  expect(names.at(-1)).toBe('浦东示范中心（配送范围外）');
  expect(await rows.first().getAttribute('aria-selected')).toBe('true');
  await suite.page.locator('[data-spot="示范大厦 A 座"]').click();
  expect(await suite.page.locator('[data-spot="示范大厦 A 座"]').getAttribute('aria-selected')).toBe('true');
  await picturePhone(suite.page, 'location');
  await suite.page.locator('[data-sheet="location"] .wx-sheet-done').click();
  const chosen = '示范大厦 A 座 31.1902,121.4401 chooseLocation:ok';
  expect(await textOf(suite.page, '.place', chosen)).toBe(chosen);

  await suite.page.locator('.locate').click();
  await suite.page.locator(`${authorizePrompt} .wx-authorize-allow`).click();
  expect(await textOf(suite.page, '.here', '31.1902,121.4401 getLocation:ok')).toBe(
    '31.1902,121.4401 getLocation:ok',
  );

  await suite.page.locator('.choose-place').click();
  await suite.page.locator('[data-sheet="location"] .wx-sheet-cancel').click();
  expect(await textOf(suite.page, '.error', '1 chooseLocation:fail cancel')).toBe(
    '1 chooseLocation:fail cancel',
  );
});

test('chooseAddress is a form sheet: a wrong phone number is refused in place; saving answers every field', async () => {
  await suite.page.locator('.choose-address').click();
  await suite.page.locator(`${privacySheet} .wx-privacy-agree`).click();
  const field = (name: string) => suite.page.locator(`[data-sheet="address"] input[name="${name}"]`);
  await field('userName').fill('李小单');
  await field('telNumber').fill('123');
  await suite.page.locator('.wx-address-save').click();
  expect(await suite.page.locator('.wx-address-error').textContent()).toBe('请填写正确的手机号码');
  expect(await suite.page.locator('[data-field="telNumber"]').getAttribute('data-invalid')).toBe('');
  await field('telNumber').fill('13912345678');
  await field('detailInfo').fill('示范路 9 号 2 楼');
  await picturePhone(suite.page, 'address');
  await suite.page.locator('.wx-address-save').click();
  const saved = '李小单 13912345678 上海市上海市徐汇区 示范路 9 号 2 楼 200030';
  expect(await textOf(suite.page, '.address', saved)).toBe(saved);

  // Agreed once, the next call goes straight to the form; cancelling it is chooseAddress:fail cancel.
  await suite.page.locator('.choose-address').click();
  await suite.page.locator('[data-sheet="address"] .wx-sheet-cancel').click();
  expect(await textOf(suite.page, '.error', '1 chooseAddress:fail cancel')).toBe(
    '1 chooseAddress:fail cancel',
  );
  expect(await suite.page.locator(privacySheet).count()).toBe(0);
});
