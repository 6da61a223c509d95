/**
 * The Cytoscape canvas: turning nodes and edges into elements, drawing, showing what the filters
 * allow, labels in the chosen language, fitting, pins, and the hover title. It knows nothing of
 * views or panels; app.ts drives it from the store.
 */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import type { EdgeSummary, NodeSummary } from './api.js';
import * as api from './api.js';
import { byId } from './dom.js';
import { loadJapaneseGlyphs } from './fonts.js';
import { activePeriod, isEdgeShown, isNodeShown } from './filters.js';
import { graphStyle, type LabelLevel } from './graphStyle.js';
import { fullLabel, shortLabel } from './labels.js';
import type { ExplorerState, Lang } from './state.js';
import { relationWords } from './wording.js';

cytoscape.use(dagre);

export const cy = cytoscape({
  container: byId('cy'),
  style: graphStyle(),
  minZoom: 0.03,
  maxZoom: 4,
  boxSelectionEnabled: false,
  hideEdgesOnViewport: false,
});

// Cytoscape caches where its canvas sits on the page and learns of changes only from window
// resizes. A status line that wraps, a sheet that opens or a rotated phone moves or resizes the
// canvas without one, and every tap would then land away from what is drawn: tell it.
const relocate = new ResizeObserver(() => cy.resize());
relocate.observe(cy.container()!);

/** The smallest on-screen size of a node label, in CSS pixels. */
const MIN_LABEL_PX = 10;
/** Every label is drawn while it needs to grow at most this much (in graph units) to stay readable. */
const ALL_LABELS_SCALE = 1.6;
/** Key labels (instruments, focus, selection …) are drawn up to this growth; beyond, only the focus's. */
const KEY_LABELS_SCALE = 3;

/**
 * The label level for a zoom: every drawn label keeps at least MIN_LABEL_PX on screen, growing in
 * graph units as the view zooms out; as that growth would make labels collide, fewer are drawn —
 * all of them, then the key ones, then only the focus's and the open node's (level of detail).
 * Scales are quantised to quarters so the stylesheet is rebuilt only now and then.
 */
export function labelLevel(zoom: number): LabelLevel {
  const wanted = MIN_LABEL_PX / (11 * zoom);
  const labelScale = Math.min(12, Math.max(1, Math.ceil(wanted * 4) / 4));
  const detail = wanted <= ALL_LABELS_SCALE ? 'all' : wanted <= KEY_LABELS_SCALE ? 'key' : 'none';
  return { labelScale, detail };
}

/**
 * Above this many nodes labels neither grow nor wrap: restyling or re-measuring 2,000 labels on
 * every zoom costs more than a frame, and at a zoom that shows them all there is no room for
 * grown labels anyway. They keep their size, end in an ellipsis, and hide below 7 px.
 */
const LARGE_GRAPH = 500;
const LARGE_GRAPH_LEVEL: LabelLevel = { labelScale: 1, detail: 'all', large: true };

let level = JSON.stringify(labelLevel(1));
let levelTimer: ReturnType<typeof setTimeout> | undefined;
/** Restyling 2,000 nodes takes a few hundred ms: wait for a pause in the zooming. */
const LEVEL_DEBOUNCE_MS = 150;

/** Restyles the labels for the current zoom, when its level changed. */
function updateLabelLevel(): void {
  const next = cy.nodes().length > LARGE_GRAPH ? LARGE_GRAPH_LEVEL : labelLevel(cy.zoom());
  if (JSON.stringify(next) === level) return;
  level = JSON.stringify(next);
  cy.style(graphStyle(next));
  cy.container()!.dataset.labels = next.detail;
}

// When the zooming pauses, not on every frame of a pinch or a wheel spin.
cy.on('zoom', () => {
  clearTimeout(levelTimer);
  levelTimer = setTimeout(updateLabelLevel, LEVEL_DEBOUNCE_MS);
});

/** Where each pinned node was put, so a redraw (an expansion, a view change) keeps it there. */
const pinnedAt = new Map<string, cytoscape.Position>();

function nodeData(node: NodeSummary, lang: Lang): Record<string, unknown> {
  const period = activePeriod(node);
  const year = api.yearOf(node);
  const short = shortLabel(node, lang);
  return {
    id: node.id,
    label: node.__typename === 'Instrument' && year !== null && !short.includes(String(year)) ? `${short} (${year})` : short,
    title: fullLabel(node, lang),
    kind: node.__typename,
    year,
    start: period.start,
    end: period.end,
  };
}

/** Replaces the drawing; edges whose ends are not both drawn, and self-loops, are left out. */
export function draw(nodeList: NodeSummary[], edgeList: EdgeSummary[], lang: Lang, classesOf: (id: string) => string[] = () => []): void {
  const ids = new Set(nodeList.map((n) => n.id));
  cy.batch(() => {
    cy.elements().remove();
    cy.add(nodeList.map((n) => ({ group: 'nodes' as const, data: nodeData(n, lang), classes: classesOf(n.id).join(' ') })));
    cy.add(
      edgeList
        .filter((e) => ids.has(e.from.id) && ids.has(e.to.id) && e.from.id !== e.to.id)
        .map((e) => ({
          group: 'edges' as const,
          data: { id: e.id, source: e.from.id, target: e.to.id, label: relationWords(e.relation), relation: e.relation, year: e.year },
          classes: classesOf(e.id).join(' '),
        })),
    );
  });
  updateLabelLevel();
}

/**
 * Canvas text is not re-laid out when a web font arrives: load the Japanese glyphs the labels use
 * first, then redraw the labels with them.
 */
export function loadLabelGlyphs(): void {
  const text = cy
    .nodes()
    .map((n) => String(n.data('label') ?? ''))
    .join('');
  void loadJapaneseGlyphs(text).then((loaded) => {
    // Cytoscape caches each label's bitmap by its text and font: a class with a font stack that
    // differs only in an unused fallback gives a new key, so the labels are drawn again.
    if (loaded) cy.nodes().addClass('glyphs');
  });
}

/** Relabels the drawn nodes for a language (the EN/JA toggle) without redrawing. */
export function relabel(known: Map<string, NodeSummary>, lang: Lang): void {
  cy.batch(() => {
    cy.nodes()
      .not('.axis')
      .forEach((element) => {
        const node = known.get(element.id());
        if (!node) return;
        const data = nodeData(node, lang);
        element.data('label', data.label);
        element.data('title', data.title);
      });
  });
}

/**
 * Shows what the state's filters allow (class `outside` hides the rest) and marks the picked
 * nodes; returns how many nodes the filters hide.
 */
export function applyFilters(state: ExplorerState): number {
  let hidden = 0;
  cy.batch(() => {
    const shown = new Map<string, boolean>();
    cy.nodes()
      .not('.axis')
      .forEach((node) => {
        const visible = isNodeShown(
          {
            id: node.id(),
            kind: String(node.data('kind')),
            period: { start: node.data('start') as number | null, end: node.data('end') as number | null },
          },
          state,
        );
        shown.set(node.id(), visible);
        node.toggleClass('outside', !visible);
        if (!visible) hidden++;
        node.toggleClass('picked', state.selection.includes(node.id()));
        node.toggleClass('pinned', state.pin.includes(node.id()));
      });
    cy.edges().forEach((edge) => {
      const visible = isEdgeShown(
        String(edge.data('relation')),
        shown.get(edge.source().id()) ?? true,
        shown.get(edge.target().id()) ?? true,
        state,
      );
      edge.toggleClass('outside', !visible);
    });
  });
  return hidden;
}

/** Locks pinned nodes where they were last put; unlocks the rest. Call after a layout. */
export function applyPins(state: ExplorerState): void {
  cy.nodes().forEach((node) => {
    const pinned = state.pin.includes(node.id());
    if (pinned) {
      const at = pinnedAt.get(node.id());
      // A locked node ignores position(): unlock, put it back where it was pinned, lock again.
      node.unlock();
      if (at) node.position(at);
      else pinnedAt.set(node.id(), { ...node.position() });
      node.lock();
    } else {
      pinnedAt.delete(node.id());
      node.unlock();
    }
  });
}

/** Records where a dragged pinned node now is. */
cy.on('dragfree', 'node', (event) => {
  const node = event.target as cytoscape.NodeSingular;
  if (pinnedAt.has(node.id())) pinnedAt.set(node.id(), { ...node.position() });
});

/** The largest zoom a fit may choose: a graph of three nodes should not fill the screen with one. */
const FIT_MAX_ZOOM = 1.4;

/**
 * Pans so the middle of the nodes themselves is at the middle of the canvas. cy.center() centres
 * their bounding box, labels included, and a label restyled for the zoom a moment later (see
 * labelLevel) would leave the node off to one side, or off the canvas.
 */
export function centreOn(eles: cytoscape.CollectionReturnValue): void {
  if (eles.nodes().nonempty()) cy.pan(panCentring(eles));
}

/** The pan (rendered px) that puts the middle of the nodes, labels left out, at the canvas's middle. */
export function panCentring(eles: cytoscape.CollectionReturnValue): cytoscape.Position {
  const box = eles.nodes().boundingBox({ includeLabels: false, includeOverlays: false });
  const zoom = cy.zoom();
  return { x: cy.width() / 2 - ((box.x1 + box.x2) / 2) * zoom, y: cy.height() / 2 - ((box.y1 + box.y2) / 2) * zoom };
}

/** The smallest zoom a first view opens at: key labels are still drawn (see labelLevel). */
const FIRST_VIEW_MIN_ZOOM = MIN_LABEL_PX / (11 * KEY_LABELS_SCALE);

/**
 * Fits the visible elements (or `eles`) with a margin, never zooming a small graph past 1.4×.
 * Unless `overview` (the Fit button, the F key), a graph too big to fit legibly — a long lineage on
 * a phone — opens at the smallest legible zoom, centred on `centre` (the focus), to be panned.
 */
export function fitView(
  options: { eles?: cytoscape.CollectionReturnValue; padding?: number; overview?: boolean; centre?: string | null } = {},
): void {
  const target = options.eles ?? shown();
  if (target.empty()) return;
  cy.fit(target, options.padding ?? 30);
  if (cy.zoom() > FIT_MAX_ZOOM) {
    cy.zoom(FIT_MAX_ZOOM);
    cy.center(target);
  } else if (!options.overview && cy.zoom() < FIRST_VIEW_MIN_ZOOM) {
    const centre = options.centre ? cy.getElementById(options.centre) : cy.collection();
    cy.zoom(FIRST_VIEW_MIN_ZOOM);
    cy.center(centre.nonempty() ? centre : target);
  }
  updateLabelLevel();
}

/** Runs a layout over the visible, unpinned nodes and resolves when it stops. */
export async function runLayout(options: cytoscape.LayoutOptions, eles?: cytoscape.CollectionReturnValue): Promise<void> {
  const layout = (eles ?? shown()).layout(options);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  await done;
}

/**
 * The elements the filters leave on screen. Read from the `outside` class the filters set, not
 * Cytoscape's `:visible`, which is computed from style lazily and can lag a filter change.
 */
export function shown(): cytoscape.CollectionReturnValue {
  return cy.elements().not('.outside');
}

/** The nodes and edges on screen (filters applied, axis left out): what exports contain. */
export function visibleElements(): { nodes: cytoscape.NodeCollection; edges: cytoscape.EdgeCollection } {
  const drawn = shown().not('.axis');
  return { nodes: drawn.nodes(), edges: drawn.edges() };
}

// The full title on hover (labels are short; long ones wrap and fade out at small zoom).
const tip = byId<HTMLDivElement>('canvas-tip');
cy.on('mouseover', 'node, edge', (event) => {
  const element = event.target as cytoscape.SingularElementArgument;
  if (element.hasClass('axis')) return;
  tip.textContent = element.isNode() ? String(element.data('title') ?? element.data('label')) : String(element.data('label'));
  const position = event.renderedPosition ?? { x: 0, y: 0 };
  tip.style.left = `${Math.round(position.x + 12)}px`;
  tip.style.top = `${Math.round(position.y + 12)}px`;
  tip.hidden = false;
});
cy.on('mouseout viewport', () => {
  tip.hidden = true;
});
