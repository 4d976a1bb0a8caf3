import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { previewSuite } from '../support/preview-suite';
import { DEMO_STORE } from '../support/test-cloud';

// The staff team page drawn by the real page in headless Chromium over the local cloud, as the demo café's
// owner (o-demo-owner): the members with their roles, an invite code from the role sheet, in both languages.
const ROOT = path.resolve(__dirname, '../..');
const suite = previewSuite(path.join(ROOT, 'miniprogram'));
const OWNER = 'o-demo-owner';
/** The preview's first user; its calls reach the cloud as the demo owner (see asDemoOwner). */
const PREVIEW_USER = 'o-preview-customer-a';
const ADDRESS = `/preview/?page=staff/pages/team/index&storeId=${DEMO_STORE}`;
const SHOTS = process.env.PREVIEW_SHOTS_DIR ?? os.tmpdir();
const shot = (page: Page, file: string) => page.locator('#phone').screenshot({ path: file });

beforeAll(() => {
  const at = new Date(suite.shop.clock.now());
  const member = (openid: string, role: string, displayName: string) => ({
    _id: `${DEMO_STORE}_${openid}`,
    storeId: DEMO_STORE,
    _openid: openid,
    role,
    displayName,
    isActive: true,
    createdAt: at,
    updatedAt: at,
  });
  suite.shop.cloud.database.insert('staff', [
    member('o-team-manager', 'manager', '王经理 Wang'),
    member('o-team-clerk', 'clerk', '小李 Li'),
    member('o-team-kitchen', 'kitchen', '陈师傅 Chen'),
  ]);
});

/** Until the preview's user bar offers the staff roles, the tab's cloud calls carry the demo owner's openid. */
async function asDemoOwner(page: Page): Promise<void> {
  // The function gateway (/call/…) and the client doors (/client/…) take the caller from X-WX-OPENID.
  await page.route(/\/(call|client)\//, (route) =>
    route.continue({ headers: { ...route.request().headers(), 'x-wx-openid': OWNER } }),
  );
}

async function openTeam(english: boolean): Promise<Page> {
  const { page } = await suite.open(ADDRESS);
  await asDemoOwner(page);
  // The session the me page's language switch remembers, for the preview's user; then the page opens again.
  const key = `diandan-preview:${PREVIEW_USER}:diandan.session.v1`;
  const session = JSON.stringify({ locale: english ? 'en' : 'zh-CN' });
  await page.evaluate(`localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(session)})`);
  await page.reload();
  await page.waitForSelector('body[data-preview-ready]');
  await page.locator('.member').first().waitFor();
  return page;
}

test('the owner sees the team and invites a clerk: the code big, with its expiry (zh-CN)', async () => {
  const page = await openTeam(false);
  expect(await page.locator('.member .name').allInnerTexts()).toEqual([
    '演示店长 Demo Owner',
    '演示经理 Demo Manager',
    '王经理 Wang',
    '演示店员 Demo Clerk',
    '小李 Li',
    '演示后厨 Demo Kitchen',
    '陈师傅 Chen',
  ]);
  expect(await page.locator('#nav-title').innerText()).toBe('店员管理');
  await page.locator('.invite').click();
  await page.locator('.wx-action-sheet-item', { hasText: '店员' }).click();
  await page.locator('.invite-code').waitFor();
  expect(await page.locator('.invite-code').innerText()).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  expect(await page.locator('.invite-title').innerText()).toBe('店员邀请码');
  await shot(page, path.join(ROOT, 'docs/staff-team.png'));
});

test('the same page in English', async () => {
  const page = await openTeam(true);
  expect(await page.locator('#nav-title').innerText()).toBe('Team');
  expect(await page.locator('.member .role').allInnerTexts()).toEqual([
    'Owner',
    'Manager',
    'Manager',
    'Clerk',
    'Clerk',
    'Kitchen',
    'Kitchen',
  ]);
  await page.locator('.invite').click();
  await page.locator('.wx-action-sheet-item', { hasText: 'Kitchen' }).click();
  await page.locator('.invite-code').waitFor();
  expect(await page.locator('.invite-title').innerText()).toBe('Kitchen invite code');
  await shot(page, path.join(SHOTS, 'staff-team-en.png'));
});
