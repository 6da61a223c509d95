/**
 * The explorer's one state model, in real Chromium against Kizuna on the test Neo4j: every change
 * (expand, select, filter, hide, undo, language) reaches the canvas, the panels, the URL and the
 * exports alike. Each test here is a defect a researcher met (issue 14) and failed before the fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import type cytoscape from 'cytoscape';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isVisible, nodeX, visibleNodeIds, waitForView, useExplorer } from './support/explorerPage.js';
import { artifactsDir } from './support/launchBrowser.js';

const MOC_2023 = 'moc-2023-industrial-science-technology';
const AGREEMENT_1986 = 'agreement-1986-science-technology';
const ARRANGEMENT_1985 = 'arrangement-1985-industrial-cooperation';

const env = useExplorer();

const open = (query: string, view: string, ids: string[] = []): Promise<Page> => env.open(query, view, ids);

/** Shows a drawn node's details through the keyboard-usable jump list. */
async function showViaJump(page: Page, id: string): Promise<void> {
  await page.selectOption('#jump', id);
  await page.waitForSelector(`#details h3[data-node-id="${id}"]`);
}

async function downloadText(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const target = path.join(artifactsDir, `state-${file.suggestedFilename()}`);
  await file.saveAs(target);
  return fs.readFileSync(target, 'utf8');
}

describe('the explorer keeps canvas, panels, URL and exports in step', () => {
  it('lists every drawn connection of a node after it is expanded', async () => {
    const page = await open(`?focus=${MOC_2023}`, 'neighbourhood', [MOC_2023, 'meti']);
    await showViaJump(page, 'meti');
    await page.click('#details button[aria-label^="Expand the neighbours of"]');
    await page.waitForFunction(() => window.kizunaExplorer!.state().expand.includes('meti'));
    await waitForView(page, 'neighbourhood', ['meti']);
    await page.waitForSelector('#details h3[data-node-id="meti"]');
    const drawn = await page.evaluate(
      () => window.kizunaExplorer!.cy.getElementById('meti').connectedEdges(':visible').not('.matchlink').length,
    );
    expect(drawn).toBeGreaterThan(1);
    await page.waitForFunction((n) => document.querySelectorAll('#details li[data-edge]').length === n, drawn);
    await page.close();
  });

  it('re-runs the overlap when the selection changes', async () => {
    const page = await open(`?view=overlap&selection=${ARRANGEMENT_1985},${MOC_2023},${AGREEMENT_1986}`, 'overlap', [ARRANGEMENT_1985]);
    const score = async (): Promise<number> => Number(await page.locator('#details [data-score]').getAttribute('data-score'));
    await page.waitForSelector('#details [data-score]');
    const before = await score();
    await page.click(`#selection li[data-id="${AGREEMENT_1986}"] button[aria-label^="Remove"]`);
    await page.waitForFunction(() => !window.kizunaExplorer!.state().selection.includes('agreement-1986-science-technology'));
    await waitForView(page, 'overlap', [ARRANGEMENT_1985, MOC_2023]);
    await page.waitForFunction(
      (old) => Number(document.querySelector('#details [data-score]')?.getAttribute('data-score')) !== old,
      before,
    );
    const after = await score();
    // The same two instruments loaded fresh give the same score.
    const fresh = await open(`?view=overlap&selection=${ARRANGEMENT_1985},${MOC_2023}`, 'overlap', [ARRANGEMENT_1985]);
    await fresh.waitForSelector('#details [data-score]');
    expect(Number(await fresh.locator('#details [data-score]').getAttribute('data-score'))).toBe(after);
    expect(after).not.toBe(before);
    expect(await page.evaluate(() => window.kizunaExplorer!.cy.getElementById('agreement-1986-science-technology').nonempty())).toBe(false);
    await fresh.close();
    await page.close();
  });

  it('places institutions in the lineage at the year they enter it, and says so in the legend', async () => {
    const page = await open(`?focus=${MOC_2023}&view=lineage`, 'lineage', [
      MOC_2023,
      ARRANGEMENT_1985,
      'miti',
      'department-of-external-affairs',
    ]);
    const [x1985, xMiti, xMoc, xDea] = await Promise.all([
      nodeX(page, ARRANGEMENT_1985),
      nodeX(page, 'miti'),
      nodeX(page, MOC_2023),
      nodeX(page, 'department-of-external-affairs'),
    ]);
    // MITI is party to the 1985 Arrangement: its column is 1985, not the latest instrument's.
    expect(xMiti).toBe(x1985);
    expect(xDea).toBeLessThan(xMoc);
    expect(await page.textContent('#legend')).toContain('the year it enters the lineage');
    await page.close();
  });

  it('validates the year range, filters by active period, never hides focus or selection, and exports only what is visible', async () => {
    const page = await open(`?focus=${MOC_2023}&view=lineage&selection=${ARRANGEMENT_1985}`, 'lineage', [MOC_2023, 'miti', 'drie']);
    // A reversed range is refused with a message; nothing is filtered.
    await page.fill('#year-from', '2030');
    await page.fill('#year-to', '1990');
    await page.click('#years-form button[type="submit"]');
    await page.waitForSelector('#years-error:not([hidden])');
    expect(await page.getAttribute('#year-from', 'aria-invalid')).toBe('true');
    expect(page.url()).not.toContain('from=');
    const everything = (await visibleNodeIds(page)).length;

    await page.fill('#year-from', '1990');
    await page.fill('#year-to', '2020');
    await page.click('#years-form button[type="submit"]');
    await page.waitForFunction(() => window.kizunaExplorer!.state().from === 1990);
    await page.waitForFunction(() => document.body.dataset.status === 'ready');
    expect(await page.isHidden('#years-error')).toBe(true);
    // MITI was active 1949–2001: it stays. DRIE (1983–1989) goes. The 2023 focus and the selected
    // 1985 Arrangement stay, whatever their year.
    expect(await isVisible(page, 'miti')).toBe(true);
    expect(await isVisible(page, 'drie')).toBe(false);
    expect(await isVisible(page, MOC_2023)).toBe(true);
    expect(await isVisible(page, ARRANGEMENT_1985)).toBe(true);
    const visible = await visibleNodeIds(page);
    expect(visible.length).toBeLessThan(everything);
    // No empty column: every year on the axis has a visible node under it.
    const emptyColumns = await page.evaluate(() => {
      const cy = window.kizunaExplorer!.cy;
      const xs = new Set(
        cy
          .nodes(':visible')
          .not('.axis')
          .nodes()
          .map((n) => Math.round(n.position('x'))),
      );
      return cy
        .nodes('.axis')
        .filter((a) => !xs.has(Math.round(a.position('x'))))
        .map((a) => String(a.data('label')));
    });
    expect(emptyColumns).toEqual([]);

    const json = JSON.parse(await downloadText(page, '#export-json')) as { nodes: { id: string }[]; state: { from: number } };
    expect(json.nodes.map((n) => n.id).sort()).toEqual(visible);
    expect(json.state.from).toBe(1990);
    const csv = await downloadText(page, '#export-nodes-csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.trim().split(/\r\n/).length - 1).toBe(visible.length);
    await page.close();
  });

  it('shows names, not ids or enum values, and labels that stay legible', async () => {
    // A deep-linked selection shows names.
    const page = await open(`?focus=drie&selection=${ARRANGEMENT_1985},${MOC_2023}`, 'neighbourhood', ['drie', 'change-1989-drie-to-istc']);
    await page.waitForFunction(
      (ids) => ids.every((id) => (document.querySelector(`#selection li[data-id="${id}"] button`)?.textContent ?? id) !== id),
      [ARRANGEMENT_1985, MOC_2023],
    );
    // A change event is labelled by what happened, not by its slug.
    const changeLabel = await page.evaluate(() =>
      String(window.kizunaExplorer!.cy.getElementById('change-1989-drie-to-istc').data('label')),
    );
    expect(changeLabel).not.toContain('change-1989');
    expect(changeLabel).toMatch(/\(1989\)/);
    // Details and connections speak in words.
    await page.click(`#selection li[data-id="${MOC_2023}"] button[aria-label^="Show"]`);
    await page.waitForSelector(`#details h3[data-node-id="${MOC_2023}"]`);
    const details = (await page.textContent('#details')) ?? '';
    expect(details).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b/);
    expect(details).not.toMatch(/\bSIGNED\b|\bMOC\b ·/);
    // Labels wrap rather than being cut, and none is drawn below 9.5 px on screen.
    const labels = await page.evaluate(() => {
      const cy = window.kizunaExplorer!.cy;
      const drawn = cy.nodes(':visible').filter((n) => n.style('label') !== '' && n.style('text-opacity') !== '0');
      return {
        wrap: cy.nodes().first().style('text-wrap') as string,
        smallest: Math.min(...drawn.map((n) => parseFloat(String(n.style('font-size'))) * cy.zoom())),
      };
    });
    expect(labels.wrap).toBe('wrap');
    expect(labels.smallest).toBeGreaterThanOrEqual(9.5);
    await page.close();

    // The lineage, zoomed out to fit, hides labels it cannot draw legibly instead of drawing specks.
    const lineage = await open(`?focus=${MOC_2023}&view=lineage`, 'lineage', [MOC_2023]);
    const smallest = await lineage.evaluate(() => {
      const cy = window.kizunaExplorer!.cy;
      const drawn = cy.nodes(':visible').filter((n) => n.style('label') !== '');
      return Math.min(...drawn.map((n) => parseFloat(String(n.style('font-size'))) * cy.zoom()));
    });
    expect(smallest).toBeGreaterThanOrEqual(9.5);
    await lineage.close();

    // A small graph is not blown up to fill the screen.
    const path = await open(`?view=path&selection=meti,miti`, 'path', ['meti', 'miti']);
    expect(await path.evaluate(() => window.kizunaExplorer!.cy.zoom())).toBeLessThanOrEqual(1.4);
    await path.close();
  });

  it('keeps keyboard focus on the control after a panel action', async () => {
    const page = await open(`?focus=${MOC_2023}`, 'neighbourhood', [MOC_2023]);
    await page.waitForSelector(`#details h3[data-node-id="${MOC_2023}"]`);
    await page.focus('#details button[data-action="pick"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.kizunaExplorer!.state().selection.includes(id), MOC_2023);
    await page.waitForFunction(
      () => document.querySelector('#details button[data-action="pick"]')?.textContent === 'Remove from selection',
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('pick');
    await page.close();
  });

  it('filters by kind and link type, hides and pins nodes, and undoes each step', async () => {
    const page = await open(`?focus=${MOC_2023}`, 'neighbourhood', [MOC_2023, 'meti', 'quantum']);
    await page.uncheck('#kind-filters input[data-kind="TechnologyArea"]');
    await page.waitForFunction(() => window.kizunaExplorer!.state().kinds.includes('TechnologyArea'));
    expect(await isVisible(page, 'quantum')).toBe(false);
    expect(page.url()).toContain('kinds=TechnologyArea');
    await page.uncheck('#relation-filters input[data-relation="PARTICIPATES_IN"]');
    await page.waitForFunction(() => window.kizunaExplorer!.state().rels.includes('PARTICIPATES_IN'));
    expect(await page.evaluate(() => window.kizunaExplorer!.cy.edges('[relation = "PARTICIPATES_IN"]:visible').length)).toBe(0);

    await showViaJump(page, 'meti');
    await page.click('#details button[data-action="hide"]');
    await page.waitForFunction(() => window.kizunaExplorer!.state().hide.includes('meti'));
    expect(await isVisible(page, 'meti')).toBe(false);
    expect(await page.textContent('#hidden-list')).toContain('METI');

    // Undo, three times: METI back, links back, areas back.
    await page.click('#undo');
    await page.waitForFunction(() => !window.kizunaExplorer!.state().hide.includes('meti'));
    expect(await isVisible(page, 'meti')).toBe(true);
    await page.focus('#cy');
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => window.kizunaExplorer!.state().rels.length === 0);
    await page.click('#undo');
    await page.waitForFunction(() => window.kizunaExplorer!.state().kinds.length === 0);
    expect(await isVisible(page, 'quantum')).toBe(true);

    // A pinned node keeps its place when the view is redrawn around it.
    await showViaJump(page, 'meti');
    await page.click('#details button[data-action="pin"]');
    await page.waitForFunction(() => window.kizunaExplorer!.state().pin.includes('meti'));
    const before = await page.evaluate(() => ({
      ...(window.kizunaExplorer!.cy.getElementById('meti') as unknown as cytoscape.NodeSingular).position(),
    }));
    await showViaJump(page, 'quantum');
    await page.click('#details button[aria-label^="Expand the neighbours of"]');
    await page.waitForFunction(() => window.kizunaExplorer!.state().expand.includes('quantum'));
    await waitForView(page, 'neighbourhood', ['meti', 'quantum']);
    const after = await page.evaluate(() => ({
      ...(window.kizunaExplorer!.cy.getElementById('meti') as unknown as cytoscape.NodeSingular).position(),
    }));
    expect(after).toEqual(before);
    await page.close();
  });

  it('suggests as you type, explains why a node is in a lineage, and keeps named views', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.kizuna.origin}/explore`);
    await page.waitForFunction(() => document.body.dataset.status === 'ready');
    await page.focus('#search-input');
    await page.keyboard.type('Ministry of Economy', { delay: 20 });
    await page.waitForSelector('#suggestions li[data-id="meti"]');
    const text = (await page.textContent('#suggestions li[data-id="meti"]')) ?? '';
    expect(text).toContain('Institution');
    expect(text).toContain('2001');
    const position = await page.evaluate(() =>
      Array.from(document.querySelectorAll('#suggestions li')).findIndex((li) => li.getAttribute('data-id') === 'meti'),
    );
    for (let i = 0; i <= position; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForView(page, 'neighbourhood', ['meti']);
    expect(page.url()).toContain('focus=meti');

    await page.goto(`${env.kizuna.origin}/explore?focus=${MOC_2023}&view=lineage`);
    await waitForView(page, 'lineage', [MOC_2023, ARRANGEMENT_1985]);
    await showViaJump(page, ARRANGEMENT_1985);
    const chain = await page.locator('#details .why ol li').allTextContents();
    expect(chain.length).toBeGreaterThan(0);
    expect(chain[0]).toContain('2023 MOC');

    await page.fill('#save-view-name', 'MOC lineage');
    await page.click('#save-view-form button[type="submit"]');
    await page.goto(`${env.kizuna.origin}/explore`);
    await page.waitForFunction(() => document.body.dataset.status === 'ready');
    await page.click('#saved-views button[aria-label="Open the saved view MOC lineage"]');
    await waitForView(page, 'lineage', [MOC_2023]);
    expect(page.url()).toContain(`focus=${MOC_2023}`);
    await page.close();
  });

  it('switches labels between English and Japanese, and lists every name with its kind and period', async () => {
    const page = await open('?focus=meti', 'neighbourhood', ['meti']);
    await page.waitForSelector('#details h3[data-node-id="meti"]');
    expect(await page.evaluate(() => String(window.kizunaExplorer!.cy.getElementById('meti').data('label')))).toBe('METI');
    await page.check('input[name="labels"][value="ja"]');
    await page.waitForFunction(() => window.kizunaExplorer!.state().lang === 'ja');
    expect(page.url()).toContain('lang=ja');
    const label = await page.evaluate(() => {
      const node = window.kizunaExplorer!.cy.getElementById('meti');
      return { text: String(node.data('label')), font: String(node.style('font-family')) };
    });
    expect(label.text).toBe('経済産業省');
    // The canvas draws the label in the bundled Japanese font (Cytoscape silently drops a stack it cannot parse).
    expect(label.font.startsWith('"Noto Sans JP"')).toBe(true);
    // The details list every name, Japanese marked lang="ja", with kind and period.
    const japanese = page.locator('#details .names li[data-name-kind="JAPANESE"]');
    expect(await japanese.locator('[lang="ja"]').textContent()).toBe('経済産業省');
    expect(await japanese.textContent()).toContain('Japanese name');
    expect(await page.locator('#details .names li').count()).toBeGreaterThan(1);
    // Back to English.
    await page.check('input[name="labels"][value="en"]');
    await page.waitForFunction(() => String(window.kizunaExplorer!.cy.getElementById('meti').data('label')) === 'METI');
    await page.close();
  });

  it('logged no console errors and sent nothing off the machine', () => {
    expect(env.browser.offHost).toEqual([]);
    expect(env.browser.consoleErrors).toEqual([]);
  });
});
