/**
 * The Kizuna explorer: search → neighbourhood → lineage, overlap and path views over the GraphQL
 * API, drawn with Cytoscape.js. The URL holds the state (see state.ts), so every view is a link.
 */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import './explorer.css';
import * as api from './api.js';
import type { EdgeSummary, Evidence, NodeSummary, OverlapMatch, OverlapResult } from './api.js';
import { button, byId, download, h, setChildren } from './dom.js';
import { graphStyle, KIND_STYLE } from './graphStyle.js';
import { formatState, initialState, parseState, type ExplorerState, type View } from './state.js';
import { syntheticGraph } from './synthetic.js';
import { timelineLayout } from './timelineLayout.js';

cytoscape.use(dagre);

/** What the browser tests read: the Cytoscape instance, the state, timings of the demo graph. */
interface ExplorerHook {
  cy: cytoscape.Core;
  state: () => ExplorerState;
  demo?: { nodes: number; edges: number; layoutMs: number };
}
declare global {
  interface Window {
    kizunaExplorer?: ExplorerHook;
  }
}

let state: ExplorerState = parseState(window.location.search);
const nodes = new Map<string, NodeSummary>();
const edges = new Map<string, EdgeSummary>();
/** Each render gets a token; a slower, older answer never overwrites a newer view. */
let renderToken = 0;
let activeId: string | null = null;

const cy = cytoscape({
  container: byId('cy'),
  style: graphStyle(),
  minZoom: 0.03,
  maxZoom: 4,
  boxSelectionEnabled: false,
  hideEdgesOnViewport: false,
});
window.kizunaExplorer = { cy, state: () => state };

// Cytoscape caches where its canvas sits on the page and learns of changes only from window
// resizes. A status line that wraps to a second line moves and shrinks the canvas without one, and
// every click would then land a line's height away from what is drawn: tell it.
const relocate = new ResizeObserver(() => cy.resize());
relocate.observe(cy.container()!);

const statusLine = byId<HTMLParagraphElement>('status');
// The status line sits above the canvas: when it wraps, the canvas moves down.
relocate.observe(statusLine);
const details = byId<HTMLElement>('details');

function setStatus(text: string, status: 'loading' | 'ready' | 'error'): void {
  statusLine.textContent = text;
  document.body.dataset.status = status;
  document.body.dataset.view = state.view;
}

function labelOf(id: string): string {
  const node = nodes.get(id);
  return node ? api.labelOf(node) : id;
}

// ---------------------------------------------------------------------------------------------
// State and URL

function commit(next: Partial<ExplorerState>, options: { replace?: boolean; render?: boolean } = {}): void {
  state = { ...state, ...next };
  const url = `${window.location.pathname}${formatState(state)}`;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  syncControls();
  if (options.render !== false) void render();
}

window.addEventListener('popstate', () => {
  state = parseState(window.location.search);
  syncControls();
  void render();
});

function syncControls(): void {
  for (const element of Array.from(document.querySelectorAll<HTMLButtonElement>('#view-buttons button'))) {
    element.setAttribute('aria-pressed', String(element.dataset.view === state.view));
  }
  byId<HTMLSelectElement>('direction').value = state.direction;
  byId<HTMLInputElement>('year-from').value = state.from === null ? '' : String(state.from);
  byId<HTMLInputElement>('year-to').value = state.to === null ? '' : String(state.to);
  renderSelection();
}

// ---------------------------------------------------------------------------------------------
// Elements

function remember(result: { nodes: NodeSummary[]; edges: EdgeSummary[] }): void {
  for (const node of result.nodes) nodes.set(node.id, node);
  for (const edge of result.edges) edges.set(edge.id, edge);
}

function nodeElement(node: NodeSummary, classes: string[] = []): cytoscape.ElementDefinition {
  const year = api.yearOf(node);
  return {
    group: 'nodes',
    data: { id: node.id, label: api.labelOf(node) + (year !== null ? ` (${year})` : ''), kind: node.__typename, year },
    classes: classes.join(' '),
  };
}

function edgeElement(edge: EdgeSummary, classes: string[] = []): cytoscape.ElementDefinition {
  return {
    group: 'edges',
    data: { id: edge.id, source: edge.from.id, target: edge.to.id, label: edge.relation, relation: edge.relation, year: edge.year },
    classes: classes.join(' '),
  };
}

/** Replaces the drawing; edges whose ends are not both drawn are left out. */
function draw(nodeList: NodeSummary[], edgeList: EdgeSummary[], classesOf: (id: string) => string[] = () => []): void {
  const ids = new Set(nodeList.map((n) => n.id));
  cy.batch(() => {
    cy.elements().remove();
    cy.add(nodeList.map((n) => nodeElement(n, classesOf(n.id))));
    cy.add(
      edgeList.filter((e) => ids.has(e.from.id) && ids.has(e.to.id) && e.from.id !== e.to.id).map((e) => edgeElement(e, classesOf(e.id))),
    );
  });
  markPicked();
  fillJumpList();
}

function markPicked(): void {
  cy.nodes().removeClass('picked');
  for (const id of state.selection) cy.getElementById(id).addClass('picked');
}

/** Hides nodes dated outside the year range; undated nodes and the axis stay. */
function applyYearFilter(): void {
  const { from, to } = state;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const year = node.data('year') as number | null;
      const outside = !node.hasClass('axis') && year !== null && ((from !== null && year < from) || (to !== null && year > to));
      node.toggleClass('outside', outside);
    });
  });
}

async function runLayout(options: cytoscape.LayoutOptions): Promise<void> {
  const layout = cy.layout(options);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
}

// ---------------------------------------------------------------------------------------------
// Views

async function render(): Promise<void> {
  const token = ++renderToken;
  const stale = (): boolean => token !== renderToken;
  document.body.dataset.view = state.view;
  try {
    if (state.demo !== null) return await renderDemo(state.demo);
    switch (state.view) {
      case 'neighbourhood':
        return await renderNeighbourhood(stale);
      case 'lineage':
        return await renderLineage(stale);
      case 'overlap':
        return await renderOverlap(stale);
      case 'path':
        return await renderPath(stale);
      default: {
        const never: never = state.view;
        throw new Error(`unknown view ${String(never)}`);
      }
    }
  } catch (error) {
    if (!stale()) setStatus(`Could not load the view: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
}

async function renderNeighbourhood(stale: () => boolean): Promise<void> {
  if (!state.focus) {
    cy.elements().remove();
    fillJumpList();
    return setStatus('Search for a node to begin.', 'ready');
  }
  const focus = state.focus;
  setStatus(`Loading the neighbourhood of ${focus}…`, 'loading');
  const result = await api.graph([focus, ...state.expand.filter((id) => id !== focus)].slice(0, 50), 1);
  if (stale()) return;
  remember(result);
  draw(result.nodes, result.edges, (id) => (id === focus ? ['focus'] : []));
  applyYearFilter();
  await runLayout({
    name: 'concentric',
    concentric: (node: cytoscape.NodeSingular) => (node.id() === focus ? 3 : state.expand.includes(node.id()) ? 2 : 1),
    levelWidth: () => 1,
    minNodeSpacing: 24,
    animate: false,
  } as cytoscape.ConcentricLayoutOptions);
  cy.fit(undefined, 30);
  if (activeId === null || !cy.getElementById(activeId).nonempty()) void showNode(focus);
  setStatus(
    `${result.nodes.length} nodes around ${labelOf(focus)}${result.truncated ? ' (cut at the API limit)' : ''}. Double-click a node (or press Enter) to expand it.`,
    'ready',
  );
}

async function renderLineage(stale: () => boolean): Promise<void> {
  if (!state.focus) return setStatus('Pick a node first (search, then open a result) to see its lineage.', 'ready');
  const focus = state.focus;
  setStatus(`Loading the ${state.direction} lineage of ${focus}…`, 'loading');
  const result = await api.lineage(focus, state.direction === 'upstream' ? 'UPSTREAM' : 'DOWNSTREAM');
  if (stale()) return;
  remember(result);
  draw(result.nodes, result.edges, (id) => (id === focus ? ['focus'] : []));
  const layout = timelineLayout(
    result.nodes.map((n) => ({ id: n.id, year: timelineYear(n), group: n.__typename, label: api.labelOf(n) })),
    result.edges.map((e) => ({ source: e.from.id, target: e.to.id })),
    { rootId: focus, columnWidth: 190, rowHeight: 48 },
  );
  addAxis(layout.columns, layout.positions);
  applyYearFilter();
  await runLayout({ name: 'preset', positions: Object.fromEntries(layout.positions) });
  cy.fit(cy.nodes(':visible'), 30);
  void showNode(focus);
  const years = layout.columns.map((c) => c.year);
  setStatus(
    `${state.direction === 'upstream' ? 'Upstream' : 'Downstream'} lineage of ${labelOf(focus)}: ${result.nodes.length} nodes, ${result.edges.length} edges` +
      (years.length > 0 ? `, ${years[0]}–${years[years.length - 1]}, laid out by year.` : '.'),
    'ready',
  );
}

/**
 * The year a node takes a column at on the timeline: when instruments, events and institutional
 * changes happened. An institution's founding year would stretch the axis back a century; it is
 * placed by the instruments it joins instead.
 */
function timelineYear(node: NodeSummary): number | null {
  return node.__typename === 'Instrument' || node.__typename === 'Event' || node.__typename === 'ChangeEvent' ? api.yearOf(node) : null;
}

/** Year labels above the timeline columns; not selectable, left out of exports. */
function addAxis(columns: { year: number; x: number }[], positions: Map<string, { x: number; y: number }>): void {
  const top = Math.min(0, ...[...positions.values()].map((p) => p.y)) - 60;
  cy.add(
    columns.map((c) => {
      const id = `axis-${c.year}`;
      positions.set(id, { x: c.x, y: top });
      return {
        group: 'nodes' as const,
        data: { id, label: String(c.year), year: null },
        classes: 'axis',
        selectable: false,
        grabbable: false,
      };
    }),
  );
}

async function renderOverlap(stale: () => boolean): Promise<void> {
  const ids = state.selection.filter((id) => !nodes.has(id) || nodes.get(id)?.__typename === 'Instrument');
  if (ids.length < 2) {
    return setStatus('Select two or more instruments (“Add to selection”) to compare them.', 'ready');
  }
  setStatus(`Comparing ${ids.length} instruments…`, 'loading');
  const [overlap, around] = await Promise.all([api.overlap(ids), api.graph(ids, 1)]);
  if (stale()) return;
  remember(around);
  const matches = [...overlap.technologyAreas, ...overlap.institutions, ...overlap.mechanisms];
  const keep = new Map<string, NodeSummary>();
  for (const node of overlap.instruments) keep.set(node.id, node);
  for (const match of matches) for (const node of [match.node, ...match.matched]) keep.set(node.id, node);
  remember({ nodes: [...keep.values()], edges: [] });
  const matchIds = new Set(matches.flatMap((m) => [m.node.id, ...m.matched.map((n) => n.id)]));
  const instrumentIds = new Set(overlap.instruments.map((n) => n.id));
  draw([...keep.values()], around.edges, (id) => (instrumentIds.has(id) ? ['focus'] : matchIds.has(id) ? ['match'] : []));
  // How each match was made: a dashed edge from the normalised node to each item it matched.
  cy.add(
    matches.flatMap((m) =>
      m.matched
        .filter((n) => n.id !== m.node.id)
        .map((n) => ({
          group: 'edges' as const,
          data: { id: `MATCH:${m.node.id}:${n.id}`, source: m.node.id, target: n.id, label: m.via, relation: m.via, year: null },
          classes: 'matchlink',
        })),
    ),
  );
  applyYearFilter();
  await runLayout({ name: 'dagre', rankDir: 'LR', nodeSep: 18, rankSep: 140, animate: false } as cytoscape.LayoutOptions);
  cy.fit(undefined, 30);
  showOverlap(overlap, matches);
  setStatus(
    `Overlap of ${overlap.instruments.map((n) => api.labelOf(n)).join(' + ')}: score ${overlap.score.toFixed(3)}, ${matches.length} shared items highlighted.`,
    'ready',
  );
}

async function renderPath(stale: () => boolean): Promise<void> {
  const [from, to] = state.selection;
  if (!from || !to) return setStatus('Select two nodes (“Add to selection”) to find the shortest explained path.', 'ready');
  setStatus(`Finding the shortest path from ${from} to ${to}…`, 'loading');
  const result = await api.path(from, to);
  if (stale()) return;
  if (!result) {
    cy.elements().remove();
    return setStatus(`No path of at most 8 edges joins ${labelOf(from)} and ${labelOf(to)}.`, 'ready');
  }
  remember(result);
  draw(result.nodes, result.edges, () => ['onpath']);
  applyYearFilter();
  await runLayout({ name: 'dagre', rankDir: 'LR', rankSep: 120, animate: false } as cytoscape.LayoutOptions);
  cy.fit(undefined, 40);
  showPath(result);
  setStatus(`Shortest path: ${result.nodes.map((n) => api.labelOf(n)).join(' → ')} (${result.edges.length} edges).`, 'ready');
}

async function renderDemo(count: number): Promise<void> {
  setStatus(`Building a synthetic graph of ${count} nodes…`, 'loading');
  const graph = syntheticGraph(count);
  remember(graph);
  const started = performance.now();
  draw(graph.nodes, graph.edges);
  const layout = timelineLayout(
    graph.nodes.map((n) => ({ id: n.id, year: api.yearOf(n), group: n.__typename, label: api.labelOf(n) })),
    graph.edges.map((e) => ({ source: e.from.id, target: e.to.id })),
    { columnWidth: 120, rowHeight: 30 },
  );
  await runLayout({ name: 'preset', positions: Object.fromEntries(layout.positions) });
  cy.fit(undefined, 20);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const layoutMs = Math.round(performance.now() - started);
  if (window.kizunaExplorer) window.kizunaExplorer.demo = { nodes: cy.nodes().length, edges: cy.edges().length, layoutMs };
  setStatus(`Synthetic graph: ${cy.nodes().length} nodes, ${cy.edges().length} edges, drawn and laid out in ${layoutMs} ms.`, 'ready');
}

// ---------------------------------------------------------------------------------------------
// Details panel

function evidenceList(items: Evidence[]): HTMLElement {
  if (items.length === 0) return h('p', { class: 'hint' }, 'No evidence recorded.');
  return h(
    'ul',
    { class: 'evidence' },
    ...items.map((e) =>
      h(
        'li',
        {},
        h('strong', {}, e.source.title),
        e.locator ? h('span', {}, ` — ${e.locator}`) : null,
        e.excerpt ? h('blockquote', {}, `“${e.excerpt}”`) : null,
        e.note ? h('p', { class: 'hint' }, e.note) : null,
      ),
    ),
  );
}

function nodeActions(id: string): HTMLElement {
  const picked = state.selection.includes(id);
  return h(
    'p',
    {},
    button('Neighbourhood', () => commit({ focus: id, view: 'neighbourhood', expand: [] }), {
      'aria-label': `Open the neighbourhood of ${labelOf(id)}`,
    }),
    button('Expand', () => expand(id), { 'aria-label': `Expand the neighbours of ${labelOf(id)}` }),
    button('Lineage', () => commit({ focus: id, view: 'lineage' }), { 'aria-label': `Show the lineage of ${labelOf(id)}` }),
    button(picked ? 'Remove from selection' : 'Add to selection', () => togglePick(id), {
      'aria-label': `${picked ? 'Remove' : 'Add'} ${labelOf(id)} ${picked ? 'from' : 'to'} the selection`,
      'data-action': 'pick',
    }),
  );
}

function connections(id: string): HTMLElement {
  const element = cy.getElementById(id);
  const items = (element.nonempty() ? element.connectedEdges().not('.matchlink') : cy.collection()).edges();
  if (items.empty()) return h('p', { class: 'hint' }, 'No connections drawn.');
  return h(
    'ul',
    { class: 'links' },
    ...items.map((edge) => {
      const outgoing = edge.source().id() === id;
      const other = outgoing ? edge.target().id() : edge.source().id();
      return h(
        'li',
        {},
        button(`${outgoing ? '→' : '←'} ${String(edge.data('relation'))}`, () => showEdge(edge.id()), {
          'aria-label': `Evidence for ${String(edge.data('relation'))} ${outgoing ? 'to' : 'from'} ${labelOf(other)}`,
        }),
        ' ',
        button(labelOf(other), () => selectNode(other), { 'aria-label': `Show ${labelOf(other)}` }),
      );
    }),
  );
}

async function showNode(id: string): Promise<void> {
  setActive(id);
  setChildren(details, h('h2', {}, 'Details'), h('p', { class: 'hint' }, `Loading ${id}…`));
  const node = await api.nodeDetails(id).catch(() => null);
  if (activeId !== id) return;
  if (!node) {
    setChildren(details, h('h2', {}, 'Details'), h('p', {}, `${id} (no details)`), nodeActions(id));
    return;
  }
  nodes.set(id, { ...nodes.get(id), ...node });
  const rows: [string, string | null | undefined][] = [
    ['Kind', KIND_STYLE[node.__typename].label + (node.kind ? ` · ${node.kind}` : '')],
    ['Id', node.id],
    ['Year', api.yearOf(node)?.toString() ?? 'not given'],
    ['Status', node.status],
    ['Legally binding', node.legallyBinding],
    ['Place', node.place],
    ['Also known as', node.aliases?.join(', ')],
  ];
  setChildren(
    details,
    h('h2', {}, 'Details'),
    h('h3', { 'data-node-id': id }, node.title ?? node.name ?? node.id),
    h('dl', {}, ...rows.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v ?? '')])),
    node.summary ? h('p', {}, node.summary) : null,
    node.text ? h('blockquote', {}, node.text) : null,
    node.measure ? h('p', {}, node.measure) : null,
    nodeActions(id),
    h('h3', {}, 'Connections'),
    connections(id),
    h('h3', {}, 'Evidence'),
    evidenceList(node.evidence),
  );
}

function showEdge(id: string): void {
  setActive(id);
  const edge = edges.get(id);
  const element = cy.getElementById(id);
  if (!edge) {
    setChildren(
      details,
      h('h2', {}, 'Edge'),
      h('p', {}, `${String(element.data('relation'))} (a match made by the overlap, not a stored edge)`),
    );
    return;
  }
  const rows: [string, string | null][] = [
    ['Relation', edge.relation],
    ['From', labelOf(edge.from.id)],
    ['To', labelOf(edge.to.id)],
    ['Year', edge.year?.toString() ?? null],
    ['Qualifier', edge.qualifier],
    ['As named', edge.asNamed],
    ['Note', edge.note],
  ];
  setChildren(
    details,
    h('h2', {}, 'Edge'),
    h('h3', { 'data-edge-id': id }, `${labelOf(edge.from.id)} —${edge.relation}→ ${labelOf(edge.to.id)}`),
    h('dl', {}, ...rows.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v ?? '')])),
    h(
      'p',
      {},
      button(labelOf(edge.from.id), () => selectNode(edge.from.id), { 'aria-label': `Show ${labelOf(edge.from.id)}` }),
      button(labelOf(edge.to.id), () => selectNode(edge.to.id), { 'aria-label': `Show ${labelOf(edge.to.id)}` }),
    ),
    h('h3', {}, 'Evidence'),
    evidenceList(edge.evidence),
  );
}

function matchList(title: string, items: OverlapMatch[]): HTMLElement[] {
  if (items.length === 0) return [];
  return [
    h('h3', {}, title),
    h(
      'ul',
      { class: 'links' },
      ...items.map((m) =>
        h(
          'li',
          { 'data-match': m.node.id, 'data-via': m.via },
          h('span', { class: `badge ${m.via}` }, m.via),
          button(api.labelOf(m.node), () => selectNode(m.node.id)),
          m.matched.length > 1 ? h('span', { class: 'hint' }, ` matched ${m.matched.map((n) => api.labelOf(n)).join(' ↔ ')}`) : null,
        ),
      ),
    ),
  ];
}

function showOverlap(overlap: OverlapResult, matches: OverlapMatch[]): void {
  activeId = null;
  setChildren(
    details,
    h('h2', {}, 'Overlap'),
    h(
      'p',
      {},
      'Score (Jaccard over lineage-normalised sets): ',
      h('span', { class: 'score', 'data-score': String(overlap.score) }, overlap.score.toFixed(3)),
    ),
    h(
      'ul',
      { class: 'links' },
      ...overlap.pairs.map((p) => h('li', {}, `${labelOf(p.a.id)} × ${labelOf(p.b.id)}: ${p.score.toFixed(3)} (${p.shared} shared)`)),
    ),
    ...matchList('Technology areas', overlap.technologyAreas),
    ...matchList('Institutions', overlap.institutions),
    ...matchList('Mechanisms', overlap.mechanisms),
    matches.length === 0 ? h('p', {}, 'Nothing shared.') : null,
  );
}

function showPath(result: api.GraphResult): void {
  activeId = null;
  setChildren(
    details,
    h('h2', {}, 'Path'),
    h(
      'ol',
      { class: 'links' },
      ...result.edges.map((e) =>
        h(
          'li',
          {},
          `${labelOf(e.from.id)} —${e.relation}→ ${labelOf(e.to.id)} `,
          button('Evidence', () => showEdge(e.id), { 'aria-label': `Evidence for ${e.relation}` }),
        ),
      ),
    ),
  );
}

function setActive(id: string | null): void {
  cy.elements('.active').removeClass('active');
  activeId = id;
  if (id) cy.getElementById(id).addClass('active');
}

function selectNode(id: string): void {
  const element = cy.getElementById(id);
  if (element.nonempty()) {
    cy.elements(':selected').unselect();
    element.select();
    cy.animate({ center: { eles: element } }, { duration: 150 });
  }
  void showNode(id);
}

// ---------------------------------------------------------------------------------------------
// Selection, expansion

function togglePick(id: string): void {
  const selection = state.selection.includes(id) ? state.selection.filter((s) => s !== id) : [...state.selection, id].slice(0, 20);
  commit({ selection }, { render: false });
  markPicked();
  if (activeId === id) void showNode(id);
}

function expand(id: string): void {
  if (state.view === 'neighbourhood' && state.focus) {
    if (!state.expand.includes(id) && id !== state.focus) commit({ expand: [...state.expand, id] });
  } else {
    commit({ focus: id, view: 'neighbourhood', expand: [] });
  }
}

function renderSelection(): void {
  const list = byId<HTMLUListElement>('selection');
  list.replaceChildren(
    ...state.selection.map((id) =>
      h(
        'li',
        {},
        h('span', { title: id }, labelOf(id)),
        button('×', () => togglePick(id), { 'aria-label': `Remove ${labelOf(id)} from the selection` }),
      ),
    ),
  );
  if (state.selection.length === 0) list.append(h('li', { class: 'hint' }, 'Nothing selected.'));
}

function fillJumpList(): void {
  const select = byId<HTMLSelectElement>('jump');
  const drawn = cy.nodes().not('.axis');
  if (drawn.length > 500) {
    select.replaceChildren(h('option', { value: '' }, `${drawn.length} nodes (too many to list)`));
    return;
  }
  const options = drawn.map((n) => ({ id: n.id(), label: String(n.data('label')) })).sort((a, b) => a.label.localeCompare(b.label));
  select.replaceChildren(
    h('option', { value: '' }, `— ${options.length} nodes —`),
    ...options.map((o) => h('option', { value: o.id }, o.label)),
  );
}

// ---------------------------------------------------------------------------------------------
// Search

async function runSearch(text: string): Promise<void> {
  const list = byId<HTMLUListElement>('search-results');
  if (text.trim() === '') return;
  setStatus(`Searching for “${text}”…`, 'loading');
  try {
    const hits = await api.search(text);
    for (const hit of hits) if (!nodes.has(hit.node.id)) nodes.set(hit.node.id, hit.node);
    list.replaceChildren(
      ...hits.map((hit) => {
        const open = button(api.labelOf(hit.node), () => commit({ focus: hit.node.id, view: 'neighbourhood', expand: [] }), {
          'data-id': hit.node.id,
          'aria-label': `Open ${api.labelOf(hit.node)} (${hit.kind.toLowerCase().replace('_', ' ')})${hit.via ? `, via ${hit.via.description}` : ''}`,
          title: hit.via ? `via ${hit.via.description}` : hit.matchedName ? `matched “${hit.matchedName}”` : hit.node.id,
        });
        // A hit reached through a topic says so under its label: it ranks below the direct hits and need not contain the text.
        if (hit.via) open.append(h('span', { class: 'kind' }, `via ${hit.via.description}`));
        return h(
          'li',
          {},
          open,
          button('+', () => togglePick(hit.node.id), { 'aria-label': `Add ${api.labelOf(hit.node)} to the selection` }),
        );
      }),
    );
    if (hits.length === 0) list.append(h('li', { class: 'hint' }, 'No match.'));
    setStatus(`${hits.length} results for “${text}”. Open one to see its neighbourhood.`, 'ready');
  } catch (error) {
    setStatus(`Search failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
}

// ---------------------------------------------------------------------------------------------
// Wiring

byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void runSearch(byId<HTMLInputElement>('search-input').value);
});

for (const element of Array.from(document.querySelectorAll<HTMLButtonElement>('#view-buttons button'))) {
  element.addEventListener('click', () => commit({ view: (element.dataset.view ?? 'neighbourhood') as View, demo: null }));
}
byId<HTMLSelectElement>('direction').addEventListener('change', (event) => {
  const direction = (event.target as HTMLSelectElement).value === 'downstream' ? 'downstream' : 'upstream';
  commit({ direction, view: state.view === 'lineage' ? 'lineage' : state.view });
});

byId<HTMLFormElement>('years-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const read = (id: string): number | null => {
    const value = byId<HTMLInputElement>(id).value;
    return /^\d{4}$/.test(value) ? Number(value) : null;
  };
  commit({ from: read('year-from'), to: read('year-to') }, { render: false });
  applyYearFilter();
  setStatus(`Years ${state.from ?? '…'}–${state.to ?? '…'}: ${cy.nodes('.outside').length} nodes hidden.`, 'ready');
});
byId('years-clear').addEventListener('click', () => {
  commit({ from: null, to: null }, { render: false });
  applyYearFilter();
  setStatus('Year filter cleared.', 'ready');
});

byId('export-png').addEventListener('click', () => {
  const blob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
  download(`kizuna-${state.view}${state.focus ? `-${state.focus}` : ''}.png`, blob);
});
byId('export-json').addEventListener('click', () => {
  const drawn = cy.elements().not('.axis');
  const json = {
    url: window.location.href,
    state,
    nodes: drawn.nodes().map((n) => nodes.get(n.id()) ?? { id: n.id() }),
    edges: drawn
      .edges()
      .map((e) => edges.get(e.id()) ?? { id: e.id(), relation: e.data('relation') as string, from: e.source().id(), to: e.target().id() }),
  };
  download(
    `kizuna-${state.view}${state.focus ? `-${state.focus}` : ''}.json`,
    new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }),
  );
});
byId('fit').addEventListener('click', () => cy.fit(cy.nodes(':visible'), 30));

byId<HTMLSelectElement>('jump').addEventListener('change', (event) => {
  const id = (event.target as HTMLSelectElement).value;
  if (id) selectNode(id);
});

cy.on('tap', 'node', (event) => {
  const node = event.target as cytoscape.NodeSingular;
  if (!node.hasClass('axis')) void showNode(node.id());
});
cy.on('tap', 'edge', (event) => showEdge((event.target as cytoscape.EdgeSingular).id()));
cy.on('dbltap', 'node', (event) => {
  const node = event.target as cytoscape.NodeSingular;
  if (!node.hasClass('axis')) expand(node.id());
});

byId('cy').addEventListener('keydown', (event) => {
  const step = 60;
  const pans: Record<string, { x: number; y: number }> = {
    ArrowLeft: { x: step, y: 0 },
    ArrowRight: { x: -step, y: 0 },
    ArrowUp: { x: 0, y: step },
    ArrowDown: { x: 0, y: -step },
  };
  const pan = pans[event.key];
  if (pan) cy.panBy(pan);
  else if (event.key === '+' || event.key === '=')
    cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  else if (event.key === '-') cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  else if (event.key === 'f' || event.key === 'F') cy.fit(cy.nodes(':visible'), 30);
  else if (event.key === 'Enter' && activeId && cy.getElementById(activeId).isNode()) expand(activeId);
  else return;
  event.preventDefault();
});

byId<HTMLUListElement>('legend').replaceChildren(
  ...Object.values(KIND_STYLE).map((k) =>
    h('li', {}, h('span', { class: 'swatch', style: `background:${k.color}` }), `${k.label} (${k.shape.replace('-', ' ')})`),
  ),
  h('li', {}, h('span', { class: 'swatch', style: 'background:#e67e22' }), 'Shared in the overlap; dashed: how it matched'),
  h('li', {}, h('span', { class: 'swatch', style: 'background:#e74c3c' }), 'On the shortest path'),
  h('li', {}, h('span', { class: 'swatch', style: 'background:#f39c12' }), 'Selected (ring)'),
);

// Deep link: the URL as loaded is the first state.
state = { ...initialState, ...parseState(window.location.search) };
syncControls();
void render();
