/**
 * Debian's Chromium driven by playwright-core (no browser download): headless, with a fresh
 * profile, no background networking, and every request that would leave 127.0.0.1 aborted and
 * recorded, so a test can assert the pages are fully offline. Console errors are recorded too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../../src/config.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const artifactsDir = path.join(projectRoot, 'test-artifacts');
/** UPDATE_SCREENSHOTS=1 also writes the README's screenshots into docs/. */
export const updateScreenshots = process.env.UPDATE_SCREENSHOTS === '1';

export interface TestBrowser {
  context: BrowserContext;
  /** URLs that tried to leave 127.0.0.1 (aborted). */
  offHost: string[];
  /** console.error messages and uncaught page errors, per page. */
  consoleErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Optional device emulation, fixed for the whole (persistent) context. */
export interface LaunchOptions {
  /** CSS pixels; 1280×800 unless given (a page may still change it with setViewportSize). */
  viewport?: { width: number; height: number };
  /** A touch screen: page.touchscreen and page.tap work, and pages see touch events. */
  hasTouch?: boolean;
  /** A phone or tablet: the meta viewport is honoured and scrollbars overlay the page. */
  isMobile?: boolean;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<TestBrowser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium is not at ${chromiumPath}: apt-get install chromium (the CI script does), or set CHROMIUM_PATH.`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kizuna-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ...(options.hasTouch ? { hasTouch: true } : {}),
    ...(options.isMobile ? { isMobile: true } : {}),
    acceptDownloads: true,
  });
  const offHost: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    offHost.push(url.href);
    return route.abort('blockedbyclient');
  });
  fs.mkdirSync(artifactsDir, { recursive: true });
  return {
    context,
    offHost,
    consoleErrors,
    async newPage() {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
      return page;
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves a screenshot to test-artifacts/, and to docs/ when UPDATE_SCREENSHOTS=1 and docsName is given. */
export async function screenshot(page: Page, name: string, docsName?: string): Promise<void> {
  const image = await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
  if (updateScreenshots && docsName) fs.writeFileSync(path.join(projectRoot, 'docs', docsName), image);
}
