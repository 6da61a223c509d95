/**
 * Shared steps for driving the explorer in a browser test: wait for a view to settle, find where
 * Cytoscape drew a node, click it as a user would, and read the hook the page exposes
 * (window.kizunaExplorer: the Cytoscape instance, the state and the current drawing).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestKizuna, type TestKizuna } from '../../integration/support/startTestKizuna.js';
import { launchBrowser, type LaunchOptions, type TestBrowser } from './launchBrowser.js';

/** Waits until the explorer has settled on `view` with every id in `ids` drawn. */
export async function waitForView(page: Page, view: string, ids: string[] = []): Promise<void> {
  await page.waitForFunction(
    ([view, ids]) => {
      const hook = window.kizunaExplorer;
      return (
        document.body.dataset.status === 'ready' &&
        document.body.dataset.view === view &&
        hook !== undefined &&
        hook.cy.nodes().length > 0 &&
        (ids as string[]).every((id) => hook.cy.getElementById(id).nonempty())
      );
    },
    [view, ids] as const,
    { timeout: 60_000 },
  );
}

/** Zooms to 1.2 on a node, centres it, and returns where it is on the page (CSS px), to click or tap. */
export function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const cy = window.kizunaExplorer!.cy;
    const node = cy.getElementById(id);
    cy.zoom(1.2);
    cy.center(node);
    const box = cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

/** Clicks a node on the canvas where Cytoscape drew it, and waits for its details. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const point = await nodePoint(page, id);
  await page.mouse.click(point.x, point.y);
  await page.waitForSelector(`#details h3[data-node-id="${id}"]`);
}

/** A node's x in graph coordinates. */
export function nodeX(page: Page, id: string): Promise<number> {
  return page.evaluate((id) => window.kizunaExplorer!.cy.getElementById(id).position('x'), id);
}

/** Whether a drawn node is on screen (not hidden by a filter). */
export function isVisible(page: Page, id: string): Promise<boolean> {
  return page.evaluate((id) => {
    const node = window.kizunaExplorer!.cy.getElementById(id);
    return node.nonempty() && node.visible();
  }, id);
}

/** The ids of the nodes on screen (year axis left out), sorted. */
export function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window
      .kizunaExplorer!.cy.nodes(':visible')
      .not('.axis')
      .map((n) => n.id())
      .sort(),
  );
}

/** Kizuna on the test Neo4j and a browser, shared by one test file's tests. */
export interface ExplorerEnv {
  readonly kizuna: TestKizuna;
  readonly browser: TestBrowser;
  /** Opens /explore`query` and waits until `view` is drawn with `ids`. */
  open(query: string, view: string, ids?: string[]): Promise<Page>;
}

/**
 * Starts Kizuna and a browser before the file's tests and stops both after them (vitest hooks,
 * so call it at the top level of a test file). The fields are set once beforeAll has run.
 */
export function useExplorer(options: LaunchOptions = {}): ExplorerEnv {
  let kizuna: TestKizuna | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    kizuna = await startTestKizuna();
    browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await browser?.close();
    await kizuna?.stop();
  });
  return {
    get kizuna() {
      if (!kizuna) throw new Error('useExplorer: Kizuna is not started yet (use it inside a test)');
      return kizuna;
    },
    get browser() {
      if (!browser) throw new Error('useExplorer: the browser is not launched yet (use it inside a test)');
      return browser;
    },
    async open(query, view, ids = []) {
      const page = await this.browser.newPage();
      await page.goto(`${this.kizuna.origin}/explore${query}`);
      await waitForView(page, view, ids);
      return page;
    },
  };
}
