import { describe, expect, it } from 'vitest';
import type { ParamsOf, RowOf } from '../../../src/db/statements.js';
import { exploreNeighbourhood, NEIGHBOURHOOD_NODE_LIMIT } from '../../../src/graph/exploreNeighbourhood.js';
import type { NodeRecord } from '../../../src/model/records.js';
import { nodeRelationshipTypes, statementRelationshipTypes, type NodeLabel } from '../../../src/model/vocabulary.js';

const entityTypes = nodeRelationshipTypes.filter((t) => !statementRelationshipTypes.includes(t));
import { createRecordingReader } from '../../support/createRecordingReader.js';

type Row = RowOf<'edges-of-nodes'>;
interface Rel {
  type: string;
  from: string;
  to: string;
  props?: Record<string, unknown>;
}

const n = (label: NodeLabel, id: string): NodeRecord => ({ label, id, props: { id, name: id.toUpperCase() } });

/**
 * Answers edges-of-nodes like cypher/edges-of-nodes.cypher for direction BOTH: every relationship
 * of each key's node whose type is listed, with the node at the other end, ordered by key, type,
 * fromId, toId.
 */
function edgesOf(nodes: NodeRecord[], rels: Rel[]) {
  const byId = new Map(nodes.map((x) => [x.id, x]));
  const relsOf = new Map<string, Rel[]>();
  for (const r of rels) for (const end of new Set([r.from, r.to])) relsOf.set(end, [...(relsOf.get(end) ?? []), r]);
  return ({ keys }: ParamsOf<'edges-of-nodes'>): Row[] =>
    keys
      .flatMap((k) =>
        (relsOf.get(k.id) ?? [])
          .filter((r) => k.types.length === 0 || k.types.includes(r.type))
          .map((r) => {
            const other = byId.get(r.from === k.id ? r.to : r.from)!;
            return {
              key: k.key,
              type: r.type,
              fromId: r.from,
              toId: r.to,
              props: { key: '', ...r.props },
              otherId: other.id,
              otherLabel: other.label,
              otherProps: other.props,
            };
          }),
      )
      .sort(
        (a, b) =>
          a.key.localeCompare(b.key) || a.type.localeCompare(b.type) || a.fromId.localeCompare(b.fromId) || a.toId.localeCompare(b.toId),
      );
}

const canada = n('Country', 'canada');
const japan = n('Country', 'japan');
const arr = n('Instrument', 'arr-1985');
const miti = n('Institution', 'miti');
const meti = n('Institution', 'meti');
const name = n('Name', 'name-miti');
const nodes = [canada, japan, arr, miti, meti, name];
const rels: Rel[] = [
  { type: 'BETWEEN', from: 'arr-1985', to: 'canada' },
  { type: 'BETWEEN', from: 'arr-1985', to: 'japan' },
  { type: 'PARTICIPATES_IN', from: 'miti', to: 'arr-1985', props: { key: 'signatory', role: 'signatory' } },
  { type: 'IN_COUNTRY', from: 'miti', to: 'japan' },
  { type: 'IN_COUNTRY', from: 'meti', to: 'japan' },
  // Not among the types read, but a fake that ignored the types would return it.
  { type: 'HAS_NAME', from: 'miti', to: 'name-miti' },
];

describe('exploreNeighbourhood', () => {
  it('reads each hop for the whole frontier, in both directions, over every relationship between nodes', async () => {
    const reader = createRecordingReader({ 'edges-of-nodes': edgesOf(nodes, rels) });
    const graph = await exploreNeighbourhood(reader, [arr], 2);
    const keys = (...ids: string[]) => ({ keys: ids.map((id) => ({ key: id, id, types: entityTypes, direction: 'BOTH' })) });
    expect(reader.calls).toEqual([
      { name: 'edges-of-nodes', params: keys('arr-1985') },
      { name: 'edges-of-nodes', params: keys('canada', 'japan', 'miti') },
    ]);
    expect(nodeRelationshipTypes).not.toContain('HAS_NAME');
    expect(entityTypes).not.toContain('HAS_PROVISION');
    expect(graph.nodes).toEqual([arr, canada, japan, miti, meti]);
    expect(graph.edges.map((e) => `${e.from} ${e.type} ${e.to}`)).toEqual([
      'arr-1985 BETWEEN canada',
      'arr-1985 BETWEEN japan',
      'miti PARTICIPATES_IN arr-1985',
      'meti IN_COUNTRY japan',
      'miti IN_COUNTRY japan',
    ]);
    expect(graph.edges[2]).toEqual({
      type: 'PARTICIPATES_IN',
      from: 'miti',
      to: 'arr-1985',
      props: { key: 'signatory', role: 'signatory' },
    });
    expect(graph.truncated).toBe(false);
  });

  it('draws provisions only around a provision: an instrument does not fan out into its text', async () => {
    const provision = n('Provision', 'arr-p1');
    const withText = [...rels, { type: 'HAS_PROVISION', from: 'arr-1985', to: 'arr-p1' }, { type: 'ACTS_IN', from: 'miti', to: 'arr-p1' }];
    const fromInstrument = await exploreNeighbourhood(
      createRecordingReader({ 'edges-of-nodes': edgesOf([...nodes, provision], withText) }),
      [arr],
      1,
    );
    expect(fromInstrument.nodes.map((x) => x.id)).not.toContain('arr-p1');
    const reader = createRecordingReader({ 'edges-of-nodes': edgesOf([...nodes, provision], withText) });
    const fromProvision = await exploreNeighbourhood(reader, [provision], 1);
    expect(reader.calls[0]?.params).toEqual({ keys: [{ key: 'arr-p1', id: 'arr-p1', types: nodeRelationshipTypes, direction: 'BOTH' }] });
    expect(fromProvision.nodes.map((x) => x.id)).toEqual(['arr-p1', 'miti', 'arr-1985']);
  });

  it('keeps only edges whose both ends were found within the depth', async () => {
    const reader = createRecordingReader({ 'edges-of-nodes': edgesOf(nodes, rels) });
    const graph = await exploreNeighbourhood(reader, [miti], 1);
    expect(reader.calls).toHaveLength(1);
    expect(graph.nodes.map((x) => x.id)).toEqual(['miti', 'japan', 'arr-1985']);
    // The edges of the hop's new nodes to nodes beyond the depth (arr-1985 → canada) are not read at all.
    expect(graph.edges.map((e) => `${e.from} ${e.type} ${e.to}`)).toEqual(['miti IN_COUNTRY japan', 'miti PARTICIPATES_IN arr-1985']);
  });

  it('stops early when a hop finds no new node, and reports each edge once', async () => {
    const reader = createRecordingReader({ 'edges-of-nodes': edgesOf(nodes, rels) });
    const graph = await exploreNeighbourhood(reader, [miti, meti], 4);
    expect(reader.calls.map((c) => (c.params as ParamsOf<'edges-of-nodes'>).keys.map((k) => k.id))).toEqual([
      ['miti', 'meti'],
      ['japan', 'arr-1985'],
      ['canada'],
    ]);
    expect(graph.nodes.map((x) => x.id)).toEqual(['miti', 'meti', 'japan', 'arr-1985', 'canada']);
    expect(graph.edges).toHaveLength(5);
  });

  it('leaves out start nodes and neighbours the API does not expose as nodes', async () => {
    const withName = [...rels, { type: 'PART_OF', from: 'miti', to: 'name-miti' }];
    const reader = createRecordingReader({ 'edges-of-nodes': edgesOf(nodes, withName) });
    const graph = await exploreNeighbourhood(reader, [name, miti], 1);
    expect(reader.calls[0]!.params).toEqual({ keys: [{ key: 'miti', id: 'miti', types: entityTypes, direction: 'BOTH' }] });
    expect(graph.nodes.map((x) => x.id)).toEqual(['miti', 'japan', 'arr-1985']);
    expect(graph.edges.map((e) => e.type)).toEqual(['IN_COUNTRY', 'PARTICIPATES_IN']);
  });

  it('reads nothing without an exposed start node', async () => {
    const reader = createRecordingReader({ 'edges-of-nodes': edgesOf(nodes, rels) });
    expect(await exploreNeighbourhood(reader, [name], 2)).toEqual({ nodes: [], edges: [], truncated: false });
    expect(reader.calls).toEqual([]);
  });

  it(`stops at ${NEIGHBOURHOOD_NODE_LIMIT} nodes, reports the walk as truncated and drops edges to nodes it left out`, async () => {
    const many = Array.from({ length: NEIGHBOURHOOD_NODE_LIMIT }, (_, i) => n('Institution', `inst-${String(i).padStart(4, '0')}`));
    const manyRels = many.map((m) => ({ type: 'IN_COUNTRY', from: m.id, to: 'japan' }));
    const reader = createRecordingReader({ 'edges-of-nodes': edgesOf([japan, ...many], manyRels) });
    const graph = await exploreNeighbourhood(reader, [japan], 3);
    expect(NEIGHBOURHOOD_NODE_LIMIT).toBe(2_000);
    expect(reader.calls).toHaveLength(1);
    expect(graph.truncated).toBe(true);
    expect(graph.nodes).toHaveLength(NEIGHBOURHOOD_NODE_LIMIT);
    expect(graph.nodes.at(-1)!.id).toBe('inst-1998');
    expect(graph.edges).toHaveLength(NEIGHBOURHOOD_NODE_LIMIT - 1);
    expect(graph.edges.some((e) => e.from === 'inst-1999')).toBe(false);
  });

  it('is not truncated when the nodes found reach the limit exactly', async () => {
    const many = Array.from({ length: NEIGHBOURHOOD_NODE_LIMIT - 1 }, (_, i) => n('Institution', `inst-${String(i).padStart(4, '0')}`));
    const manyRels = many.map((m) => ({ type: 'IN_COUNTRY', from: m.id, to: 'japan' }));
    const reader = createRecordingReader({ 'edges-of-nodes': edgesOf([japan, ...many], manyRels) });
    const graph = await exploreNeighbourhood(reader, [japan], 2);
    expect(graph.truncated).toBe(false);
    expect(graph.nodes).toHaveLength(NEIGHBOURHOOD_NODE_LIMIT);
    expect(graph.edges).toHaveLength(NEIGHBOURHOOD_NODE_LIMIT - 1);
    // The next hop still runs: nothing was cut.
    expect(reader.calls).toHaveLength(2);
  });
});
