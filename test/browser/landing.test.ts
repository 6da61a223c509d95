/**
 * The landing page (/), the README page (/readme) and the favicons in real Chromium against
 * Kizuna on the test Neo4j: what the page says, that every link on it answers, that /, /readme,
 * /explore and /graphiql load with no console error and no failed request, no horizontal overflow
 * at phone, tablet and desktop sizes, and no serious or critical axe-core violation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExplorer } from './support/explorerPage.js';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { screenshot } from './support/launchBrowser.js';

const MOC_2023 = 'moc-2023-industrial-science-technology';
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
] as const;

const env = useExplorer();

/** Navigates to a path of the server and fails unless it answered 200 (a 404 page has no overflow either). */
async function gotoOk(page: Page, path: string): Promise<void> {
  const res = await page.goto(`${env.kizuna.origin}${path}`);
  expect(res?.status(), path).toBe(200);
}

/** Whether the page is wider than the window, i.e. scrolls sideways. */
function overflows(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
}

/** Every link's absolute URL on the page, in document order. */
function linksOf(page: Page): Promise<string[]> {
  return page.$$eval('a[href]', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
}

/** GETs a URL and resolves its status and content type, reading the body to the end (exports stream). */
async function get(url: string): Promise<{ status: number; type: string; body: Buffer }> {
  const res = await fetch(url);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: Buffer.from(await res.arrayBuffer()) };
}

/** Opens a page, recording every response of 400 or more and every request that failed outright. */
async function openRecording(url: string, ready: (page: Page) => Promise<unknown>): Promise<{ page: Page; failed: string[] }> {
  const page = await env.browser.newPage();
  const failed: string[] = [];
  page.on('response', (res) => {
    if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
  });
  page.on('requestfailed', (req) => failed.push(`${req.failure()?.errorText ?? 'failed'} ${req.url()}`));
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  return { page, failed };
}

describe('the landing page', () => {
  it('says what Kizuna is and links to the explorer, GraphiQL, the exports and the README, every link answering', async () => {
    const page = await env.browser.newPage();
    await gotoOk(page, '/');
    expect(await page.title()).toContain('Kizuna');
    expect(await page.locator('h1').textContent()).toContain('Kizuna');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Canada–Japan cooperation');
    expect(text).toMatch(/lineage/i);
    expect(text).toMatch(/overlap/i);
    expect(text).toContain('verbatim excerpt');

    const links = await linksOf(page);
    const paths = links.map((href) => new URL(href)).map((url) => url.pathname + url.search + url.hash);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/explore',
        `/explore?focus=${MOC_2023}&view=lineage`,
        '/graphiql',
        '/export/graph.jsonld',
        '/export/nodes.csv',
        '/export/edges.csv',
        '/readme#the-graph',
        '/readme#the-api',
        '/readme#the-explorer',
      ]),
    );
    // Every link stays on this server and answers 2xx; a link into a page's section finds its id there.
    expect(links.filter((href) => new URL(href).origin !== env.kizuna.origin)).toEqual([]);
    const pages = new Map<string, string>();
    for (const href of new Set(links.map((link) => link.replace(/#.*$/, '')))) {
      const res = await get(href);
      expect(res.status, href).toBeGreaterThanOrEqual(200);
      expect(res.status, href).toBeLessThan(300);
      pages.set(href, res.body.toString('utf8'));
    }
    for (const href of links.filter((link) => link.includes('#'))) {
      const [base, fragment] = href.split('#') as [string, string];
      expect(pages.get(base), href).toContain(`id="${decodeURIComponent(fragment)}"`);
    }
    await page.close();
  });

  it('serves the README as HTML with heading anchors, working images and no links that 404', async () => {
    const page = await env.browser.newPage();
    await gotoOk(page, '/readme');
    expect(await page.locator('main h1').textContent()).toContain('Kizuna');
    for (const id of ['run-it-and-test-it', 'the-graph', 'the-api', 'exports', 'the-explorer', 'health-readiness-and-metrics']) {
      expect(await page.locator(`main h2[id="${id}"], main h3[id="${id}"]`).count(), id).toBe(1);
    }
    // The contents list and the README's own links point at headings that exist.
    const fragments = (await linksOf(page)).filter((href) => href.startsWith(`${env.kizuna.origin}/readme#`));
    expect(fragments.length).toBeGreaterThan(20);
    for (const href of fragments) {
      const id = decodeURIComponent(new URL(href).hash.slice(1));
      expect(await page.locator(`[id="${id}"]`).count(), href).toBe(1);
    }
    for (const href of new Set((await linksOf(page)).filter((link) => new URL(link).origin === env.kizuna.origin))) {
      expect((await get(href.replace(/#.*$/, ''))).status, href).toBe(200);
    }
    const images = await page.$$eval('main img', (imgs) => imgs.map((img) => (img as HTMLImageElement).src));
    expect(images.length).toBeGreaterThanOrEqual(2);
    for (const src of images) {
      const res = await get(src);
      expect(res.status, src).toBe(200);
      expect(res.type, src).toMatch(/^image\//);
    }
    await page.close();
  });

  it('draws 絆 in the bundled Noto Sans JP, fetched from this server, not as an empty box', async () => {
    const page = await env.browser.newPage();
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.woff2')) fonts.push(request.url());
    });
    await page.goto(`${env.kizuna.origin}/`);
    await page.evaluate(() => document.fonts.ready);
    const title = await page.evaluate(() => {
      const kanji = document.querySelector('h1 [lang="ja"]');
      return { text: kanji?.textContent, loaded: document.fonts.check('700 40px "Noto Sans JP"', '絆') };
    });
    expect(title.text).toBe('絆');
    expect(title.loaded).toBe(true);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((url) => url.startsWith(env.kizuna.origin))).toBe(true);
    await page.close();
  });

  it('serves a favicon as /favicon.ico and /favicon.svg, linked from every page', async () => {
    const ico = await get(`${env.kizuna.origin}/favicon.ico`);
    expect(ico.status).toBe(200);
    expect(ico.type).toMatch(/^image\//);
    expect([...ico.body.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // an ICO header
    const svg = await get(`${env.kizuna.origin}/favicon.svg`);
    expect(svg.status).toBe(200);
    expect(svg.type).toContain('image/svg+xml');
    expect(svg.body.toString('utf8')).toContain('<svg');
    for (const path of ['/', '/readme', '/explore', '/graphiql']) {
      const html = (await get(`${env.kizuna.origin}${path}`)).body.toString('utf8');
      expect(html, path).toMatch(/<link rel="icon" href="\/favicon\.svg"/);
    }
  });

  it('loads /, /readme, /explore and /graphiql with no console error and no failed request', async () => {
    const pages: [string, (page: Page) => Promise<unknown>][] = [
      ['/', (page) => page.waitForSelector('h1')],
      ['/readme', (page) => page.waitForSelector('main h1')],
      ['/explore', (page) => page.waitForFunction(() => document.body.dataset.status === 'ready')],
      ['/graphiql', (page) => page.waitForSelector('#graphiql[data-status="ready"]')],
    ];
    for (const [path, ready] of pages) {
      const { page, failed } = await openRecording(`${env.kizuna.origin}${path}`, ready);
      expect(failed, path).toEqual([]);
      await page.close();
    }
    expect(env.browser.consoleErrors).toEqual([]);
    expect(env.browser.offHost).toEqual([]);
  });

  it('does not scroll sideways at 390×844, 768×1024 or 1440×900', async () => {
    const page = await env.browser.newPage();
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const path of ['/', '/readme']) {
        await gotoOk(page, path);
        const { scrollWidth, innerWidth } = await overflows(page);
        expect(scrollWidth, `${path} at ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(innerWidth);
      }
      await gotoOk(page, '/');
      await screenshot(page, `landing-${viewport.width}x${viewport.height}`);
    }
    // The measurement sees an overflow when there is one.
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<pre>' + 'x'.repeat(400) + '</pre>'));
    const wide = await overflows(page);
    expect(wide.scrollWidth).toBeGreaterThan(wide.innerWidth);
    await page.close();
  });

  it('has no serious or critical accessibility violation (axe-core, WCAG 2.2 AA)', async () => {
    const page = await env.browser.newPage();
    for (const viewport of [VIEWPORTS[0], VIEWPORTS[2]]) {
      await page.setViewportSize(viewport);
      await gotoOk(page, '/');
      await expectNoSeriousAxeViolations(page, `the landing page at ${viewport.width}×${viewport.height}`);
    }
    await gotoOk(page, '/readme');
    await expectNoSeriousAxeViolations(page, 'the README page at 1440×900');
    // The helper fails on a page that has a critical violation (an image without alternative text).
    await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="/favicon.svg">'));
    await expect(expectNoSeriousAxeViolations(page, 'a page with an unlabelled image')).rejects.toThrow(/image-alt/);
    await page.close();
  });
});
