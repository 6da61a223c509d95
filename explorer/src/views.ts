/**
 * What each view fetches and draws: the neighbourhood of the focus (and its expansions), its
 * lineage, the overlap of the selected instruments, the path between the first two. Each loader
 * returns a Drawing; app.ts puts it on the canvas and lays it out.
 */
import type cytoscape from 'cytoscape';
import * as api from './api.js';
import type { EdgeSummary, GraphResult, NodeSummary, OverlapMatch, OverlapResult } from './api.js';
import type { ExplorerState } from './state.js';
import { syntheticGraph } from './synthetic.js';
import { humanise } from './wording.js';

export interface Drawing {
  nodes: NodeSummary[];
  edges: EdgeSummary[];
  /** Classes per node or edge id: focus, match, onpath. */
  classesOf: (id: string) => string[];
  /** Drawn edges that are not stored relationships (how an overlap matched). */
  extraEdges: cytoscape.ElementDefinition[];
  layout: 'concentric' | 'timeline' | 'dagre' | 'demo';
  /** What the view is about: "why is this here" explains every other node from these. */
  anchors: string[];
  status: string;
  overlap?: { result: OverlapResult; matches: OverlapMatch[] };
  path?: GraphResult;
  truncated?: boolean;
}

/** A view that cannot be drawn yet, with the reason shown to the user. */
export class NothingToDraw {
  constructor(readonly message: string) {}
}

/** A label from the nodes just fetched, else from what the explorer already knows. */
function namer(list: NodeSummary[], labelOf: (id: string) => string): (id: string) => string {
  return (id) => {
    const node = list.find((n) => n.id === id);
    return node ? api.labelOf(node) : labelOf(id);
  };
}

/** `id~RELATION` → the node id and the relationship type it is expanded along (null: every type). */
export function parseExpansion(entry: string): { id: string; relation: string | null } {
  const [id = '', relation] = entry.split('~');
  return { id, relation: relation ?? null };
}

async function neighbourhood(state: ExplorerState, labelOf: (id: string) => string): Promise<Drawing> {
  const focus = state.focus;
  if (!focus) throw new NothingToDraw('Search for a node to begin, or open a suggestion.');
  const expansions = state.expand.map(parseExpansion).filter((e) => e.id !== focus);
  const ids = [focus, ...new Set(expansions.map((e) => e.id))].slice(0, 50);
  const result = await api.graph(ids, 1);
  // Keep the focus's neighbours, and each expanded node's neighbours along the relationship it was
  // expanded by (all of them for a plain expansion).
  const keep = new Set<string>(ids);
  for (const edge of result.edges) {
    for (const [here, there] of [
      [edge.from.id, edge.to.id],
      [edge.to.id, edge.from.id],
    ] as const) {
      if (here === focus) keep.add(there);
      for (const expansion of expansions) {
        if (expansion.id === here && (expansion.relation === null || expansion.relation === edge.relation)) keep.add(there);
      }
    }
  }
  const nodes = result.nodes.filter((n) => keep.has(n.id));
  const name = namer(result.nodes, labelOf);
  return {
    nodes,
    edges: result.edges,
    classesOf: (id) => (id === focus ? ['focus'] : expansions.some((e) => e.id === id) ? ['expanded'] : []),
    extraEdges: [],
    layout: 'concentric',
    anchors: [focus, ...expansions.map((e) => e.id)],
    truncated: result.truncated,
    status: `${nodes.length} nodes around ${name(focus)}${result.truncated ? ' (cut at the API limit)' : ''}. Double-click a node (or press Enter) to expand it; a long press opens its details.`,
  };
}

async function lineage(state: ExplorerState, labelOf: (id: string) => string): Promise<Drawing> {
  const focus = state.focus;
  if (!focus) throw new NothingToDraw('Pick a node first (search, then open a result) to see its lineage.');
  const result = await api.lineage(focus, state.direction === 'upstream' ? 'UPSTREAM' : 'DOWNSTREAM');
  const name = namer(result.nodes, labelOf);
  return {
    nodes: result.nodes,
    edges: result.edges,
    classesOf: (id) => (id === focus ? ['focus'] : []),
    extraEdges: [],
    layout: 'timeline',
    anchors: [focus],
    status: `${state.direction === 'upstream' ? 'Upstream' : 'Downstream'} lineage of ${name(focus)}: ${result.nodes.length} nodes, ${result.edges.length} links, laid out by year.`,
  };
}

async function overlap(state: ExplorerState, known: Map<string, NodeSummary>): Promise<Drawing> {
  const ids = state.selection.filter((id) => !known.has(id) || known.get(id)?.__typename === 'Instrument');
  if (ids.length < 2) throw new NothingToDraw('Select two or more instruments (“Add to selection”) to compare them.');
  const [result, around] = await Promise.all([api.overlap(ids), api.graph(ids, 1)]);
  const matches = [...result.technologyAreas, ...result.institutions, ...result.mechanisms];
  const keep = new Map<string, NodeSummary>();
  for (const node of result.instruments) keep.set(node.id, node);
  for (const match of matches) for (const node of [match.node, ...match.matched]) keep.set(node.id, node);
  for (const node of around.nodes) if (keep.has(node.id)) keep.set(node.id, { ...node, ...keep.get(node.id) });
  const matchIds = new Set(matches.flatMap((m) => [m.node.id, ...m.matched.map((n) => n.id)]));
  const instrumentIds = new Set(result.instruments.map((n) => n.id));
  return {
    nodes: [...keep.values()],
    edges: around.edges,
    classesOf: (id) => (instrumentIds.has(id) ? ['focus'] : matchIds.has(id) ? ['match'] : []),
    // How each match was made: a dashed edge from the normalised node to each item it matched.
    extraEdges: matches.flatMap((m) =>
      m.matched
        .filter((n) => n.id !== m.node.id)
        .map((n) => ({
          group: 'edges' as const,
          data: { id: `MATCH:${m.node.id}:${n.id}`, source: m.node.id, target: n.id, label: humanise(m.via), relation: m.via, year: null },
          classes: 'matchlink',
        })),
    ),
    layout: 'dagre',
    anchors: [...instrumentIds],
    overlap: { result, matches },
    status: `Overlap of ${result.instruments.map((n) => api.labelOf(n)).join(' + ')}: score ${result.score.toFixed(3)}, ${matches.length} shared items highlighted.`,
  };
}

async function path(state: ExplorerState, labelOf: (id: string) => string): Promise<Drawing> {
  const [from, to] = state.selection;
  if (!from || !to) throw new NothingToDraw('Select two nodes (“Add to selection”) to find the shortest explained path.');
  const result = await api.path(from, to);
  if (!result) throw new NothingToDraw(`No path of at most 8 links joins ${labelOf(from)} and ${labelOf(to)}.`);
  return {
    nodes: result.nodes,
    edges: result.edges,
    classesOf: () => ['onpath'],
    extraEdges: [],
    layout: 'dagre',
    anchors: [from, to],
    path: result,
    status: `Shortest path: ${result.nodes.map((n) => api.labelOf(n)).join(' → ')} (${result.edges.length} links).`,
  };
}

function demo(count: number): Drawing {
  const graph = syntheticGraph(count);
  return {
    ...graph,
    classesOf: () => [],
    extraEdges: [],
    layout: 'demo',
    anchors: [],
    status: `Synthetic graph of ${count} nodes.`,
  };
}

/** Fetches what the state's view shows. Throws NothingToDraw when the view needs more input. */
export async function load(state: ExplorerState, known: Map<string, NodeSummary>, labelOf: (id: string) => string): Promise<Drawing> {
  if (state.demo !== null) return demo(state.demo);
  switch (state.view) {
    case 'neighbourhood':
      return neighbourhood(state, labelOf);
    case 'lineage':
      return lineage(state, labelOf);
    case 'overlap':
      return overlap(state, known);
    case 'path':
      return path(state, labelOf);
    default: {
      const never: never = state.view;
      throw new Error(`unknown view ${String(never)}`);
    }
  }
}
