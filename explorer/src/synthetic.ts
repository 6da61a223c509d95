/**
 * A synthetic graph for `?demo=N`: N nodes of every kind with years from 1950 to 2026 and about
 * 1.3 edges per node, deterministic (a fixed-seed generator), so the 2,000-node interactivity
 * measurement loads the same graph every time without touching the database.
 */
import type { EdgeSummary, NodeSummary, NodeTypename } from './api.js';

const KINDS: readonly NodeTypename[] = ['Instrument', 'Institution', 'TechnologyArea', 'Mechanism', 'Event'];
const RELATIONS = ['CITES', 'PARTICIPATES_IN', 'COVERS', 'USES', 'CONCERNS'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticGraph(count: number): { nodes: NodeSummary[]; edges: EdgeSummary[] } {
  const next = random(2026);
  const nodes: NodeSummary[] = [];
  for (let i = 0; i < count; i++) {
    const typename = KINDS[i % KINDS.length] ?? 'Instrument';
    const year = typename === 'TechnologyArea' ? null : 1950 + Math.floor(next() * 77);
    const id = `demo-${i}`;
    nodes.push(
      typename === 'Instrument'
        ? { __typename: typename, id, title: `Instrument ${i}`, date: { year } }
        : { __typename: typename, id, name: `${typename} ${i}`, date: { year } },
    );
  }
  const edges: EdgeSummary[] = [];
  for (let i = 1; i < count; i++) {
    const links = next() < 0.3 ? 2 : 1;
    for (let k = 0; k < links; k++) {
      const j = Math.floor(next() * i);
      edges.push({
        id: `DEMO:${i}:${j}:${k}`,
        relation: RELATIONS[(i + k) % RELATIONS.length] ?? 'CITES',
        year: null,
        qualifier: null,
        asNamed: null,
        note: 'Synthetic edge for the interactivity measurement.',
        from: { id: `demo-${i}` },
        to: { id: `demo-${j}` },
        evidence: [],
      });
    }
  }
  return { nodes, edges };
}
