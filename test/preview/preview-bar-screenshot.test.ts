import path from 'node:path';
import { previewSuite } from '../support/preview-suite';

// The README's picture of the preview: the real mini program in two tabs side by side, customer A and customer B.
const ROOT = path.resolve(__dirname, '../..');
const SCREENSHOT = path.join(ROOT, 'docs/preview-two-customers.png');
const suite = previewSuite(path.join(ROOT, 'miniprogram'));

test('two previews side by side, as customer A and customer B, each with its bar', async () => {
  const page = await suite.browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize({ width: 1280, height: 920 });
  const tab = (as: string) =>
    `<iframe name="${as}" src="${suite.shop.cloud.baseUrl}/preview/?as=${as}" width="630" height="900"></iframe>`;
  await page.setContent(
    `<body style="margin:0;display:flex;gap:8px;padding:6px;background:#888">${tab('customer-a')}${tab('customer-b')}</body>`,
  );
  for (const [name, openid] of [
    ['customer-a', 'o-preview-customer-a'],
    ['customer-b', 'o-preview-customer-b'],
  ] as const) {
    const frame = page.frame({ name });
    if (!frame) throw new Error(`no frame ${name}`);
    await frame.waitForSelector('#preview-bar[data-ready] ~ .preview-stage .phone .store-name');
    await frame.waitForSelector('body[data-live-reload="on"]');
    expect(await frame.locator('#preview-user option:checked').innerText()).toContain(openid);
    expect(await frame.locator('#preview-clock').innerText()).toBe('2026-01-05 10:00:00 北京时间 UTC+8');
    expect(await frame.locator('#preview-errors').innerText()).toBe('');
  }
  await page.screenshot({ path: SCREENSHOT });
  expect(errors).toEqual([]);
  await page.close();
});
