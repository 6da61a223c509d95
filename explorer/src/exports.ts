/**
 * Exports of exactly what is on screen (filters applied, hidden nodes left out): JSON, CSV (nodes
 * and links, written by Papa Parse with spreadsheet formulae neutralised and a UTF-8 BOM so Excel
 * reads Japanese), and a PNG with a caption and a legend drawn under the graph.
 */
import type cytoscape from 'cytoscape';
import Papa from 'papaparse';
import type { EdgeSummary, NodeSummary } from './api.js';
import * as api from './api.js';
import { activePeriod } from './filters.js';
import { FONT_STACK, loadJapaneseGlyphs } from './fonts.js';
import { KIND_STYLE } from './graphStyle.js';
import type { ExplorerState } from './state.js';
import { KIND_WORDS, relationTitle } from './wording.js';

export interface ExportInput {
  state: ExplorerState;
  url: string;
  nodes: cytoscape.NodeCollection;
  edges: cytoscape.EdgeCollection;
  known: Map<string, NodeSummary>;
  knownEdges: Map<string, EdgeSummary>;
  labelOf: (id: string) => string;
}

/** A file name for the view: kizuna-lineage-moc-2023-industrial-science-technology. */
export function baseName(state: ExplorerState): string {
  return `kizuna-${state.view}${state.focus ? `-${state.focus}` : ''}`;
}

/** The view as JSON: the URL, the state, and the visible nodes and links as the API gave them. */
export function viewJson(input: ExportInput): Blob {
  const json = {
    url: input.url,
    exportedAt: new Date().toISOString(),
    state: input.state,
    nodes: input.nodes.map((n) => input.known.get(n.id()) ?? { id: n.id() }),
    edges: input.edges.map(
      (e) =>
        input.knownEdges.get(e.id()) ?? {
          id: e.id(),
          relation: String(e.data('relation')),
          from: { id: e.source().id() },
          to: { id: e.target().id() },
        },
    ),
  };
  return new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' });
}

const BOM = '\uFEFF';

function csv(rows: Record<string, string | number | null>[], fields: string[]): Blob {
  // escapeFormulae: a cell starting with = + - @, tab or CR is prefixed with ' (OWASP CSV injection).
  const text = Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) }, { escapeFormulae: true, newline: '\r\n' });
  return new Blob([BOM, text], { type: 'text/csv;charset=utf-8' });
}

/** The visible nodes as CSV: id, kind, label, full title, year, active period. */
export function nodesCsv(input: ExportInput): Blob {
  return csv(
    input.nodes.map((element) => {
      const node = input.known.get(element.id());
      const period = node ? activePeriod(node) : { start: null, end: null };
      return {
        id: element.id(),
        kind: node ? KIND_WORDS[node.__typename].one : '',
        label: input.labelOf(element.id()),
        title: String(element.data('title') ?? ''),
        year: node ? api.yearOf(node) : null,
        activeFrom: period.start,
        activeTo: period.end,
      };
    }),
    ['id', 'kind', 'label', 'title', 'year', 'activeFrom', 'activeTo'],
  );
}

/** The visible links as CSV, each with its first piece of evidence (source, locator, excerpt). */
export function edgesCsv(input: ExportInput): Blob {
  return csv(
    input.edges.map((element) => {
      const edge = input.knownEdges.get(element.id());
      const evidence = edge?.evidence[0];
      return {
        id: element.id(),
        relationship: relationTitle(String(element.data('relation'))),
        type: String(element.data('relation')),
        from: element.source().id(),
        to: element.target().id(),
        fromLabel: input.labelOf(element.source().id()),
        toLabel: input.labelOf(element.target().id()),
        year: edge?.year ?? null,
        qualifier: edge?.qualifier ?? null,
        source: evidence?.source.title ?? null,
        sourceUrl: evidence?.source.url ?? null,
        locator: evidence?.locator ?? null,
        excerpt: evidence?.excerpt ?? null,
      };
    }),
    ['id', 'relationship', 'type', 'from', 'to', 'fromLabel', 'toLabel', 'year', 'qualifier', 'source', 'sourceUrl', 'locator', 'excerpt'],
  );
}

function loadImage(blob: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    const url = URL.createObjectURL(blob);
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => reject(new Error('The graph image could not be drawn.'));
    image.src = url;
  });
}

/** Wraps `text` into lines no wider than `width` pixels in the context's font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (context.measureText(candidate).width > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The view as a PNG: the graph (visible elements, 2× scale) with a caption (what the view shows,
 * the date and the link) and a legend of the kinds on screen underneath.
 */
export async function viewPng(cy: cytoscape.Core, caption: string, input: ExportInput): Promise<Blob> {
  const graph = await loadImage(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 6000, maxHeight: 6000 }));
  const width = Math.max(graph.width, 1200);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the PNG.');
  // The page's stack, Noto Sans JP first: a Japanese title in the caption is drawn, not boxed.
  const font = (size: number, weight = 400): string => `${weight} ${size}px ${FONT_STACK}`;
  await loadJapaneseGlyphs(caption);
  context.font = font(28, 700);
  const captionLines = wrap(context, caption, width - 80);
  context.font = font(22);
  const link = `${input.url} · exported ${new Date().toISOString().slice(0, 10)} · Kizuna (CC BY 4.0)`;
  const linkLines = wrap(context, link, width - 80);
  const kinds = [...new Set(input.nodes.map((n) => String(n.data('kind'))))].filter((k): k is keyof typeof KIND_STYLE => k in KIND_STYLE);
  const legendRows = Math.ceil(kinds.length / 4);
  const footer = 40 + captionLines.length * 36 + linkLines.length * 30 + 20 + legendRows * 36 + 30;
  canvas.width = width;
  canvas.height = graph.height + footer;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(graph, Math.round((width - graph.width) / 2), 0);
  let y = graph.height + 40;
  context.fillStyle = '#17202a';
  context.font = font(28, 700);
  for (const line of captionLines) {
    context.fillText(line, 40, y);
    y += 36;
  }
  context.fillStyle = '#424949';
  context.font = font(22);
  for (const line of linkLines) {
    context.fillText(line, 40, y);
    y += 30;
  }
  y += 20;
  kinds.forEach((kind, i) => {
    const x = 40 + (i % 4) * ((width - 80) / 4);
    const rowY = y + Math.floor(i / 4) * 36;
    context.fillStyle = KIND_STYLE[kind].color;
    context.fillRect(x, rowY - 18, 22, 22);
    context.fillStyle = '#17202a';
    context.fillText(KIND_WORDS[kind].many, x + 32, rowY);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be written.'))), 'image/png'),
  );
}
