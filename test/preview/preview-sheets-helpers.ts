import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Waits until the element matching `selector` reads exactly `text`, then answers it (for a clear failure). */
export async function textOf(page: Page, selector: string, text: string): Promise<string> {
  await page.waitForFunction(
    ([wanted, expected]) => document.querySelector(wanted)?.textContent === expected,
    [selector, text] as const,
  );
  return (await page.locator(selector).textContent()) ?? '';
}

/** Saves a picture of the phone frame to the system's temporary folder, for looking at the sheets. */
export async function picturePhone(page: Page, name: string): Promise<void> {
  await page.locator('#phone').screenshot({ path: path.join(os.tmpdir(), `diandan-sheets-${name}.png`) });
}
