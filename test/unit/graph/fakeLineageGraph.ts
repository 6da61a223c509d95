/**
 * A small in-memory graph that answers `lineage-step` the way cypher/lineage-step.cypher does, so
 * the lineage walk can be tested against realistic rows: what each frontier node follows depends on
 * its kind and mode, change events surface as SUCCEEDED_BY rows carrying the change event's
 * properties, the projection flags trim node and relationship properties to their identities, and
 * rows come ordered by fromId, type, nextId.
 */
import type { ParamsOf, RowOf } from '../../../src/db/statements.js';
import type { Props } from '../../../src/model/records.js';
import type { NodeLabel } from '../../../src/model/vocabulary.js';

export interface FakeNode {
  label: NodeLabel;
  props: Props;
}

export interface FakeRelationship {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface FakeGraph {
  nodes: FakeNode[];
  relationships: FakeRelationship[];
}

type StepRow = RowOf<'lineage-step'>;
type StepParams = ParamsOf<'lineage-step'>;

const INSTRUMENT_LINKS = ['CITES', 'BUILDS_ON', 'IMPLEMENTS', 'SUPERSEDES', 'AMENDS', 'COMMEMORATES'];

export function node(label: NodeLabel, id: string, props: Record<string, unknown> = {}): FakeNode {
  return { label, props: { id, ...props } };
}

export function rel(type: string, from: string, to: string, props: Record<string, unknown> = {}): FakeRelationship {
  return { type, from, to, props: { key: '', ...props } };
}

/** A change event turning `originals` into `results`, as the seed loader stores it. */
export function changeEvent(id: string, originals: string[], results: string[], props: Record<string, unknown> = {}): FakeGraph {
  return {
    nodes: [node('ChangeEvent', id, props)],
    relationships: [
      ...originals.map((o) => rel('ORIGINAL_ORGANIZATION', id, o)),
      ...results.map((r) => rel('RESULTING_ORGANIZATION', id, r)),
    ],
  };
}

export function graphOf(...parts: (FakeNode | FakeRelationship | FakeGraph)[]): FakeGraph {
  const graph: FakeGraph = { nodes: [], relationships: [] };
  for (const part of parts) {
    if ('nodes' in part) {
      graph.nodes.push(...part.nodes);
      graph.relationships.push(...part.relationships);
    } else if ('label' in part) graph.nodes.push(part);
    else graph.relationships.push(part);
  }
  return graph;
}

/** Answers lineage-step over `graph` like the Cypher statement. */
export function lineageStep(graph: FakeGraph): (params: StepParams) => StepRow[] {
  const byId = new Map(graph.nodes.map((n) => [n.props.id, n]));
  const get = (id: string): FakeNode => {
    const found = byId.get(id);
    if (!found) throw new Error(`the fake graph has no node ${id}`);
    return found;
  };
  return ({ frontier, direction, roles, nodeProps, edgeProps }) => {
    const upstream = direction === 'UPSTREAM';
    const relProps = (r: FakeRelationship) => (edgeProps ? r.props : { key: r.props.key });
    const rows: StepRow[] = [];
    for (const f of frontier) {
      const n = byId.get(f.id);
      if (!n) continue;
      const id = f.id;
      const found: Omit<StepRow, 'fromId' | 'nextLabel' | 'nextProps'>[] = [];
      const push = (nextId: string, nextMode: string, type: string, startId: string, endId: string, props: Record<string, unknown>) =>
        found.push({ nextId, nextMode, type, startId, endId, props });
      const relsOf = (type: string) => graph.relationships.filter((r) => r.type === type);

      if (n.label === 'Instrument') {
        for (const r of graph.relationships.filter((x) => INSTRUMENT_LINKS.includes(x.type))) {
          const other = r.from === id ? r.to : r.to === id ? r.from : null;
          if (other === null || get(other).label !== 'Instrument' || upstream !== (r.from === id)) continue;
          push(other, 'instrument', r.type, r.from, r.to, relProps(r));
        }
        for (const r of relsOf('PARTICIPATES_IN')) {
          if (r.to === id && get(r.from).label === 'Institution' && roles.includes(String(r.props.role))) {
            push(r.from, 'party', r.type, r.from, id, relProps(r));
          }
        }
        for (const r of relsOf('COVERS')) {
          if (r.from === id && get(r.to).label === 'TechnologyArea') push(r.to, 'area', r.type, id, r.to, relProps(r));
        }
      }
      if (n.label === 'Institution' && ['root', 'party', 'succession'].includes(f.mode)) {
        // UPSTREAM: change events resulting in n, from their originals; DOWNSTREAM the other way round.
        const [towardsN, awayFromN] = upstream
          ? ['RESULTING_ORGANIZATION', 'ORIGINAL_ORGANIZATION']
          : ['ORIGINAL_ORGANIZATION', 'RESULTING_ORGANIZATION'];
        for (const r of relsOf(towardsN).filter((x) => x.to === id)) {
          const ce = get(r.from);
          for (const other of relsOf(awayFromN).filter((x) => x.from === r.from && x.to !== id)) {
            const [startId, endId] = upstream ? [other.to, id] : [id, other.to];
            push(other.to, 'succession', 'SUCCEEDED_BY', startId, endId, edgeProps ? ce.props : { id: ce.props.id });
          }
        }
      }
      if (n.label === 'Institution' && f.mode === 'succession') {
        for (const r of relsOf('PARTICIPATES_IN')) {
          if (r.from === id && get(r.to).label === 'Instrument' && roles.includes(String(r.props.role))) {
            push(r.to, 'instrument', r.type, id, r.to, relProps(r));
          }
        }
      }
      if (n.label === 'TechnologyArea' && ['root', 'area', 'evolved'].includes(f.mode)) {
        for (const r of relsOf('EVOLVED_INTO')) {
          const other = r.from === id ? r.to : r.to === id ? r.from : null;
          if (other === null || upstream !== (r.to === id)) continue;
          push(other, 'evolved', r.type, r.from, r.to, relProps(r));
        }
      }
      if (n.label === 'TechnologyArea' && f.mode === 'evolved') {
        for (const r of relsOf('COVERS')) {
          if (r.to === id && get(r.from).label === 'Instrument') push(r.from, 'instrument', r.type, r.from, id, relProps(r));
        }
      }
      for (const row of found) {
        const next = get(row.nextId);
        rows.push({ fromId: id, ...row, nextLabel: next.label, nextProps: nodeProps ? next.props : { id: next.props.id } });
      }
    }
    const order = (r: StepRow) => [r.fromId, r.type, r.nextId];
    return rows.sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      for (let i = 0; i < x.length; i += 1) {
        const c = x[i]!.localeCompare(y[i]!);
        if (c !== 0) return c;
      }
      return 0;
    });
  };
}
