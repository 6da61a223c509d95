/**
 * The explorer and GraphiQL in real Chromium against Kizuna on the test Neo4j: search, lineage,
 * overlap, path, edge evidence, deep links, exports, keyboard use, offline-only requests, no
 * console errors, and the 2,000-node interactivity measurement.
 */
import fs from 'node:fs';
import path from 'node:path';
import type cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe.js';
import { clickNode, nodeX, waitForView, useExplorer } from './support/explorerPage.js';
import { artifactsDir, screenshot } from './support/launchBrowser.js';

const MOC_2023 = 'moc-2023-industrial-science-technology';
const AGREEMENT_1986 = 'agreement-1986-science-technology';
const ARRANGEMENT_1985 = 'arrangement-1985-industrial-cooperation';

const env = useExplorer();

describe('the explorer', () => {
  it('follows a researcher from a search to lineage, overlap and path, with evidence, exports and deep links', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.kizuna.origin}/explore`);
    await page.waitForFunction(() => document.body.dataset.status === 'ready');

    // Search "quantum" and open the 2023 MOC.
    await page.fill('#search-input', 'quantum');
    await page.press('#search-input', 'Enter');
    const moc = page.locator(`#search-results button[data-id="${MOC_2023}"]`);
    await moc.waitFor();
    expect(await page.locator('#search-results button[data-id]').count()).toBeGreaterThan(3);
    // The 2026 Roadmap does not say quantum: it is there because it covers the area, and says so.
    const roadmap = page.locator('#search-results button[data-id="roadmap-2026-comprehensive-strategic"]');
    expect(await roadmap.textContent()).toContain('via COVERS Quantum technologies');
    await moc.click();
    await waitForView(page, 'neighbourhood', [MOC_2023]);
    expect(page.url()).toContain(`focus=${MOC_2023}`);
    await page.waitForSelector(`#details h3[data-node-id="${MOC_2023}"]`);
    await screenshot(page, 'explorer-neighbourhood');

    // Lineage: the 1986 Agreement and the 1985 Arrangement appear, laid out left to right by year.
    await page.click('#view-buttons button[data-view="lineage"]');
    await waitForView(page, 'lineage', [MOC_2023, AGREEMENT_1986, ARRANGEMENT_1985]);
    expect(page.url()).toContain('view=lineage');
    await page.waitForSelector(`#details h3[data-node-id="${MOC_2023}"]`);
    const [x1985, x1986, x2023] = await Promise.all([nodeX(page, ARRANGEMENT_1985), nodeX(page, AGREEMENT_1986), nodeX(page, MOC_2023)]);
    expect(x1985).toBeLessThan(x1986);
    expect(x1986).toBeLessThan(x2023);
    await screenshot(page, 'explorer-lineage');

    // Clicking an edge shows the evidence behind it. The details' centring animation must end first,
    // or it moves the viewport between measuring the edge and clicking it.
    await page.waitForFunction(() => !window.kizunaExplorer!.cy.animated());
    const edgePoint = await page.evaluate(() => {
      const cy = window.kizunaExplorer!.cy;
      cy.fit(undefined, 30);
      // The edge whose midpoint is farthest from any node, so the click cannot land on a node …
      let best: { edge: cytoscape.EdgeSingular | null; gap: number } = { edge: null, gap: -1 };
      cy.edges().forEach((edge) => {
        const m = edge.renderedMidpoint();
        const gap = Math.min(...cy.nodes().map((n) => Math.hypot(n.renderedPosition().x - m.x, n.renderedPosition().y - m.y)));
        if (gap > best.gap) best = { edge, gap };
      });
      // … seen close enough that a one-pixel line is a target a hand could hit (a large lineage fits
      // at a zoom where it is not).
      const edge = best.edge!;
      cy.fit(edge.connectedNodes(), 120);
      const box = cy.container()!.getBoundingClientRect();
      const m = edge.renderedMidpoint();
      return { x: box.left + m.x, y: box.top + m.y };
    });
    await page.mouse.click(edgePoint.x, edgePoint.y);
    await page.waitForSelector('#details h3[data-edge-id]');
    expect(await page.locator('#details .evidence li').count()).toBeGreaterThan(0);
    expect(await page.locator('#details .evidence blockquote').first().textContent()).toMatch(/\S{3}/);

    // Select the 1985 Arrangement (on the canvas) and the 2023 MOC (through the keyboard-usable jump list).
    await page.evaluate(() => window.kizunaExplorer!.cy.fit());
    await clickNode(page, ARRANGEMENT_1985);
    await page.click('#details button[data-action="pick"]');
    await page.selectOption('#jump', MOC_2023);
    await page.waitForSelector(`#details h3[data-node-id="${MOC_2023}"]`);
    await page.click('#details button[data-action="pick"]');
    expect(page.url()).toContain(`selection=${ARRANGEMENT_1985},${MOC_2023}`);

    // Overlap: advanced manufacturing highlighted as SAME; the score shown.
    await page.click('#view-buttons button[data-view="overlap"]');
    await waitForView(page, 'overlap', [ARRANGEMENT_1985, MOC_2023, 'advanced-manufacturing']);
    expect(await page.evaluate(() => window.kizunaExplorer!.cy.getElementById('advanced-manufacturing').hasClass('match'))).toBe(true);
    await page.waitForSelector('#details li[data-match="advanced-manufacturing"][data-via="SAME"]');
    expect(await page.locator('#details li[data-via="TECHNOLOGY_LINEAGE"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#details li[data-via="SUCCESSION"]').count()).toBeGreaterThan(0);
    const score = Number(await page.locator('#details [data-score]').getAttribute('data-score'));
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(1);
    await screenshot(page, 'explorer-overlap');

    // Path between the two, highlighted, with evidence for each step.
    await page.click('#view-buttons button[data-view="path"]');
    await waitForView(page, 'path', [ARRANGEMENT_1985, MOC_2023]);
    const onPath = await page.evaluate(() => window.kizunaExplorer!.cy.edges('.onpath').length);
    expect(onPath).toBeGreaterThan(0);
    await page.locator('#details ol button', { hasText: 'Evidence' }).first().click();
    await page.waitForSelector('#details h3[data-edge-id]');
    await screenshot(page, 'explorer-path');

    // Exports: PNG and JSON downloads of the current view.
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    await png.saveAs(path.join(artifactsDir, png.suggestedFilename()));
    expect(fs.readFileSync(path.join(artifactsDir, png.suggestedFilename())).subarray(1, 4).toString()).toBe('PNG');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    await json.saveAs(path.join(artifactsDir, json.suggestedFilename()));
    const exported = JSON.parse(fs.readFileSync(path.join(artifactsDir, json.suggestedFilename()), 'utf8')) as {
      state: { view: string };
      nodes: { id: string }[];
      edges: unknown[];
    };
    expect(exported.state.view).toBe('path');
    expect(exported.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([ARRANGEMENT_1985, MOC_2023]));

    // The path view's URL restores it in a fresh page.
    const pathUrl = page.url();
    const again = await env.browser.newPage();
    await again.goto(pathUrl);
    await waitForView(again, 'path', [ARRANGEMENT_1985, MOC_2023]);
    await again.close();
    await page.close();
  });

  it('restores a deep link with view, direction and years', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.kizuna.origin}/explore?focus=${MOC_2023}&view=lineage&from=1985&to=2030`);
    await waitForView(page, 'lineage', [MOC_2023, AGREEMENT_1986, ARRANGEMENT_1985]);
    expect(await page.inputValue('#year-from')).toBe('1985');
    expect(await page.locator('#view-buttons button[data-view="lineage"]').getAttribute('aria-pressed')).toBe('true');
    // Nodes dated before 1985 are hidden by the year filter; the 1985 Arrangement is not.
    const hidden = await page.evaluate(() => window.kizunaExplorer!.cy.nodes('.outside').map((n) => n.data('year') as number));
    expect(hidden.every((year) => year < 1985 || year > 2030)).toBe(true);
    expect(await page.evaluate((id) => window.kizunaExplorer!.cy.getElementById(id).visible(), ARRANGEMENT_1985)).toBe(true);

    await page.goto(`${env.kizuna.origin}/explore?focus=${AGREEMENT_1986}&view=lineage&direction=downstream`);
    await waitForView(page, 'lineage', [AGREEMENT_1986, MOC_2023]);
    expect(await page.inputValue('#direction')).toBe('downstream');
    await page.close();
  });

  it('can be used from the keyboard alone', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.kizuna.origin}/explore`);
    await page.waitForFunction(() => document.body.dataset.status === 'ready');
    await page.keyboard.press('Tab'); // the first skip link: to the search box
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to search');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('Agreement on Science and Technology');
    await page.keyboard.press('Enter');
    const first = page.locator(`#search-results button[data-id="${AGREEMENT_1986}"]`);
    await first.waitFor();
    await first.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(AGREEMENT_1986);
    await page.keyboard.press('Enter');
    await waitForView(page, 'neighbourhood', [AGREEMENT_1986]);
    // Enter on the canvas expands the active node.
    await page.focus('#cy');
    await page.keyboard.press('+');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.close();
  });

  it('serves GraphiQL offline with one tab and the cookbook in its own panel, reached and loaded by keyboard, and runs one', async () => {
    const examples = (await (await fetch(`${env.kizuna.origin}/graphiql/examples.json`)).json()) as { name: string; query: string }[];
    expect(examples.length).toBeGreaterThan(0);
    const page = await env.browser.newPage();
    await page.goto(`${env.kizuna.origin}/graphiql`);
    await page.waitForSelector('#graphiql[data-status="ready"]');
    await page.waitForSelector('.graphiql-container');
    // One operation tab; the cookbook panel lists every example, in file order, each with its file name.
    expect(await page.locator('.graphiql-tab').count()).toBe(1);
    const buttons = page.locator('.kizuna-cookbook button[data-example]');
    await page.waitForSelector('.kizuna-cookbook button[data-example]:not([disabled])');
    expect(await buttons.evaluateAll((all) => all.map((button) => button.getAttribute('data-example')))).toEqual(
      examples.map((e) => e.name),
    );
    expect(await buttons.first().textContent()).toContain(`${examples[0]!.name}.graphql`);

    // Tab reaches every example in turn; Enter on the last loads it into the one tab.
    await buttons.first().focus();
    for (const [index, example] of examples.entries()) {
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-example'))).toBe(example.name);
      if (index < examples.length - 1) await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    const last = examples.at(-1)!;
    // aria-current marks the example the editor holds, unchanged.
    await page.waitForSelector(`.kizuna-cookbook button[data-example="${last.name}"][aria-current="true"]`);
    expect(await page.locator('.kizuna-cookbook button[aria-current="true"]').count()).toBe(1);
    expect(await page.locator('.graphiql-tab').count()).toBe(1);
    expect(await page.textContent('.kizuna-cookbook [role="status"]')).toContain('Loaded');

    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => (document.querySelector('.graphiql-response')?.textContent ?? '').includes('"data"'), undefined, {
      timeout: 60_000,
    });
    const response = (await page.locator('.graphiql-response').textContent()) ?? '';
    expect(response).not.toContain('"errors"');
    await screenshot(page, 'graphiql');

    // A second tab brings close buttons: still valid ARIA (a list of buttons) and targets of 24 px or more.
    await page.click('.graphiql-tab-add');
    await page.waitForFunction(() => document.querySelectorAll('.graphiql-tab').length === 2);
    expect(await page.locator('.graphiql-tab-button[aria-current="true"]').count()).toBe(1);
    await expectNoSeriousAxeViolations(page, 'GraphiQL with two tabs');
    await page.close();
  });

  it('stays interactive with 2,000 nodes', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.kizuna.origin}/explore?demo=2000`);
    await page.waitForFunction(() => window.kizunaExplorer?.demo !== undefined, undefined, { timeout: 120_000 });
    const demo = await page.evaluate(() => window.kizunaExplorer!.demo!);
    expect(demo.nodes).toBe(2000);

    // One round = zoom, pan and select, each followed by a rendered frame; ten rounds.
    const roundMs = await page.evaluate(async () => {
      const cy = window.kizunaExplorer!.cy;
      const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const centre = { x: cy.width() / 2, y: cy.height() / 2 };
      const started = performance.now();
      for (let i = 0; i < 10; i++) {
        cy.zoom({ level: cy.zoom() * (i % 2 === 0 ? 1.6 : 0.7), renderedPosition: centre });
        await frame();
        cy.panBy({ x: 35, y: -20 });
        await frame();
        cy.elements(':selected').unselect();
        cy.nodes()[i * 199]!.select();
        await frame();
      }
      return (performance.now() - started) / 10;
    });
    // The same with real input events: wheel zoom and a drag-pan through the browser.
    const box = (await page.locator('#cy').boundingBox())!;
    const inputStarted = Date.now();
    for (let i = 0; i < 5; i++) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, i % 2 === 0 ? -300 : 300);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 40, { steps: 4 });
      await page.mouse.up();
    }
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const inputMs = (Date.now() - inputStarted) / 5;
    await screenshot(page, 'explorer-2000-nodes');
    console.log(
      `2,000-node graph: ${demo.nodes} nodes, ${demo.edges} edges; draw + layout + first frame ${demo.layoutMs} ms; ` +
        `zoom/pan/select round ${roundMs.toFixed(1)} ms; wheel + drag round with real input ${inputMs.toFixed(0)} ms`,
    );
    fs.writeFileSync(
      path.join(artifactsDir, 'explorer-2000-nodes.json'),
      JSON.stringify({ ...demo, roundMs: Number(roundMs.toFixed(1)), inputRoundMs: Math.round(inputMs) }, null, 2),
    );
    expect(demo.layoutMs).toBeLessThan(30_000);
    expect(roundMs).toBeLessThan(1_000);
    await page.close();
  });

  it('sent nothing beyond 127.0.0.1 and logged no console errors', () => {
    expect(env.browser.offHost).toEqual([]);
    expect(env.browser.consoleErrors).toEqual([]);
  });
});
