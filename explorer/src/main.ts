/**
 * The Kizuna explorer: search → neighbourhood → lineage, overlap and path views over the GraphQL
 * API, drawn with Cytoscape.js. The URL holds the state (state.ts, store.ts), so every view is a
 * link; app.ts wires the canvas, the panels and the exports to it.
 */
import './fonts.js';
import './explorer.css';
import './app.js';
import './sheets.js';
