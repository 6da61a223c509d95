/**
 * The explorer's state as it lives in the URL, so a view can be shared and reloaded:
 * /explore?focus=<id>&view=lineage&direction=upstream&selection=a,b&from=1985&to=2026&expand=c,d
 */

export type View = 'neighbourhood' | 'lineage' | 'overlap' | 'path';
export type Direction = 'upstream' | 'downstream';

export interface ExplorerState {
  focus: string | null;
  view: View;
  direction: Direction;
  /** Nodes picked for overlap (instruments) and path (the first two). */
  selection: string[];
  /** Year range; nodes dated outside it are hidden, undated nodes stay. */
  from: number | null;
  to: number | null;
  /** Nodes whose neighbours were expanded in the neighbourhood view. */
  expand: string[];
  /** `?demo=2000`: a synthetic graph of that many nodes, for the interactivity measurement. */
  demo: number | null;
}

const VIEWS: readonly View[] = ['neighbourhood', 'lineage', 'overlap', 'path'];
const ID = /^[a-z0-9][a-z0-9-]{0,127}$/;

export const initialState: ExplorerState = {
  focus: null,
  view: 'neighbourhood',
  direction: 'upstream',
  selection: [],
  from: null,
  to: null,
  expand: [],
  demo: null,
};

function ids(raw: string | null): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(',').map((id) => id.trim()))].filter((id) => ID.test(id)).slice(0, 20);
}

function year(raw: string | null): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  return Number(raw);
}

/** Reads the state from a query string; anything malformed falls back to the default. */
export function parseState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const focus = params.get('focus');
  const view = params.get('view') as View | null;
  const demo = params.get('demo');
  return {
    focus: focus && ID.test(focus) ? focus : null,
    view: view && VIEWS.includes(view) ? view : 'neighbourhood',
    direction: params.get('direction') === 'downstream' ? 'downstream' : 'upstream',
    selection: ids(params.get('selection')),
    from: year(params.get('from')),
    to: year(params.get('to')),
    expand: ids(params.get('expand')),
    demo: demo && /^\d{1,5}$/.test(demo) ? Math.min(Number(demo), 20_000) : null,
  };
}

/** Writes the state as a query string (with its leading `?`), leaving defaults out. */
export function formatState(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set('focus', state.focus);
  if (state.view !== 'neighbourhood') params.set('view', state.view);
  if (state.view === 'lineage' && state.direction !== 'upstream') params.set('direction', state.direction);
  if (state.selection.length > 0) params.set('selection', state.selection.join(','));
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.expand.length > 0) params.set('expand', state.expand.join(','));
  if (state.demo !== null) params.set('demo', String(state.demo));
  const text = params.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}
