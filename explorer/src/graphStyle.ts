/**
 * How each kind of node looks (colour and shape, so kinds differ without colour too) and the
 * classes the views set: focus, match (overlap), onpath (path), faded, outside the year range.
 */
import type cytoscape from 'cytoscape';
import type { NodeTypename } from './api.js';

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

export function graphStyle(): cytoscape.StylesheetJson {
  const kinds = Object.entries(KIND_STYLE).map(([kind, style]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': style.color, shape: style.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '150px',
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
    { selector: 'node[kind = "Instrument"]', style: { 'font-size': 13, 'font-weight': 'bold', width: 26, height: 26 } },
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'line-color': '#a6acaf',
        'target-arrow-color': '#a6acaf',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 8,
        color: '#566573',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.7,
      },
    },
    { selector: 'node.focus', style: { width: 34, height: 34, 'border-width': 4, 'border-color': '#17202a', 'font-weight': 'bold' } },
    { selector: 'node.active', style: { 'border-width': 4, 'border-color': '#f1c40f' } },
    { selector: 'node.picked', style: { 'outline-width': 3, 'outline-color': '#f39c12', 'outline-offset': 2 } },
    { selector: 'node.match', style: { width: 32, height: 32, 'border-width': 5, 'border-color': '#e67e22', 'font-weight': 'bold' } },
    {
      selector: 'edge.matchlink',
      style: { 'line-style': 'dashed', 'line-color': '#e67e22', 'target-arrow-shape': 'none', width: 3, color: '#a04000' },
    },
    { selector: 'node.onpath', style: { 'border-width': 5, 'border-color': '#e74c3c', width: 30, height: 30 } },
    { selector: 'edge.onpath', style: { width: 4, 'line-color': '#e74c3c', 'target-arrow-color': '#e74c3c', color: '#922b21' } },
    { selector: 'edge.active', style: { width: 4, 'line-color': '#f1c40f', 'target-arrow-color': '#f1c40f' } },
    { selector: '.faded', style: { opacity: 0.25 } },
    { selector: '.outside', style: { display: 'none' } },
    {
      selector: 'node.axis',
      style: {
        shape: 'round-rectangle',
        'background-color': '#eaf2f8',
        'border-color': '#aed6f1',
        'border-width': 1,
        width: 60,
        height: 20,
        label: 'data(label)',
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-size': 13,
        'font-weight': 'bold',
        color: '#1b4f72',
        events: 'no',
      },
    },
    { selector: 'node:selected', style: { 'overlay-color': '#f1c40f', 'overlay-opacity': 0.25 } },
  ];
}
