/**
 * How each kind of node looks (colour and shape, so kinds differ without colour too) and the
 * classes the views set: focus, match (overlap), onpath (path), faded, outside the year range.
 */
import type cytoscape from 'cytoscape';
import type { NodeTypename } from './api.js';
import { FONT_STACK } from './fonts.js';

/** The page's font stack for canvas labels: Cytoscape accepts double quotes only, and drops the whole value otherwise. */
const CANVAS_FONT_STACK = FONT_STACK.replace(/'/g, '"');

export const KIND_STYLE: Record<NodeTypename, { label: string; color: string; shape: cytoscape.Css.NodeShape }> = {
  Instrument: { label: 'Instrument', color: '#1f5fa8', shape: 'round-rectangle' },
  Institution: { label: 'Institution', color: '#b03a2e', shape: 'ellipse' },
  TechnologyArea: { label: 'Technology area', color: '#1e8449', shape: 'hexagon' },
  Mechanism: { label: 'Mechanism', color: '#7d3c98', shape: 'diamond' },
  Event: { label: 'Event', color: '#b9770e', shape: 'triangle' },
  Country: { label: 'Country', color: '#5d6d7e', shape: 'octagon' },
  ChangeEvent: { label: 'Change event', color: '#9a7d0a', shape: 'star' },
  Source: { label: 'Source', color: '#2c3e50', shape: 'rectangle' },
  PolicyTopic: { label: 'Policy topic', color: '#117864', shape: 'pentagon' },
  Post: { label: 'Post', color: '#943126', shape: 'round-triangle' },
  Person: { label: 'Person', color: '#6e2c00', shape: 'round-diamond' },
  Provision: { label: 'Provision', color: '#34495e', shape: 'round-tag' },
  Figure: { label: 'Figure', color: '#4a235a', shape: 'vee' },
};

/**
 * How labels adapt to the zoom (canvas.ts picks it): `labelScale` multiplies label sizes so they
 * stay readable on screen when zoomed out (1 at zoom ≥ 1); `detail` is the level of detail — every
 * label, only key labels (instruments, the focus, the open and selected nodes, matches, the path),
 * or only the focus and the open node — so a far-out view shows fewer labels, never specks.
 */
export interface LabelLevel {
  labelScale: number;
  detail: 'all' | 'key' | 'none';
  /** A graph too large for wrapped, growing labels (canvas.ts LARGE_GRAPH): they end in an ellipsis. */
  large?: boolean;
}

export function graphStyle(level: LabelLevel = { labelScale: 1, detail: 'all' }): cytoscape.StylesheetJson {
  const scale = level.labelScale;
  const keySelector =
    level.detail === 'none'
      ? 'node.focus, node.active, node.axis'
      : 'node[kind = "Instrument"], node.focus, node.active, node.picked, node.match, node.onpath, node.axis';
  const detailRules: cytoscape.StylesheetJson =
    level.detail === 'all'
      ? []
      : [
          { selector: 'node', style: { label: '' } },
          { selector: 'edge', style: { label: '' } },
          { selector: keySelector, style: { label: 'data(label)' } },
        ];
  const kinds = Object.entries(KIND_STYLE).map(([kind, style]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': style.color, shape: style.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        // Noto Sans JP first (fonts.ts), so Japanese labels are drawn in it, not as boxes.
        'font-family': CANVAS_FONT_STACK,
        'font-size': 11 * scale,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        // Long titles wrap instead of being cut (up to canvas.ts LARGE_GRAPH nodes); below 7 px on screen a label is hidden
        // (level of detail) rather than drawn as unreadable specks. Hover shows the full title.
        'text-wrap': level.large ? 'ellipsis' : 'wrap',
        // In graph units, so a label wraps within its timeline column; grown labels (zoomed out,
        // fewer of them) may take a little more, not so much as to cover the next column.
        'text-max-width': `${Math.round(170 * Math.min(scale, 1.2))}px`,
        'min-zoomed-font-size': 7,
        color: '#1b2631',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        width: 22,
        height: 22,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...kinds,
    { selector: 'node[kind = "Instrument"]', style: { 'font-size': 13 * scale, 'font-weight': 'bold', width: 26, height: 26 } },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        // 3.9:1 against the white canvas (WCAG 1.4.11 asks 3:1 for graphics).
        'line-color': '#7b7d7d',
        'target-arrow-color': '#7b7d7d',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 8,
        'min-zoomed-font-size': 7,
        color: '#424949',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.7,
      },
    },
    { selector: 'node.focus', style: { width: 34, height: 34, 'border-width': 4, 'border-color': '#17202a', 'font-weight': 'bold' } },
    // The open node: a dark ring with a yellow halo, 3:1 or more against the canvas and the node.
    {
      selector: 'node.active',
      style: { 'border-width': 4, 'border-color': '#17202a', 'overlay-color': '#f1c40f', 'overlay-opacity': 0.35, 'overlay-padding': 6 },
    },
    { selector: 'node.picked', style: { 'outline-width': 3, 'outline-color': '#b9770e', 'outline-offset': 2 } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#17202a', 'border-style': 'double' } },
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': '#17202a' } },
    { selector: 'node.match', style: { width: 32, height: 32, 'border-width': 5, 'border-color': '#e67e22', 'font-weight': 'bold' } },
    {
      selector: 'edge.matchlink',
      style: { 'line-style': 'dashed', 'line-color': '#e67e22', 'target-arrow-shape': 'none', width: 3, color: '#a04000' },
    },
    { selector: 'node.onpath', style: { 'border-width': 5, 'border-color': '#e74c3c', width: 30, height: 30 } },
    { selector: 'edge.onpath', style: { width: 4, 'line-color': '#e74c3c', 'target-arrow-color': '#e74c3c', color: '#922b21' } },
    { selector: 'edge.active', style: { width: 4, 'line-color': '#17202a', 'target-arrow-color': '#17202a' } },
    { selector: '.faded', style: { opacity: 0.25 } },
    { selector: '.outside', style: { display: 'none' } },
    {
      selector: 'node.axis',
      style: {
        shape: 'round-rectangle',
        'background-color': '#eaf2f8',
        'border-color': '#aed6f1',
        'border-width': 1,
        width: 60 * scale,
        height: 20 * scale,
        label: 'data(label)',
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-size': 13 * scale,
        'font-weight': 'bold',
        color: '#1b4f72',
        events: 'no',
      },
    },
    { selector: 'node:selected', style: { 'overlay-color': '#f1c40f', 'overlay-opacity': 0.25 } },
    { selector: 'node.glyphs', style: { 'font-family': `${CANVAS_FONT_STACK}, serif` } },
    ...detailRules,
  ];
}
