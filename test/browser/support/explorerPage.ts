/**
 * Shared steps for driving the explorer in a browser test: wait for a view to settle, find where
 * Cytoscape drew a node, click it as a user would, and read the hook the page exposes
 * (window.kizunaExplorer: the Cytoscape instance, the state and the current drawing).
 */
import type { Page } from 'playwright-core';

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

/** Clicks a node on the canvas where Cytoscape drew it, and waits for its details. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((id) => {
    const cy = window.kizunaExplorer!.cy;
    const node = cy.getElementById(id);
    cy.zoom(1.2);
    cy.center(node);
    const box = cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
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
