/**
 * Evidence a researcher can cite, and a page everyone can use: every evidence item names its
 * source (title, publisher, date, locator, link); "Cite" gives APA, Chicago, BibTeX and RIS for a
 * link, a node and the view (Citation.js, in the page); axe-core finds no serious or critical
 * WCAG 2.2 AA violation on the explorer's views, the citation dialog and GraphiQL.
 */
import { describe, expect, it } from 'vitest';
import * as contrast from 'wcag-contrast';
import type { Page } from 'playwright-core';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { waitForView, useExplorer } from './support/explorerPage.js';

const MOC_2023 = 'moc-2023-industrial-science-technology';
const ARRANGEMENT_1985 = 'arrangement-1985-industrial-cooperation';

const env = useExplorer();

const open = (query: string, view: string, ids: string[] = []): Promise<Page> => env.open(query, view, ids);

/** Opens the Cite dialog with `opener` and returns the text of each format. */
async function citeAll(page: Page, opener: string): Promise<Record<string, string>> {
  await page.click(opener);
  await page.waitForSelector('#cite-dialog[open] pre[data-format="apa"]', { timeout: 60_000 });
  const texts: Record<string, string> = {};
  for (const format of ['apa', 'chicago', 'bibtex', 'ris']) {
    await page.click(`#cite-dialog button[data-format="${format}"]`);
    await page.waitForSelector(`#cite-dialog pre[data-format="${format}"]`, { timeout: 60_000 });
    texts[format] = (await page.textContent('#cite-dialog pre')) ?? '';
  }
  return texts;
}

describe('evidence a researcher can cite', () => {
  it('names each source with title, publisher, date and link, and cites a node, a link and the view', async () => {
    const page = await open(`?focus=${MOC_2023}`, 'neighbourhood', [MOC_2023]);
    await page.waitForSelector(`#details h3[data-node-id="${MOC_2023}"]`);
    const item = page.locator('#details .evidence li').first();
    const sourceId = await item.getAttribute('data-source-id');
    const source = (await (
      await fetch(`${env.kizuna.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query($id: ID!) { source(id: $id) { title url publisher published { value } } }',
          variables: { id: sourceId },
        }),
      })
    ).json()) as { data: { source: { title: string; url: string | null; publisher: string | null; published: { value: string | null } } } };
    const expected = source.data.source;
    const text = (await item.textContent()) ?? '';
    expect(text).toContain(expected.title);
    if (expected.publisher) expect(text).toContain(expected.publisher);
    if (expected.published.value) expect(text).toContain(expected.published.value);
    if (expected.url) expect(await item.locator('.source a').getAttribute('href')).toBe(expected.url);
    expect(await page.locator('#details .evidence .locator').count()).toBeGreaterThan(0);

    const node = await citeAll(page, '#details button[data-action="cite"]');
    expect(node.apa).toContain(expected.title.slice(0, 30));
    expect(node.chicago).not.toBe(node.apa);
    expect(node.bibtex).toMatch(/^@\w+\{/m);
    expect(node.ris).toMatch(/^TY {2}- /m);
    expect(node.ris).toMatch(/^ER {2}- /m);
    await expectNoSeriousAxeViolations(page, 'the Cite dialog');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#cite-dialog')).toBe(false);
    // Focus goes back to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('cite');

    // A link's evidence.
    await page.click('#details li[data-edge] button >> nth=0');
    await page.waitForSelector('#details h3[data-edge-id]');
    const edge = await citeAll(page, '#details button[data-action="cite"]');
    expect(edge.bibtex).toMatch(/title\s*=\s*\{/);
    await page.keyboard.press('Escape');

    // The view: the dataset itself, with the view's link.
    const view = await citeAll(page, '#cite-view');
    expect(view.apa).toContain('Kizuna');
    expect(view.ris).toContain('/explore?');
    await page.keyboard.press('Escape');
    await page.close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const views: [string, string, string, string[]][] = [
    ['the empty explorer', '', '', []],
    ['the neighbourhood view', `?focus=${MOC_2023}`, 'neighbourhood', [MOC_2023]],
    ['the lineage view', `?focus=${MOC_2023}&view=lineage`, 'lineage', [MOC_2023]],
    ['the overlap view', `?view=overlap&selection=${ARRANGEMENT_1985},${MOC_2023}`, 'overlap', [MOC_2023]],
    ['the path view', `?view=path&selection=${ARRANGEMENT_1985},${MOC_2023}`, 'path', [MOC_2023]],
  ];
  for (const [label, query, view, ids] of views) {
    it(`finds no serious or critical violation on ${label}`, async () => {
      const page = await env.browser.newPage();
      await page.goto(`${env.kizuna.origin}/explore${query}`);
      if (view) await waitForView(page, view, ids);
      else await page.waitForFunction(() => document.body.dataset.status === 'ready');
      await expectNoSeriousAxeViolations(page, label);
      await page.close();
    });
  }

  it('finds no serious or critical violation on GraphiQL', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.kizuna.origin}/graphiql`);
    await page.waitForSelector('#graphiql[data-status="ready"]');
    await page.waitForSelector('.graphiql-container');
    await expectNoSeriousAxeViolations(page, 'GraphiQL');
    await page.close();
  });

  it('keeps every control focusable with a visible focus ring of 3:1 or more', async () => {
    const page = await open(`?focus=${MOC_2023}`, 'neighbourhood', [MOC_2023]);
    await page.focus('#view-buttons button[data-view="lineage"]');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
    });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    // rgb(26, 82, 118) is #1a5276: 8.1:1 against white.
    expect(ring.color).toBe('rgb(26, 82, 118)');
    await page.close();
  });

  it('draws links, kinds and the open node at 3:1 or more against the canvas (WCAG 1.4.11)', async () => {
    const page = await open(`?focus=${MOC_2023}`, 'neighbourhood', [MOC_2023]);
    await page.waitForFunction((id) => window.kizunaExplorer!.cy.getElementById(id).hasClass('active'), MOC_2023);
    const colours = await page.evaluate((id) => {
      const cy = window.kizunaExplorer!.cy;
      const kinds = [...new Set(cy.nodes().map((n) => String(n.data('kind'))))];
      return {
        canvas: getComputedStyle(cy.container()!).backgroundColor,
        edge: String(cy.edges().first().style('line-color')),
        active: String(cy.getElementById(id).style('border-color')),
        kinds: kinds.map((kind) => [kind, String(cy.nodes(`[kind = "${kind}"]`).first().style('background-color'))]),
      };
    }, MOC_2023);
    const rgbOf = (css: string): number[] => (css.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    const canvas = rgbOf(colours.canvas);
    expect(contrast.rgb(rgbOf(colours.edge), canvas)).toBeGreaterThanOrEqual(3);
    expect(contrast.rgb(rgbOf(colours.active), canvas)).toBeGreaterThanOrEqual(3);
    for (const [kind, colour] of colours.kinds) {
      expect(contrast.rgb(rgbOf(colour!), canvas), kind).toBeGreaterThanOrEqual(3);
    }
    await page.close();
  });

  it('logged no console errors and sent nothing off the machine', () => {
    expect(env.browser.offHost).toEqual([]);
    expect(env.browser.consoleErrors).toEqual([]);
  });
});
