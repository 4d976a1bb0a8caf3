import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium, which browser tests drive; playwright-core never downloads a browser of its own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a quiet, offline headless run: no sandbox (containers), no GPU, no background traffic. */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium with a fresh profile; `close()` ends it and removes the profile. */
export interface TestBrowser {
  /** The browser's one context (its profile is this run's own directory). */
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts headless Chromium, or fails saying how to install it (browser tests are never skipped). */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (Debian/Ubuntu)`,
    );
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'diandan-chromium-'));
  // playwright passes the profile as --user-data-dir itself; a persistent context is how it takes one.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 900, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
