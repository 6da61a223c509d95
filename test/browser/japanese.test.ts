/**
 * Japanese renders as Japanese, not as empty boxes, on a machine with no CJK font (this one has
 * none: `fc-list :lang=ja` is empty): the explorer ships Noto Sans JP (explorer/src/fonts.ts) from
 * its own server and fetches its glyph chunks only once Japanese text is on screen.
 *
 * Proof that the glyphs are real: each character of 経済産業省 and 通商産業省 is drawn on a canvas in
 * the page's own font stack, and the drawings must differ between different characters (boxes are
 * all alike) and match between the same ones (産業省 in both); the same drawings come out with
 * "Noto Sans JP" alone, and Chromium reports Noto Sans JP, a web font, as the font the search box's
 * text is set in. So it is our font that renders, even on a machine that has a CJK font of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExplorer } from './support/explorerPage.js';
import { isJapanese, japaneseRuns } from '../../explorer/src/i18n.js';
import { artifactsDir, screenshot } from './support/launchBrowser.js';

/** METI's Japanese name in the seeded graph (seeds/institutions/japan.yaml), and MITI's. */
const METI_JA = '経済産業省';
const MITI_JA = '通商産業省';
const MOC_2023 = 'moc-2023-industrial-science-technology';
const FAMILY = 'Noto Sans JP';
/** The font's files, as the bundle names them. */
const FONT_FILE = /\/noto-sans-jp-[^/]*\.woff2$/;

const env = useExplorer();

interface Fetched {
  url: string;
  /** The body size, once Playwright has it. */
  bytes: Promise<number>;
}

/** Every request the page completes. */
function recordRequests(page: Page): Fetched[] {
  const fetched: Fetched[] = [];
  page.on('requestfinished', (request) => {
    fetched.push({
      url: request.url(),
      bytes: request.sizes().then(
        (sizes) => sizes.responseBodySize,
        () => 0,
      ),
    });
  });
  return fetched;
}

const fontFiles = (fetched: Fetched[]): Fetched[] => fetched.filter((f) => FONT_FILE.test(new URL(f.url).pathname));
const totalBytes = async (files: Fetched[]): Promise<number> => (await Promise.all(files.map((f) => f.bytes))).reduce((a, b) => a + b, 0);

/**
 * Waits until the fonts have settled: the browser has no font load pending, and every Noto Sans JP
 * face it loaded was one file fetched (so the list of requests is complete). Returns the files.
 */
async function fontsSettled(page: Page, fetched: Fetched[]): Promise<Fetched[]> {
  await page.evaluate(async () => {
    await new Promise(requestAnimationFrame);
    await document.fonts.ready;
  });
  await expect
    .poll(async () => {
      const loaded = (await notoFaces(page)).filter((face) => face.status === 'loaded').length;
      return fontFiles(fetched).length - loaded;
    })
    .toBe(0);
  return fontFiles(fetched);
}

async function openExplorer(page: Page): Promise<void> {
  await page.goto(`${env.kizuna.origin}/explore`);
  await page.waitForFunction(() => document.body.dataset.status === 'ready');
}

/** The Noto Sans JP faces the page has, by status. */
function notoFaces(page: Page): Promise<{ weight: string; status: string }[]> {
  return page.evaluate((family) => {
    const faces: { weight: string; status: string }[] = [];
    document.fonts.forEach((face) => {
      if (face.family.replace(/["']/g, '') === family) faces.push({ weight: face.weight, status: face.status });
    });
    return faces;
  }, FAMILY);
}

/** Waits until a Noto Sans JP face has loaded (a chunk was fetched and applied). */
async function waitForNotoLoaded(page: Page): Promise<void> {
  const loaded = await page
    .waitForFunction(
      (family) => {
        let found = false;
        document.fonts.forEach((face) => {
          if (face.family.replace(/["']/g, '') === family && face.status === 'loaded') found = true;
        });
        return found;
      },
      FAMILY,
      { timeout: 15_000 },
    )
    .then(
      () => true,
      () => false,
    );
  expect(loaded, `${FAMILY} never loaded: does explorer/src/main.ts import './fonts.js'?`).toBe(true);
}

/** How platformFonts reports text set in our font: the files name themselves "Noto Sans JP Thin" (the family's first instance). */
function notoFont(glyphCount: number): unknown {
  return expect.objectContaining({ familyName: expect.stringMatching(/^Noto Sans JP\b/), isCustomFont: true, glyphCount });
}

/**
 * The fonts Chromium set `text` in, inside the element `selector` finds, through the DevTools
 * protocol (an input's text is in its shadow root, beside its placeholder).
 */
async function platformFonts(
  page: Page,
  selector: string,
  text: string,
): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  interface DomNode {
    nodeId: number;
    nodeType: number;
    nodeValue: string;
    children?: DomNode[];
    shadowRoots?: DomNode[];
  }
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const inside = (node: DomNode): DomNode[] => [...(node.shadowRoots ?? []), ...(node.children ?? [])];
    const find = (node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined =>
      test(node) ? node : inside(node).reduce<DomNode | undefined>((found, child) => found ?? find(child, test), undefined);
    const element = find(root, (node) => node.nodeId === nodeId)!;
    const holder = find(element, (node) => inside(node).some((child) => child.nodeType === 3 && child.nodeValue === text));
    expect(holder, `${selector} shows ${text}`).toBeDefined();
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: holder!.nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
}

describe('Japanese in the explorer', () => {
  it('fetches no Japanese font until Japanese is on screen, then only the chunks it needs', async () => {
    const page = await env.browser.newPage();
    const fetched = recordRequests(page);
    // The explorer's page as served, with its Japanese (the 日本語 toggle, the placeholder's
    // example) turned into English, so that nothing Japanese is on screen until the user types it.
    await page.route(
      (url) => url.pathname === '/explore',
      async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/ lang="ja"/g, '');
        const english = japaneseRuns(html)
          .map((run) => (run.lang === 'ja' ? 'Japanese' : run.text))
          .join('');
        await route.fulfill({ response, body: english });
      },
    );
    await openExplorer(page);
    await page.fill('#search-input', 'quantum');
    await page.press('#search-input', 'Enter');
    await page.locator(`#search-results button[data-id="${MOC_2023}"]`).click();
    await page.waitForSelector(`#details h3[data-node-id="${MOC_2023}"]`);
    await fontsSettled(page, fetched);

    const shown = await page.evaluate(() => [
      document.body.innerText,
      ...Array.from(document.querySelectorAll('[placeholder]')).map((element) => element.getAttribute('placeholder')),
    ]);
    expect(
      shown.filter((text) => isJapanese(text)),
      'the page shows no Japanese',
    ).toEqual([]);
    expect(fetched.length).toBeGreaterThan(0);
    expect(fontFiles(fetched).map((f) => f.url)).toEqual([]);
    // The rules are there (from the first paint), every face of them unloaded.
    const faces = await notoFaces(page);
    expect(faces.length, `no ${FAMILY} @font-face rules: does explorer/src/main.ts import './fonts.js'?`).toBeGreaterThan(0);
    expect(faces.filter((face) => face.status !== 'unloaded')).toEqual([]);

    // Japanese typed into the box fetches the few chunks its characters are in, and is redrawn in them.
    await page.fill('#search-input', MITI_JA);
    await waitForNotoLoaded(page);
    const chunks = await fontsSettled(page, fetched);
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBeLessThanOrEqual(MITI_JA.length);
    console.log(
      `Japanese font for "${MITI_JA}" typed on a page with no other Japanese: ${chunks.length} WOFF2 files, ${await totalBytes(chunks)} bytes`,
    );
    await expect.poll(() => platformFonts(page, '#search-input', MITI_JA)).toEqual([notoFont(MITI_JA.length)]);
    await page.close();
  });

  it('draws the Japanese typed into the search box in Noto Sans JP, fetched from our own server', async () => {
    const page = await env.browser.newPage();
    const fetched = recordRequests(page);
    await openExplorer(page);
    // What the page costs as it opens (it may show Japanese before anything is typed, e.g. a 日本語 toggle).
    const atOpen = [...(await fontsSettled(page, fetched))];

    await page.fill('#search-input', METI_JA);
    await page.press('#search-input', 'Enter');
    // The search finds METI by its Japanese name.
    await page.locator('#search-results button[data-id="meti"]').waitFor();
    // The glyphs the box shows were fetched and loaded.
    await waitForNotoLoaded(page);

    // Each character drawn on a canvas in the search box's own font stack: different characters
    // must differ (boxes would all be alike), the same ones match, and Noto Sans JP alone draws
    // exactly the same.
    const drawn = await page.evaluate(
      async ({ texts, family }) => {
        const input = document.querySelector<HTMLInputElement>('#search-input')!;
        const stack = getComputedStyle(input).fontFamily;
        await document.fonts.load(`16px "${family}"`, texts.join(''));
        await document.fonts.ready;
        const canvas = document.createElement('canvas');
        canvas.width = 48;
        canvas.height = 48;
        const context = canvas.getContext('2d', { willReadFrequently: true })!;
        // A glyph's drawing, cropped to its ink (so the stack's baseline metrics do not matter)
        // and hashed: equal drawings give equal hashes.
        const draw = async (char: string, font: string): Promise<{ ink: number; pixels: string }> => {
          context.clearRect(0, 0, 48, 48);
          context.font = `40px ${font}`;
          context.fillStyle = '#000';
          context.fillText(char, 4, 40);
          const alpha = context.getImageData(0, 0, 48, 48).data.filter((_, i) => i % 4 === 3);
          let [top, left, bottom, right] = [48, 48, -1, -1];
          alpha.forEach((a, i) => {
            if (a === 0) return;
            const [y, x] = [Math.floor(i / 48), i % 48];
            [top, left, bottom, right] = [Math.min(top, y), Math.min(left, x), Math.max(bottom, y), Math.max(right, x)];
          });
          const rows: number[] = [bottom - top, right - left];
          for (let y = top; y <= bottom; y++) rows.push(...alpha.subarray(y * 48 + left, y * 48 + right + 1));
          const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(rows.map((v) => v & 0xff)));
          const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
          return { ink: alpha.filter((a) => a > 0).length, pixels: hex.slice(0, 16) };
        };
        const drawAll = async (text: string, font: string): Promise<{ ink: number; pixels: string }[]> => {
          const drawings = [];
          for (const char of Array.from(text)) drawings.push(await draw(char, font));
          return drawings;
        };
        return {
          stack,
          checked: texts.map((text) => document.fonts.check(`16px "${family}"`, text)),
          inStack: [await drawAll(texts[0]!, stack), await drawAll(texts[1]!, stack)],
          alone: [await drawAll(texts[0]!, `"${family}"`), await drawAll(texts[1]!, `"${family}"`)],
        };
      },
      { texts: [METI_JA, MITI_JA], family: FAMILY },
    );
    expect(drawn.stack).toContain(FAMILY);
    expect(drawn.checked).toEqual([true, true]);
    const [meti, miti] = drawn.inStack as [{ ink: number; pixels: string }[], { ink: number; pixels: string }[]];
    for (const glyph of [...meti, ...miti]) expect(glyph.ink).toBeGreaterThan(30);
    // 経 済 産 業 省: five different drawings.
    expect(new Set(meti.map((glyph) => glyph.pixels)).size).toBe(5);
    // 通 商 differ from 経 済; 産 業 省 are the same characters and the same drawings.
    expect(miti[0]!.pixels).not.toBe(meti[0]!.pixels);
    expect(miti[1]!.pixels).not.toBe(meti[1]!.pixels);
    expect(miti.slice(2).map((glyph) => glyph.pixels)).toEqual(meti.slice(2).map((glyph) => glyph.pixels));
    expect(drawn.inStack).toEqual(drawn.alone);

    // Chromium says the box's text is set in Noto Sans JP, a web font.
    await expect.poll(() => platformFonts(page, '#search-input', METI_JA)).toEqual([notoFont(METI_JA.length)]);
    await screenshot(page, 'explorer-japanese-search');

    // Only the chunks holding the Japanese on screen (at most one per character and weight), all
    // from our server, none twice.
    const files = await fontsSettled(page, fetched);
    const onScreen = await page.evaluate(() => [
      document.body.innerText,
      ...Array.from(document.querySelectorAll('input, textarea')).map((element) => {
        const field = element as HTMLInputElement;
        return `${field.value} ${field.placeholder}`;
      }),
    ]);
    const japaneseChars = new Set(
      japaneseRuns(onScreen.join(' '))
        .filter((run) => run.lang === 'ja')
        .flatMap((run) => Array.from(run.text).filter((char) => isJapanese(char))),
    );
    const stylesheets = fetched.filter((f) => new URL(f.url).pathname.endsWith('.css'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThanOrEqual(japaneseChars.size * 2);
    expect(new Set(files.map((f) => f.url)).size).toBe(files.length);
    for (const f of files) expect(new URL(f.url).origin).toBe(env.kizuna.origin);
    const measured = {
      text: METI_JA,
      japaneseOnScreen: [...japaneseChars].join(''),
      atOpen: { fontFiles: atOpen.length, fontBytes: await totalBytes(atOpen) },
      fontFiles: files.length,
      fontBytes: await totalBytes(files),
      stylesheetBytes: await totalBytes(stylesheets),
      files: await Promise.all(files.map(async (f) => ({ file: path.basename(new URL(f.url).pathname), bytes: await f.bytes }))),
    };
    console.log(
      `Japanese font: on opening ${measured.atOpen.fontFiles} WOFF2 files, ${measured.atOpen.fontBytes} bytes; ` +
        `with "${METI_JA}" searched (${measured.japaneseOnScreen} on screen) ${measured.fontFiles} files, ${measured.fontBytes} bytes, ` +
        `(the page's stylesheets, with the @font-face rules: ${measured.stylesheetBytes} bytes)`,
    );
    fs.writeFileSync(path.join(artifactsDir, 'japanese-font.json'), JSON.stringify(measured, null, 2));
    await page.close();
  });

  it('sent nothing beyond 127.0.0.1 and logged no console errors', () => {
    expect(env.browser.offHost).toEqual([]);
    expect(env.browser.consoleErrors).toEqual([]);
  });
});
