import path from 'node:path';
import type { Page } from 'playwright-core';
import type { SetDataCall } from '../../emulator/preview-runtime/set-data-meter';

// The customer's journey in the browser preview, step by step as a person taps it: scan table A01, open the
// latte's spec sheet, choose large and iced, add, open the cart, check out, pay on the payment sheet, allow the
// "order ready" message, follow the order page until the shop marks it ready. Used by the journey test (which
// takes the README's screenshots) and by `npm run bench` (which prints what setData carried on the way).

/** A class of a shared component as the preview scopes it (`components-<name>-index--<class>`). */
export function scoped(component: string, className: string): string {
  return `.components-${component}-index--${className}`;
}

/** The README's pictures of the journey, by step. */
export const JOURNEY_SCREENSHOTS = [
  'menu',
  'spec-sheet',
  'cart',
  'checkout',
  'payment-sheet',
  'order',
] as const;
export type JourneyScreenshot = (typeof JOURNEY_SCREENSHOTS)[number];

export interface JourneyOptions {
  /** The preview's address on the local cloud, e.g. `http://127.0.0.1:3900`. */
  baseUrl: string;
  /** Where the pictures go (`<dir>/journey-<step>.png`); none taken when absent. */
  screenshotDir?: string;
  /** The shop's staff accept the order and mark it ready (as the staff console will). */
  staffMarksReady(orderId: string): Promise<void>;
}

/** What the journey saw: the order it placed, and every setData call on the way, by step. */
export interface JourneyRecord {
  orderId: string;
  setDataByStep: Array<{ step: string; calls: SetDataCall[] }>;
}

/** The data of the page on top of the preview's stack (evaluated in the browser). */
declare function topPageData(): Record<string, unknown> | undefined;

/**
 * Defines `topPageData` in the tab, for the waits that read a page's data. Given as source: a function passed to
 * `evaluate` would carry the name helpers a transpiler adds (`__name`), which the tab does not have.
 */
async function defineTopPageData(page: Page): Promise<void> {
  await page.evaluate(`globalThis.topPageData = function () {
    var pages = getCurrentPages();
    var top = pages[pages.length - 1];
    return top ? top.data : undefined;
  }`);
}

async function meterCalls(page: Page): Promise<SetDataCall[]> {
  return page.evaluate(() => {
    const meter = (globalThis as unknown as { __setDataMeter: { calls: SetDataCall[]; reset(): void } })
      .__setDataMeter;
    const calls = [...meter.calls];
    meter.reset();
    return calls;
  });
}

/** Walks the journey in `page` (a fresh tab) and answers what it saw. */
export async function walkPreviewJourney(page: Page, options: JourneyOptions): Promise<JourneyRecord> {
  const setDataByStep: JourneyRecord['setDataByStep'] = [];
  const step = async (name: string, picture?: JourneyScreenshot) => {
    if (picture && options.screenshotDir)
      await page.screenshot({ path: path.join(options.screenshotDir, `journey-${picture}.png`) });
    setDataByStep.push({ step: name, calls: await meterCalls(page) });
  };

  await page.goto(`${options.baseUrl}/preview/?scene=A01`);
  await page.waitForSelector('body[data-preview-ready]');
  await defineTopPageData(page);
  await page.waitForSelector('.table');
  await step('menu: first screen, table A01', 'menu');

  const latte = page.locator('product-card', { hasText: '拿铁' }).first();
  await latte.locator(scoped('product-card', 'add')).click();
  const chip = (label: string) => page.locator(scoped('spec-sheet', 'chip'), { hasText: label }).first();
  await chip('大杯').click();
  await chip('冰').click();
  await page.waitForSelector(
    `${scoped('spec-sheet', 'chip')}${scoped('spec-sheet', 'is-chosen')}:has-text("冰")`,
  );
  await step('spec sheet: large, iced', 'spec-sheet');
  await page.locator(scoped('spec-sheet', 'add')).click();
  await page.waitForSelector(scoped('cart-bar', 'badge'));
  await page.waitForSelector('.wx-toast', { state: 'detached' }); // the "added" toast, gone before the pictures
  await step('added to the cart');

  await page.locator(scoped('cart-bar', 'cart')).click();
  await page.waitForSelector(scoped('cart-popup', 'line'));
  await step('cart popup', 'cart');
  await page.locator(scoped('cart-popup', 'checkout')).click();
  await page.waitForSelector('.pay');
  await page.waitForSelector('.checkout .choice.table');
  await page.waitForFunction(() => topPageData()?.canPlace === true && topPageData()?.previewing === false);
  await step('checkout: dine-in at A01', 'checkout');

  await page.locator('.pay').click();
  await page.waitForSelector('.wx-pay-sheet');
  await step('payment sheet', 'payment-sheet');
  await page.locator('.wx-pay-confirm').click();
  await page.locator('.wx-subscribe-allow').click();
  await page.waitForSelector('.order-page .status.is-PAID');
  const orderId = await page.evaluate(() => String(topPageData()?.orderId ?? ''));
  if (!orderId) throw new Error('the order page has no order id');
  await step('order page: paid');

  await options.staffMarksReady(orderId);
  await page.waitForSelector('.order-page .status.is-READY');
  await step('order page: ready, live', 'order');
  return { orderId, setDataByStep };
}
