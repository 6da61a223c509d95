/**
 * The explorer's state as it lives in the URL, so every view can be shared, reloaded and saved:
 * /explore?focus=<id>&view=lineage&direction=upstream&selection=a,b&from=1985&to=2026&expand=c,d~CITES
 *   &hide=e&pin=f&kinds=Source,Country&rels=CITES&lang=ja&active=g
 * One state drives the canvas, the panels, the URL and the exports (store.ts); this module only
 * reads and writes the query string.
 */

export type View = 'neighbourhood' | 'lineage' | 'overlap' | 'path';
export type Direction = 'upstream' | 'downstream';
export type Lang = 'en' | 'ja';

export interface ExplorerState {
  focus: string | null;
  view: View;
  direction: Direction;
  /** Nodes picked for overlap (instruments) and path (the first two). */
  selection: string[];
  /** Year range: nodes whose active period lies wholly outside it are hidden; undated nodes stay. */
  from: number | null;
  to: number | null;
  /**
   * Nodes whose neighbours were expanded in the neighbourhood view: `id`, or `id~RELATION` to
   * expand along one relationship type only.
   */
  expand: string[];
  /** Nodes the user hid (never the focus). */
  hide: string[];
  /** Nodes pinned where they are: layouts leave them in place. */
  pin: string[];
  /** Node kinds (GraphQL typenames) filtered out. */
  kinds: string[];
  /** Relationship types filtered out. */
  rels: string[];
  /** Labels in English or, where the sources give one, Japanese. */
  lang: Lang;
  /** The node or edge whose details are open. */
  active: string | null;
  /** `?demo=2000`: a synthetic graph of that many nodes, for the interactivity measurement. */
  demo: number | null;
}

const VIEWS: readonly View[] = ['neighbourhood', 'lineage', 'overlap', 'path'];
const ID = /^[a-z0-9][a-z0-9-]{0,127}$/;
const EXPAND = /^[a-z0-9][a-z0-9-]{0,127}(~[A-Z][A-Z_]{0,63})?$/;
const NAME = /^[A-Za-z][A-Za-z_]{0,63}$/;
/** Edge ids are `TYPE:from:to[:key]` (the key as stored); overlap matches `MATCH:a:b`. */
const EDGE_ID = /^[A-Z][A-Z_]{0,63}:[a-z0-9][a-z0-9-]{0,127}:[^\s,]{1,400}$/;

/** The earliest and latest year the year filter accepts. */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2100;

export const initialState: ExplorerState = {
  focus: null,
  view: 'neighbourhood',
  direction: 'upstream',
  selection: [],
  from: null,
  to: null,
  expand: [],
  hide: [],
  pin: [],
  kinds: [],
  rels: [],
  lang: 'en',
  active: null,
  demo: null,
};

function list(raw: string | null, pattern: RegExp, max = 20): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(',').map((id) => id.trim()))].filter((id) => pattern.test(id)).slice(0, max);
}

function year(raw: string | null): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= YEAR_MIN && value <= YEAR_MAX ? value : null;
}

/**
 * Checks a year range as typed: null when it is valid, else a message saying what to fix.
 * Either end may be open (null).
 */
export function yearRangeError(from: number | null, to: number | null): string | null {
  for (const value of [from, to]) {
    if (value !== null && (!Number.isInteger(value) || value < YEAR_MIN || value > YEAR_MAX)) {
      return `Years run from ${YEAR_MIN} to ${YEAR_MAX}.`;
    }
  }
  if (from !== null && to !== null && from > to) return `“From” (${from}) is after “to” (${to}): swap them or widen the range.`;
  return null;
}

/** Reads the state from a query string; anything malformed falls back to the default. */
export function parseState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const focus = params.get('focus');
  const view = params.get('view') as View | null;
  const demo = params.get('demo');
  const active = params.get('active');
  let from = year(params.get('from'));
  let to = year(params.get('to'));
  // A reversed range in a hand-edited URL is dropped rather than hiding everything.
  if (yearRangeError(from, to) !== null) [from, to] = [null, null];
  return {
    focus: focus && ID.test(focus) ? focus : null,
    view: view && VIEWS.includes(view) ? view : 'neighbourhood',
    direction: params.get('direction') === 'downstream' ? 'downstream' : 'upstream',
    selection: list(params.get('selection'), ID),
    from,
    to,
    expand: list(params.get('expand'), EXPAND, 50),
    hide: list(params.get('hide'), ID, 200),
    pin: list(params.get('pin'), ID, 200),
    kinds: list(params.get('kinds'), NAME),
    rels: list(params.get('rels'), NAME, 40),
    lang: params.get('lang') === 'ja' ? 'ja' : 'en',
    active: active && (ID.test(active) || EDGE_ID.test(active)) ? active : null,
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
  if (state.hide.length > 0) params.set('hide', state.hide.join(','));
  if (state.pin.length > 0) params.set('pin', state.pin.join(','));
  if (state.kinds.length > 0) params.set('kinds', state.kinds.join(','));
  if (state.rels.length > 0) params.set('rels', state.rels.join(','));
  if (state.lang !== 'en') params.set('lang', state.lang);
  if (state.active) params.set('active', state.active);
  if (state.demo !== null) params.set('demo', String(state.demo));
  const text = params.toString().replace(/%2C/g, ',').replace(/%7E/gi, '~').replace(/%3A/gi, ':');
  return text === '' ? '' : `?${text}`;
}

/**
 * What must be fetched again when it changes: the view and what it is about. Filters, hiding,
 * pins, language and the open details only change what is shown.
 */
export function dataKey(state: ExplorerState): string {
  const about =
    state.view === 'neighbourhood'
      ? [state.focus, state.expand.join(',')]
      : state.view === 'lineage'
        ? [state.focus, state.direction]
        : [state.selection.join(',')];
  return JSON.stringify([state.demo, state.view, ...about]);
}
