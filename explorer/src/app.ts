/**
 * The explorer's wiring: the store's state drives the canvas, the panels, the URL and the exports.
 * A change to what a view is about (focus, view, direction, expansions, the compared selection)
 * fetches and redraws; any other change (years, kinds, hiding, pins, language, details) is applied
 * to what is drawn, so every panel always describes the canvas as it is.
 */
import type cytoscape from 'cytoscape';
import * as api from './api.js';
import type { EdgeSummary, NodeDetails, NodeSummary } from './api.js';
import { openCiteDialog } from './citeDialog.js';
import {
  applyFilters,
  applyPins,
  centreOn,
  cy,
  draw,
  fitView,
  loadLabelGlyphs,
  panCentring,
  relabel,
  runLayout,
  shown,
  visibleElements,
} from './canvas.js';
import * as details from './details.js';
import { button, byId, download, h, renderPanel } from './dom.js';
import * as exporter from './exports.js';
import { KIND_STYLE } from './graphStyle.js';
import { langOf } from './i18n.js';
import { shortLabel } from './labels.js';
import { setUpSearch } from './search.js';
import { isNarrow } from './sheets.js';
import { dataKey, formatState, initialState, parseState, yearRangeError, type ExplorerState, type View } from './state.js';
import { Store } from './store.js';
import { lineageColumnYears, timelineLayout } from './timelineLayout.js';
import { NothingToDraw, load, type Drawing } from './views.js';
import { KIND_WORDS, relationTitle } from './wording.js';

/** What the browser tests read: the Cytoscape instance, the state, timings of the demo graph. */
interface ExplorerHook {
  cy: cytoscape.Core;
  state: () => ExplorerState;
  drawing: () => Drawing | null;
  demo?: { nodes: number; edges: number; layoutMs: number };
}
declare global {
  interface Window {
    kizunaExplorer?: ExplorerHook;
  }
}

const store = new Store({ ...initialState, ...parseState(window.location.search) });
const nodes = new Map<string, NodeSummary>();
const edges = new Map<string, EdgeSummary>();
let drawing: Drawing | null = null;
/** Each load and each details render gets a ticket; a slower, older answer never overwrites a newer one. */
let loadTicket = 0;
let detailsTicket = 0;
window.kizunaExplorer = { cy, state: () => store.state, drawing: () => drawing };

const statusLine = byId<HTMLParagraphElement>('status');
const detailsPanel = byId<HTMLElement>('details');

function setStatus(text: string, status: 'loading' | 'ready' | 'error'): void {
  statusLine.textContent = text;
  document.body.dataset.status = status;
  document.body.dataset.view = store.state.view;
}

function labelOf(id: string): string {
  const node = nodes.get(id);
  return node ? shortLabel(node, store.state.lang) : id;
}

function remember(list: NodeSummary[], edgeList: EdgeSummary[] = []): void {
  for (const node of list) nodes.set(node.id, { ...nodes.get(node.id), ...node });
  for (const edge of edgeList) edges.set(edge.id, edge);
}

// ---------------------------------------------------------------------------------------------
// Drawing and laying out

/** Lays out the lineage timeline over the visible nodes only, so filtered-out years leave no empty column. */
function layOutTimeline(focus: string | null, options: { columnWidth: number; rowHeight: number }): cytoscape.NodePositionMap {
  cy.nodes('.axis').remove();
  const shownNodes = shown().nodes();
  const shownEdges = shown().edges();
  const years = lineageColumnYears(
    shownNodes.map((n) => ({ id: n.id(), kind: String(n.data('kind')), year: n.data('year') as number | null })),
    shownEdges.map((e) => ({ source: e.source().id(), target: e.target().id(), year: e.data('year') as number | null })),
  );
  const layout = timelineLayout(
    shownNodes.map((n) => ({ id: n.id(), year: years.get(n.id()) ?? null, group: String(n.data('kind')), label: String(n.data('label')) })),
    shownEdges.map((e) => ({ source: e.source().id(), target: e.target().id() })),
    { rootId: focus, ...options },
  );
  const top = Math.min(0, ...[...layout.positions.values()].map((p) => p.y)) - 60;
  cy.add(
    layout.columns.map((c) => {
      layout.positions.set(`axis-${c.year}`, { x: c.x, y: top });
      return {
        group: 'nodes' as const,
        data: { id: `axis-${c.year}`, label: String(c.year), year: null },
        classes: 'axis',
        selectable: false,
        grabbable: false,
      };
    }),
  );
  return Object.fromEntries(layout.positions);
}

async function layOut(current: Drawing, state: ExplorerState): Promise<void> {
  switch (current.layout) {
    case 'timeline':
      await runLayout({ name: 'preset', positions: layOutTimeline(state.focus, { columnWidth: 200, rowHeight: 130 }) }, shown());
      break;
    case 'demo':
      await runLayout({ name: 'preset', positions: layOutTimeline(null, { columnWidth: 120, rowHeight: 30 }) }, shown());
      break;
    case 'concentric': {
      const anchors = new Set(current.anchors);
      await runLayout({
        name: 'concentric',
        concentric: (node: cytoscape.NodeSingular) => (node.id() === state.focus ? 3 : anchors.has(node.id()) ? 2 : 1),
        levelWidth: () => 1,
        minNodeSpacing: 28,
        animate: false,
      } as cytoscape.ConcentricLayoutOptions);
      break;
    }
    case 'dagre':
      // Labels sit under the nodes: dagre must leave room for them, or a label covers the next node.
      await runLayout({
        name: 'dagre',
        rankDir: 'LR',
        nodeSep: 22,
        rankSep: 140,
        nodeDimensionsIncludeLabels: true,
        animate: false,
      } as cytoscape.LayoutOptions);
      break;
  }
  applyPins(state);
  fitView({ centre: state.focus ?? current.anchors[0] ?? null });
}

function hiddenNote(hidden: number): string {
  return hidden > 0 ? ` ${hidden} hidden by filters.` : '';
}

async function reload(): Promise<void> {
  const ticket = ++loadTicket;
  const state = store.state;
  document.body.dataset.view = state.view;
  setStatus('Loading…', 'loading');
  try {
    const started = performance.now();
    const next = await load(state, nodes, labelOf);
    if (ticket !== loadTicket) return;
    remember(next.nodes, next.edges);
    if (next.overlap) remember(next.overlap.result.instruments);
    drawing = next;
    draw(next.nodes, next.edges, state.lang, next.classesOf);
    cy.add(next.extraEdges);
    loadLabelGlyphs();
    const hidden = applyFilters(state);
    await layOut(next, state);
    if (ticket !== loadTicket) return;
    if (next.layout === 'demo') {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const layoutMs = Math.round(performance.now() - started);
      if (window.kizunaExplorer) window.kizunaExplorer.demo = { nodes: cy.nodes().not('.axis').length, edges: cy.edges().length, layoutMs };
      next.status = `Synthetic graph: ${cy.nodes().not('.axis').length} nodes, ${cy.edges().length} edges, drawn and laid out in ${layoutMs} ms.`;
    }
    refreshPanels();
    renderDetails();
    setStatus(next.status + hiddenNote(hidden), 'ready');
  } catch (error) {
    if (ticket !== loadTicket) return;
    drawing = null;
    cy.elements().remove();
    refreshPanels();
    renderDetails();
    if (error instanceof NothingToDraw) setStatus(error.message, 'ready');
    else setStatus(`Could not load the view: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
}

/** Applies a change that needs no fetch: filters, hiding, pins, language, open details. */
async function refresh(next: ExplorerState, previous: ExplorerState): Promise<void> {
  if (next.lang !== previous.lang) {
    relabel(nodes, next.lang);
    loadLabelGlyphs();
    document.documentElement.dataset.labels = next.lang;
  }
  const hidden = applyFilters(next);
  const filtersChanged =
    next.from !== previous.from ||
    next.to !== previous.to ||
    next.kinds.join() !== previous.kinds.join() ||
    next.rels.join() !== previous.rels.join() ||
    next.hide.join() !== previous.hide.join();
  if (drawing && filtersChanged) {
    // The lineage re-columns (no empty years); every view re-fits to what is left. Tests and
    // assistive technology see "loading" until the new columns are in place.
    if (drawing.layout === 'timeline') {
      document.body.dataset.status = 'loading';
      await layOut(drawing, next);
      document.body.dataset.status = 'ready';
    } else fitView();
  }
  if (next.pin.join() !== previous.pin.join()) applyPins(next);
  refreshPanels();
  if (
    next.active !== previous.active ||
    next.selection.join() !== previous.selection.join() ||
    next.pin.join() !== previous.pin.join() ||
    next.lang !== previous.lang ||
    filtersChanged
  ) {
    renderDetails();
  }
  if (drawing && document.body.dataset.status !== 'loading') setStatus(drawing.status + hiddenNote(hidden), 'ready');
}

store.subscribe((next, previous) => {
  if (dataKey(next) !== dataKey(previous)) void reload();
  else void refresh(next, previous);
});

// ---------------------------------------------------------------------------------------------
// Details

const detailsContext = (): details.DetailsContext => ({
  cy,
  nodes,
  edges,
  drawing,
  labelOf,
  isPicked: (id) => store.state.selection.includes(id),
  isPinned: (id) => store.state.pin.includes(id),
  actions: {
    open: (id) => store.commit({ focus: id, view: 'neighbourhood', expand: [], demo: null, active: id }),
    expand,
    lineage: (id) => store.commit({ focus: id, view: 'lineage', demo: null, active: id }),
    togglePick,
    hide: (id) => {
      if (id === store.state.focus) return setStatus('The focus cannot be hidden: open another node first.', 'ready');
      store.commit({ hide: [...store.state.hide, id], active: store.state.active === id ? null : store.state.active });
    },
    togglePin: (id) =>
      store.commit({ pin: store.state.pin.includes(id) ? store.state.pin.filter((p) => p !== id) : [...store.state.pin, id] }),
    show,
  },
});

/** Opens the details of a node or edge (not an edit: no undo step, one history entry replaced). */
function show(id: string): void {
  const element = cy.getElementById(id);
  if (element.nonempty() && element.isNode()) {
    cy.elements(':selected').unselect();
    element.select();
    if (element.hasClass('outside')) setStatus(`${labelOf(id)} is hidden by a filter.`, 'ready');
    // On a narrow screen the details sheet is about to shrink the canvas (sheets.ts re-centres the
    // selection when it has): an animation aimed at the old centre would miss.
    else if (isNarrow() || window.matchMedia('(prefers-reduced-motion: reduce)').matches) centreOn(element);
    else cy.animate({ pan: panCentring(element) }, { duration: 150 });
  }
  if (store.state.active === id) renderDetails();
  else store.commit({ active: id }, { replace: true, undoable: false });
}

function renderDetails(): void {
  const ticket = ++detailsTicket;
  const state = store.state;
  const ctx = detailsContext();
  cy.elements('.active').removeClass('active');
  const active = state.active;
  const element = active ? cy.getElementById(active) : cy.collection();
  if (active && element.nonempty()) element.addClass('active');
  if (active && (edges.has(active) || (element.nonempty() && element.isEdge()))) return details.showEdge(detailsPanel, ctx, active);
  if (active && (element.nonempty() || nodes.has(active))) {
    void details.showNode(detailsPanel, ctx, active, () => ticket === detailsTicket);
    return;
  }
  if (drawing?.overlap) return details.showOverlap(detailsPanel, ctx, drawing.overlap.result, drawing.overlap.matches);
  if (drawing?.path) return details.showPath(detailsPanel, ctx, drawing.path);
  if (state.focus && drawing) {
    cy.getElementById(state.focus).addClass('active');
    void details.showNode(detailsPanel, ctx, state.focus, () => ticket === detailsTicket);
    return;
  }
  renderPanel(
    detailsPanel,
    h('h2', { tabindex: '-1' }, 'Details'),
    h('p', { class: 'hint' }, 'Click a node or a link (or pick one with “Jump to node”) to see its details and the evidence behind it.'),
  );
}

// ---------------------------------------------------------------------------------------------
// Selection, expansion

function togglePick(id: string): void {
  const selection = store.state.selection;
  store.commit({ selection: selection.includes(id) ? selection.filter((s) => s !== id) : [...selection, id].slice(0, 20) });
}

function expand(id: string, relation: string | null): void {
  const state = store.state;
  const entry = relation ? `${id}~${relation}` : id;
  if (state.view === 'neighbourhood' && state.focus && state.demo === null) {
    if (id === state.focus || state.expand.includes(entry) || state.expand.includes(id)) {
      setStatus(`${labelOf(id)} is already expanded.`, 'ready');
      return;
    }
    store.commit({ expand: [...state.expand.filter((e) => !e.startsWith(`${id}~`)), entry], active: id });
  } else {
    store.commit({ focus: id, view: 'neighbourhood', expand: relation ? [entry] : [], demo: null, active: id });
  }
}

/**
 * Names for ids in the selection and hidden lists that no view has drawn yet (a deep link). Each id
 * is asked for once: every panel refresh calls this, and an id the API does not know (a stale link)
 * would otherwise be asked for again on every change.
 */
const labelsAskedFor = new Set<string>();
async function resolveLabels(ids: string[]): Promise<void> {
  const missing = ids.filter((id) => !nodes.has(id) && !labelsAskedFor.has(id)).slice(0, 50);
  if (missing.length === 0) return;
  for (const id of missing) labelsAskedFor.add(id);
  const found = await api.graph(missing, 1).catch(() => null);
  if (!found) return;
  remember(found.nodes.filter((n) => missing.includes(n.id)));
  refreshPanels();
}

// ---------------------------------------------------------------------------------------------
// Panels

const viewButtons = Array.from(document.querySelectorAll<HTMLButtonElement>('#view-buttons button'));

function refreshPanels(): void {
  const state = store.state;
  for (const element of viewButtons)
    element.setAttribute('aria-pressed', String(element.dataset.view === state.view && state.demo === null));
  byId<HTMLSelectElement>('direction').value = state.direction;
  const fromInput = byId<HTMLInputElement>('year-from');
  const toInput = byId<HTMLInputElement>('year-to');
  if (document.activeElement !== fromInput) fromInput.value = state.from === null ? '' : String(state.from);
  if (document.activeElement !== toInput) toInput.value = state.to === null ? '' : String(state.to);
  for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="labels"]')))
    input.checked = input.value === state.lang;
  byId<HTMLButtonElement>('undo').disabled = !store.canUndo;
  refreshSlider();
  renderSelection();
  renderHidden();
  renderTypeFilters();
  fillJumpList();
  void resolveLabels([...state.selection, ...state.hide]);
}

function renderSelection(): void {
  const state = store.state;
  const list = byId<HTMLUListElement>('selection');
  renderPanel(
    list,
    ...state.selection.map((id) =>
      h(
        'li',
        { 'data-id': id },
        button(labelOf(id), () => show(id), {
          ...(langOf(labelOf(id)) ? { lang: 'ja' } : {}),
          title: nodes.has(id) ? (nodes.get(id)?.title ?? nodes.get(id)?.name ?? id) : id,
          'aria-label': `Show ${labelOf(id)}`,
        }),
        button('×', () => togglePick(id), { 'aria-label': `Remove ${labelOf(id)} from the selection` }),
      ),
    ),
    state.selection.length === 0 ? h('li', { class: 'hint' }, 'Nothing selected.') : null,
  );
}

function renderHidden(): void {
  const state = store.state;
  const section = byId<HTMLElement>('hidden-list');
  renderPanel(
    section,
    ...state.hide.map((id) =>
      h(
        'li',
        {},
        h('span', {}, labelOf(id)),
        button('Show', () => store.commit({ hide: store.state.hide.filter((x) => x !== id) }), {
          'aria-label': `Show ${labelOf(id)} again`,
        }),
      ),
    ),
    state.hide.length > 1
      ? h(
          'li',
          {},
          button('Show all', () => store.commit({ hide: [] }), { 'aria-label': 'Show all hidden nodes' }),
        )
      : null,
    state.hide.length === 0 ? h('li', { class: 'hint' }, 'Nothing hidden.') : null,
  );
}

function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void, attrs: Record<string, string>): HTMLElement {
  const input = h('input', { type: 'checkbox', ...attrs });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return h('label', { class: 'check' }, input, label);
}

/** Kinds and relationship types: those drawn, plus any filtered out (so they can be brought back). */
function renderTypeFilters(): void {
  const state = store.state;
  const drawnKinds = new Set(
    cy
      .nodes()
      .not('.axis')
      .map((n) => String(n.data('kind'))),
  );
  const kinds = Object.keys(KIND_STYLE).filter((k) => drawnKinds.has(k) || state.kinds.includes(k));
  const relations = [
    ...new Set([
      ...cy
        .edges()
        .not('.matchlink')
        .map((e) => String(e.data('relation'))),
      ...state.rels,
    ]),
  ].sort();
  const toggle = (list: string[], value: string, show: boolean): string[] => (show ? list.filter((x) => x !== value) : [...list, value]);
  renderPanel(
    byId<HTMLElement>('kind-filters'),
    ...kinds.map((kind) =>
      h(
        'li',
        {},
        h('span', { class: `swatch kind-${kind}`, 'aria-hidden': 'true' }),
        checkbox(
          KIND_WORDS[kind as keyof typeof KIND_WORDS].many,
          !state.kinds.includes(kind),
          (on) => store.commit({ kinds: toggle(store.state.kinds, kind, on) }),
          {
            'data-kind': kind,
            'data-key': `kind-${kind}`,
          },
        ),
      ),
    ),
    kinds.length === 0 ? h('li', { class: 'hint' }, 'Nothing drawn.') : null,
  );
  renderPanel(
    byId<HTMLElement>('relation-filters'),
    ...relations.map((relation) =>
      h(
        'li',
        {},
        checkbox(
          relationTitle(relation),
          !state.rels.includes(relation),
          (on) => store.commit({ rels: toggle(store.state.rels, relation, on) }),
          {
            'data-relation': relation,
            'data-key': `rel-${relation}`,
          },
        ),
      ),
    ),
    relations.length === 0 ? h('li', { class: 'hint' }, 'No links drawn.') : null,
  );
}

function fillJumpList(): void {
  const select = byId<HTMLSelectElement>('jump');
  const drawn = shown().nodes().not('.axis');
  if (drawn.length > 500) {
    select.replaceChildren(h('option', { value: '' }, `${drawn.length} nodes (too many to list)`));
    return;
  }
  const options = drawn
    .map((n) => ({ id: n.id(), label: String(n.data('title') ?? n.data('label')) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  select.replaceChildren(
    h('option', { value: '' }, `— ${options.length} nodes —`),
    ...options.map((o) => h('option', { value: o.id }, o.label)),
  );
}

// ---------------------------------------------------------------------------------------------
// Years: the form (validated) and the timeline slider

const yearError = byId<HTMLParagraphElement>('years-error');
const sliderFrom = byId<HTMLInputElement>('slider-from');
const sliderTo = byId<HTMLInputElement>('slider-to');

/** The slider spans the years of what is drawn (at least 1985–2026, the span of the record). */
function refreshSlider(): void {
  const years = cy
    .nodes()
    .not('.axis')
    .map((n) => [n.data('start') as number | null, n.data('end') as number | null])
    .flat()
    .filter((y): y is number => typeof y === 'number');
  const min = Math.min(1985, ...years);
  const max = Math.max(2026, ...years);
  const state = store.state;
  for (const slider of [sliderFrom, sliderTo]) {
    slider.min = String(min);
    slider.max = String(max);
  }
  sliderFrom.value = String(state.from ?? min);
  sliderTo.value = String(state.to ?? max);
  byId('slider-value').textContent = `${state.from ?? min} – ${state.to ?? max}`;
}

function applyYears(from: number | null, to: number | null, replace = false): boolean {
  const error = yearRangeError(from, to);
  for (const id of ['year-from', 'year-to']) byId(id).setAttribute('aria-invalid', String(error !== null));
  yearError.textContent = error ?? '';
  yearError.hidden = error === null;
  if (error) return false;
  store.commit({ from, to }, { replace });
  return true;
}

byId<HTMLFormElement>('years-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const read = (id: string): number | null => {
    const value = byId<HTMLInputElement>(id).value.trim();
    return value === '' ? null : Number(value);
  };
  applyYears(read('year-from'), read('year-to'));
});
byId('years-clear').addEventListener('click', () => applyYears(null, null));
for (const slider of [sliderFrom, sliderTo]) {
  slider.addEventListener('input', () => {
    let from = Number(sliderFrom.value);
    let to = Number(sliderTo.value);
    // The thumbs cannot cross: the one moved pushes the other.
    if (from > to) {
      if (slider === sliderFrom) to = from;
      else from = to;
    }
    const full = from === Number(sliderFrom.min) && to === Number(sliderTo.max);
    applyYears(full ? null : from, full ? null : to, true);
  });
}

// ---------------------------------------------------------------------------------------------
// Exports, links, saved views, undo

function exportInput(): exporter.ExportInput {
  const visible = visibleElements();
  return {
    state: store.state,
    url: window.location.href,
    nodes: visible.nodes,
    edges: visible.edges,
    known: nodes,
    knownEdges: edges,
    labelOf,
  };
}

byId('export-json').addEventListener('click', () => download(`${exporter.baseName(store.state)}.json`, exporter.viewJson(exportInput())));
byId('export-nodes-csv').addEventListener('click', () =>
  download(`${exporter.baseName(store.state)}-nodes.csv`, exporter.nodesCsv(exportInput())),
);
byId('export-edges-csv').addEventListener('click', () =>
  download(`${exporter.baseName(store.state)}-links.csv`, exporter.edgesCsv(exportInput())),
);
byId('export-png').addEventListener('click', () => {
  exporter.viewPng(cy, statusLine.textContent ?? 'Kizuna', exportInput()).then(
    (blob) => download(`${exporter.baseName(store.state)}.png`, blob),
    (error: unknown) => setStatus(`PNG export failed: ${error instanceof Error ? error.message : String(error)}`, 'error'),
  );
});
byId('fit').addEventListener('click', () => fitView({ overview: true }));
byId('cite-view').addEventListener('click', () => {
  const visible = visibleElements();
  void openCiteDialog({
    kind: 'view',
    title: `This view and its sources: ${statusLine.textContent ?? ''}`,
    view: {
      url: window.location.href,
      accessed: new Date(),
      edges: visible.edges.map((e) => edges.get(e.id())).filter((e): e is EdgeSummary => e !== undefined),
      nodes: visible.nodes
        .map((n) => nodes.get(n.id()) as NodeDetails | undefined)
        .filter((n): n is NodeDetails => n?.evidence !== undefined),
    },
  });
});

byId('copy-link').addEventListener('click', () => {
  const confirm = byId('copy-link-status');
  navigator.clipboard.writeText(window.location.href).then(
    () => (confirm.textContent = 'Link copied.'),
    () => (confirm.textContent = `Copy this link: ${window.location.href}`),
  );
});

const SAVED_KEY = 'kizuna.savedViews';
interface SavedView {
  name: string;
  search: string;
  savedAt: string;
}
function savedViews(): SavedView[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(SAVED_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as SavedView[]).filter((v) => typeof v.name === 'string' && typeof v.search === 'string') : [];
  } catch {
    return [];
  }
}
function renderSavedViews(): void {
  const views = savedViews();
  renderPanel(
    byId<HTMLElement>('saved-views'),
    ...views.map((view) =>
      h(
        'li',
        {},
        button(view.name, () => store.commit(parseState(view.search)), {
          'aria-label': `Open the saved view ${view.name}`,
          'data-key': `open-${view.name}`,
        }),
        button(
          '×',
          () => {
            localStorage.setItem(SAVED_KEY, JSON.stringify(savedViews().filter((v) => v.name !== view.name)));
            renderSavedViews();
          },
          { 'aria-label': `Delete the saved view ${view.name}` },
        ),
      ),
    ),
    views.length === 0 ? h('li', { class: 'hint' }, 'No saved views yet.') : null,
  );
}
byId<HTMLFormElement>('save-view-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = byId<HTMLInputElement>('save-view-name');
  const name = input.value.trim().slice(0, 80);
  if (!name) return;
  const views = savedViews().filter((v) => v.name !== name);
  views.unshift({ name, search: formatState(store.state), savedAt: new Date().toISOString() });
  localStorage.setItem(SAVED_KEY, JSON.stringify(views.slice(0, 50)));
  input.value = '';
  renderSavedViews();
});

byId('undo').addEventListener('click', () => store.undo());
document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !typing) {
    event.preventDefault();
    store.undo();
  }
});

for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="labels"]'))) {
  input.addEventListener('change', () => store.commit({ lang: input.value === 'ja' ? 'ja' : 'en' }));
}

// ---------------------------------------------------------------------------------------------
// Controls, canvas and keyboard

for (const element of viewButtons) {
  element.addEventListener('click', () =>
    store.commit({ view: (element.dataset.view ?? 'neighbourhood') as View, demo: null, active: null }),
  );
}
byId<HTMLSelectElement>('direction').addEventListener('change', (event) => {
  store.commit({ direction: (event.target as HTMLSelectElement).value === 'downstream' ? 'downstream' : 'upstream' });
});
byId<HTMLSelectElement>('jump').addEventListener('change', (event) => {
  const id = (event.target as HTMLSelectElement).value;
  if (id) show(id);
});

cy.on('tap', 'node', (event) => {
  const node = event.target as cytoscape.NodeSingular;
  if (!node.hasClass('axis')) show(node.id());
});
cy.on('tap', 'edge', (event) => show((event.target as cytoscape.EdgeSingular).id()));
cy.on('dbltap', 'node', (event) => {
  const node = event.target as cytoscape.NodeSingular;
  if (!node.hasClass('axis')) expand(node.id(), null);
});
// Long-press on a touch screen opens the details and brings them into view (the sheet on a phone).
cy.on('taphold', 'node', (event) => {
  const node = event.target as cytoscape.NodeSingular;
  if (node.hasClass('axis')) return;
  show(node.id());
  document.body.dataset.sheet = 'details';
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
  const active = store.state.active;
  if (pan) cy.panBy(pan);
  else if (event.key === '+' || event.key === '=')
    cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  else if (event.key === '-') cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  else if (event.key === 'f' || event.key === 'F') fitView({ overview: true });
  else if (event.key === 'Enter' && active && cy.getElementById(active).isNode()) expand(active, null);
  else return;
  event.preventDefault();
});

setUpSearch({
  open: (id) => store.commit({ focus: id, view: 'neighbourhood', expand: [], demo: null, active: id }),
  pick: togglePick,
  remember: (node) => remember([node]),
  setStatus,
});

byId<HTMLUListElement>('legend').replaceChildren(
  ...Object.entries(KIND_STYLE).map(([kind, k]) =>
    h(
      'li',
      {},
      h('span', { class: `swatch kind-${kind}`, 'aria-hidden': 'true' }),
      `${KIND_WORDS[kind as keyof typeof KIND_WORDS].one} (${k.shape.replace('-', ' ')})`,
    ),
  ),
  h('li', {}, h('span', { class: 'swatch match', 'aria-hidden': 'true' }), 'Shared in the overlap; dashed: how it matched'),
  h('li', {}, h('span', { class: 'swatch onpath', 'aria-hidden': 'true' }), 'On the shortest path'),
  h('li', {}, h('span', { class: 'swatch picked', 'aria-hidden': 'true' }), 'Selected (ring)'),
  h(
    'li',
    { class: 'rule' },
    'Lineage columns: an instrument, event or institutional change sits at its own year; an institution, area or mechanism at the year it enters the lineage (the earliest year of its links there).',
  ),
);

renderSavedViews();
refreshPanels();
void reload();
