import os from 'node:os';
import path from 'node:path';
import { previewSuite } from '../support/preview-suite';

// The form built-ins on a fixture order form: what a customer types, picks and ticks, as the page receives it.
const suite = previewSuite(path.join(__dirname, 'controls-app'), {
  address: '/preview/?page=pages/order-form/index',
});

const text = (selector: string) => suite.page.locator(selector).innerText();
const waitForText = (selector: string, expected: string) =>
  suite.page.waitForFunction(([found, wanted]) => document.querySelector(found)?.textContent === wanted, [
    selector,
    expected,
  ] as const);
const sheetItem = (column: number, label: string) =>
  suite.page.locator(`.wx-picker__column[data-column="${column}"] .wx-picker__item`, { hasText: label });

test('input sends bindinput, takes its return value, filters by type and keeps to maxlength', async () => {
  await suite.page.locator('.table-code input').pressSequentially('a12');
  await waitForText('.echo-table', 'table=A12');
  expect(await suite.page.locator('.table-code input').inputValue()).toBe('A12');

  await suite.page.locator('.people input').pressSequentially('3x4');
  await waitForText('.echo-people', 'people=34');
  expect(await suite.page.locator('.people input').inputValue()).toBe('34');

  await suite.page.locator('.name input').pressSequentially('Wang Xiaoming');
  await waitForText('.echo-name', 'name=Wang Xia');
  expect(await text('.echo-focus')).toBe('focus=name');
  await suite.page.keyboard.press('Enter');
  await waitForText('.echo-confirm', 'confirm=Wang Xia');
  // Without confirm-hold the keyboard closes: the field blurs.
  await waitForText('.echo-focus', 'focus=left with Wang Xia');
  expect(await suite.page.locator('.name input').getAttribute('placeholder')).toBe('你的名字');

  // focus="{{focusName}}": the page setting it focuses the field.
  await suite.page.locator('.edit-name').click();
  await waitForText('.echo-focus', 'focus=name');
  expect(
    await suite.page.evaluate(() => document.activeElement?.closest('wx-input')?.classList.contains('name')),
  ).toBe(true);
});

test('a selector picker opens a sheet; 确定 answers the index, 取消 answers bindcancel', async () => {
  await suite.page.locator('.dish').click();
  await suite.page.waitForSelector('.wx-picker');
  expect(await suite.page.locator('.wx-picker__title').innerText()).toBe('选择菜品');
  expect(await suite.page.locator('.wx-picker__item').allInnerTexts()).toEqual(['牛肉面', '蛋炒饭', '水饺']);
  await sheetItem(0, '水饺').click();
  await suite.page.locator('.wx-picker__action--confirm').click();
  await waitForText('.dish', '水饺');
  expect(await suite.page.locator('.wx-picker').count()).toBe(0);

  await suite.page.locator('.dish').click();
  await suite.page.waitForSelector('.wx-picker__item--selected:text-is("水饺")');
  await sheetItem(0, '牛肉面').click();
  await suite.page.locator('.wx-picker__action--cancel').click();
  await waitForText('.echo-cancelled', 'cancelled=1');
  expect(await text('.dish')).toBe('水饺');
});

test('a time picker offers only the hours and minutes between start and end', async () => {
  await suite.page.locator('.pickup-time').click();
  expect(
    await suite.page.locator('.wx-picker__column[data-column="0"] .wx-picker__item').allInnerTexts(),
  ).toEqual(['11', '12', '13', '14']);
  await sheetItem(0, '11').click();
  await suite.page.waitForSelector(
    '.wx-picker__column[data-column="0"] .wx-picker__item--selected:text-is("11")',
  );
  expect(
    await suite.page.locator('.wx-picker__column[data-column="1"] .wx-picker__item').first().innerText(),
  ).toBe('30');
  await sheetItem(0, '13').click();
  await sheetItem(1, '45').click();
  await suite.page.locator('.wx-picker__action--confirm').click();
  await waitForText('.pickup-time', '13:45');
});

test('a date picker keeps to start and end, and a multiSelector reports each column change', async () => {
  await suite.page.locator('.pickup-date').click();
  await sheetItem(0, '2027').click();
  await suite.page.waitForSelector(
    '.wx-picker__column[data-column="0"] .wx-picker__item--selected:text-is("2027年")',
  );
  expect(
    await suite.page.locator('.wx-picker__column[data-column="1"] .wx-picker__item').allInnerTexts(),
  ).toEqual(['01月']);
  await suite.page.locator('.wx-picker__action--confirm').click();
  await waitForText('.pickup-date', '2027-01-02');

  await suite.page.locator('.size').click();
  await sheetItem(1, '特辣').click();
  await sheetItem(0, '大份').click();
  await waitForText('.echo-columns', 'columns=1:2,0:1');
  await suite.page.locator('.wx-picker__action--confirm').click();
  await waitForText('.size', '大份 · 特辣');
});

test('switch, radio and checkbox send their changes; a label works its control; disabled ones stay put', async () => {
  await suite.page.locator('wx-switch.takeaway').click();
  await waitForText('.echo-takeaway', 'takeaway=true');
  expect(await suite.page.locator('wx-switch.takeaway').getAttribute('aria-checked')).toBe('true');

  await suite.page.locator('.choice', { hasText: '到店付' }).click();
  await waitForText('.echo-payment', 'payment=counter');
  expect(await suite.page.locator('wx-radio[aria-checked="true"]').count()).toBe(1);
  await suite.page.locator('.choice', { hasText: '会员卡' }).click();
  await suite.page.locator('wx-switch.takeaway').click();
  await waitForText('.echo-takeaway', 'takeaway=false');
  expect(await text('.echo-payment')).toBe('payment=counter');

  await suite.page.locator('.chopsticks-label').click();
  await waitForText('.echo-extras', 'extras=chopsticks');
  await suite.page.locator('wx-checkbox.napkins').click();
  await waitForText('.echo-extras', 'extras=chopsticks,napkins');
  await suite.page.locator('.chopsticks-label wx-checkbox').click();
  await waitForText('.echo-extras', 'extras=napkins');
});

test('textarea grows with its lines and sends bindlinechange', async () => {
  const field = suite.page.locator('.note textarea');
  const oneLine = (await field.boundingBox())?.height ?? 0;
  await field.pressSequentially('多放香菜');
  await suite.page.keyboard.press('Enter');
  await suite.page.keyboard.type('不要葱');
  await suite.page.keyboard.press('Enter');
  await suite.page.keyboard.type('谢谢');
  await waitForText('.echo-note', 'note=多放香菜\n不要葱\n谢谢 lines=3');
  expect((await field.boundingBox())?.height ?? 0).toBeGreaterThan(oneLine * 2);
});

test('form-type submit collects every named control; reset clears them', async () => {
  await suite.page.locator('.name input').fill('Li');
  await suite.page.locator('.people input').fill('2');
  await suite.page.locator('wx-switch.takeaway').click();
  await suite.page.locator('.choice', { hasText: '到店付' }).click();
  await suite.page.locator('wx-checkbox.napkins').click();
  await suite.page.locator('.note textarea').fill('少盐');
  await suite.page.locator('.dish').click();
  await sheetItem(0, '蛋炒饭').click();
  await suite.page.locator('.wx-picker__action--confirm').click();
  await waitForText('.dish', '蛋炒饭');

  await suite.page.locator('wx-button.submit').click();
  await suite.page.waitForFunction(
    () => document.querySelector('.echo-submitted')?.textContent !== 'submitted=',
  );
  const submitted: unknown = JSON.parse((await text('.echo-submitted')).slice('submitted='.length));
  expect(submitted).toEqual({
    name: 'Li',
    table: '',
    people: '2',
    dish: 1,
    time: '12:00',
    takeaway: true,
    payment: 'counter',
    extras: ['napkins'],
    note: '少盐',
    spice: 1,
    pin: '',
  });

  await suite.page.locator('wx-button.reset').click();
  await waitForText('.echo-resets', 'resets=1');
  expect(await suite.page.locator('.name input').inputValue()).toBe('');
  expect(await suite.page.locator('wx-switch.takeaway').getAttribute('aria-checked')).toBe('false');
  expect(await suite.page.locator('wx-checkbox[aria-checked="true"]').count()).toBe(0);
  await suite.page.screenshot({ path: path.join(os.tmpdir(), 'preview-controls-form.png') });
});

test('a slider sends bindchanging while dragged and bindchange when let go, within min and max', async () => {
  const track = suite.page.locator('.spice input');
  const box = await track.boundingBox();
  if (!box) throw new Error('the slider is not drawn');
  await suite.page.mouse.move(box.x + 4, box.y + box.height / 2);
  await suite.page.mouse.down();
  await suite.page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 4 });
  await suite.page.waitForFunction(
    () => !/changing=0$/.test(document.querySelector('.echo-spice')?.textContent ?? ''),
  );
  await suite.page.mouse.move(box.x + box.width + 20, box.y + box.height / 2, { steps: 4 });
  await suite.page.mouse.up();
  await waitForText('.echo-spice', 'spice=5 changing=5');
  expect(await suite.page.locator('.spice .wx-slider__value').innerText()).toBe('5');
});

test('a label for= an id works that control; a password hides its text; a disabled picker stays shut', async () => {
  await suite.page.locator('.tea-label').click();
  await waitForText('.echo-tea', 'tea=true');
  const tick = await suite.page.locator('wx-switch.tea .wx-switch__box').evaluate((box) => ({
    color: getComputedStyle(box).color,
    mark: getComputedStyle(box, '::after').content,
  }));
  expect(tick).toEqual({ color: 'rgb(250, 81, 81)', mark: '"✓"' });

  await suite.page.locator('.pin input').pressSequentially('0427');
  expect(await suite.page.locator('.pin input').getAttribute('type')).toBe('password');
  expect(await suite.page.locator('.pin input').inputValue()).toBe('0427');

  await suite.page.locator('.closed').click();
  await suite.page.locator('.dish').click();
  await suite.page.waitForSelector('.wx-picker');
  expect(await suite.page.locator('.wx-picker').count()).toBe(1);
  expect(await suite.page.locator('.wx-picker__title').innerText()).toBe('选择菜品');
});
