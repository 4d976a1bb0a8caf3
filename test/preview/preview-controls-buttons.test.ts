import os from 'node:os';
import path from 'node:path';
import { previewSuite } from '../support/preview-suite';

// Buttons, their open-types as visible stand-ins with the platform's events, and navigator's open-types.
const suite = previewSuite(path.join(__dirname, 'controls-app'), {
  address: '/preview/?page=pages/buttons/index',
});

const waitForText = (selector: string, expected: string) =>
  suite.page.waitForFunction(([found, wanted]) => document.querySelector(found)?.textContent === wanted, [
    selector,
    expected,
  ] as const);

test('buttons draw their type, size, plain and loading; a disabled button sends no tap', async () => {
  const look = (selector: string) =>
    suite.page.locator(selector).evaluate((button) => {
      const style = getComputedStyle(button);
      return {
        background: style.backgroundColor,
        color: style.color,
        width: button.getBoundingClientRect().width,
      };
    });
  expect(await look('.primary')).toEqual({
    background: 'rgb(7, 193, 96)',
    color: 'rgb(255, 255, 255)',
    width: 184,
  });
  expect((await look('.warn')).color).toBe('rgb(250, 81, 81)');
  expect((await look('.mini')).width).toBeLessThan(100);
  expect((await look('.mini-plain')).background).toBe('rgba(0, 0, 0, 0)');
  expect(await suite.page.locator('.loading .wx-button__loading').count()).toBe(1);

  await suite.page.locator('.primary').click();
  await waitForText('.echo-taps', 'taps=1');
  // Clicking where the disabled button is (it takes no pointer, as a disabled button takes no tap).
  await suite.page.locator('.disabled').click({ force: true });
  await suite.page.locator('.default').click();
  await suite.page.waitForFunction(() => document.querySelector('.echo-taps')?.textContent !== 'taps=1');
  expect(await suite.page.locator('.echo-taps').innerText()).toBe('taps=2');
  await suite.page.screenshot({ path: path.join(os.tmpdir(), 'preview-controls-buttons.png') });
});

test('the hover-class shows while a button is pressed', async () => {
  const button = suite.page.locator('.default');
  const box = await button.boundingBox();
  await suite.page.mouse.move((box?.x ?? 0) + 10, (box?.y ?? 0) + 10);
  await suite.page.mouse.down();
  await suite.page.waitForSelector('.default.button-hover');
  await suite.page.mouse.up();
  await suite.page.waitForSelector('.default:not(.button-hover)');
});

test('open-type getPhoneNumber shows the consent sheet: allowing answers a code, denying answers user deny', async () => {
  await suite.page.locator('.phone-login').click();
  await suite.page.waitForSelector('.wx-stand-in');
  await suite.page.locator('.wx-stand-in__action', { hasText: '允许' }).click();
  await waitForText('.echo-phone', 'phone=getPhoneNumber:ok code:32');
  expect(await suite.page.locator('.wx-stand-in').count()).toBe(0);

  await suite.page.locator('.phone-login').click();
  await suite.page.locator('.wx-stand-in__action', { hasText: '拒绝' }).click();
  await waitForText('.echo-phone', 'phone=getPhoneNumber:fail user deny');
});

test('contact, getUserInfo, share and agreePrivacyAuthorization do what the platform does', async () => {
  await suite.page.locator('.contact').click();
  await suite.page.waitForSelector('.wx-stand-in__title:text("客服")');
  await suite.page.locator('.wx-stand-in__action').click();
  await waitForText('.echo-contact', 'contact=enterContact:ok');

  await suite.page.locator('.user-info').click();
  await waitForText('.echo-user', 'user=getUserInfo:ok 微信用户');

  await suite.page.locator('.share').click();
  await waitForText('.echo-shared', 'shared=button:noodles');
  expect(await suite.page.locator('.wx-stand-in__text').innerText()).toContain('来一碗牛肉面');
  await suite.page.locator('.wx-stand-in__action').click();

  const agreed = () =>
    suite.page.evaluate(() => document.querySelector('.echo-privacy')?.textContent === 'privacy=agreed');
  expect(await agreed()).toBe(false);
  await suite.page.locator('.privacy').click();
  await waitForText('.echo-privacy', 'privacy=agreed');
});

test('navigator opens its url, redirects, relaunches, and goes back through the page stack', async () => {
  await suite.page.locator('.to-dish').click();
  await waitForText('.dish', 'dish=rice depth=2');
  expect(await suite.page.locator('#nav-title').innerText()).toBe('Dish');
  await suite.page.locator('.back').click();
  await suite.page.waitForSelector('.dish', { state: 'detached' });
  expect(await suite.page.locator('#nav-title').innerText()).toBe('Buttons');

  await suite.page.locator('.redirect-dish').click();
  await waitForText('.dish', 'dish=dumplings depth=1');
  expect(await suite.page.locator('#nav-back').isHidden()).toBe(true);

  await suite.page.locator('.restart').click();
  await suite.page.waitForSelector('.dish-picker');
  expect(await suite.page.locator('#nav-title').innerText()).toBe('Order form');
  expect(await suite.page.locator('.dish-page').count()).toBe(0);
});
