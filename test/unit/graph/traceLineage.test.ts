import { describe, expect, it } from 'vitest';
import { principalRoles, successionEdge, traceLineage } from '../../../src/graph/traceLineage.js';
import type { NodeRecord } from '../../../src/model/records.js';
import { createRecordingReader } from '../../support/createRecordingReader.js';
import { changeEvent, graphOf, lineageStep, node, rel, type FakeGraph } from './fakeLineageGraph.js';

const reader = (graph: FakeGraph) => createRecordingReader({ 'lineage-step': lineageStep(graph) });
const record = (graph: FakeGraph, id: string): NodeRecord => {
  const found = graph.nodes.find((n) => n.props.id === id)!;
  return { label: found.label, id, props: found.props };
};
/** The frontier sent at each level, as "id/mode" strings. */
const frontiers = (calls: { params: unknown }[]) =>
  calls.map((c) => (c.params as { frontier: { id: string; mode: string }[] }).frontier.map((f) => `${f.id}/${f.mode}`));
const edgeNames = (edges: { type: string; from: string; to: string }[]) => edges.map((e) => `${e.from} ${e.type} ${e.to}`);

/** Three instruments that refer to each other in a circle: 2023 builds on 2019, which cites 1985, which cites 2023. */
const circle = graphOf(
  node('Instrument', 'roadmap-2023', { title: 'Roadmap', year: 2023 }),
  node('Instrument', 'moc-2019', { title: 'MOC', year: 2019 }),
  node('Instrument', 'arr-1985', { title: 'Arrangement', year: 1985 }),
  rel('BUILDS_ON', 'roadmap-2023', 'moc-2019', { note: 'builds on the MOC' }),
  rel('CITES', 'moc-2019', 'arr-1985'),
  rel('CITES', 'arr-1985', 'roadmap-2023'),
);

/** MITI became METI in 2001; MITI signed the 1985 arrangement, METI the 2019 MOC (JETRO only supported it). */
const succession = graphOf(
  node('Institution', 'miti', { name: 'MITI' }),
  node('Institution', 'meti', { name: 'METI' }),
  node('Institution', 'jetro', { name: 'JETRO' }),
  node('Instrument', 'arr-1985', { title: 'Arrangement', year: 1985 }),
  node('Instrument', 'moc-2019', { title: 'MOC', year: 2019 }),
  node('TechnologyArea', 'semiconductors', { name: 'Semiconductors' }),
  changeEvent('ce-2001-meti', ['miti'], ['meti'], {
    kind: 'reconstitution',
    dateYear: 2001,
    date: '2001-01-06',
    summary: 'MITI was reorganised as METI',
  }),
  rel('PARTICIPATES_IN', 'miti', 'arr-1985', { key: 'signatory', role: 'signatory' }),
  rel('PARTICIPATES_IN', 'meti', 'moc-2019', { key: 'signatory', role: 'signatory' }),
  rel('PARTICIPATES_IN', 'jetro', 'moc-2019', { key: 'supporter', role: 'supporter' }),
  rel('COVERS', 'moc-2019', 'semiconductors', { key: 'selected', how: 'selected' }),
);

describe('traceLineage', () => {
  it('sends the frontier, direction, principal roles and full projection at each level', async () => {
    const db = reader(circle);
    await traceLineage(db, record(circle, 'roadmap-2023'), 'UPSTREAM', 1);
    expect(db.calls).toEqual([
      {
        name: 'lineage-step',
        params: {
          frontier: [{ id: 'roadmap-2023', mode: 'root' }],
          direction: 'UPSTREAM',
          roles: ['signatory', 'party', 'participant'],
          nodeProps: true,
          edgeProps: true,
        },
      },
    ]);
    expect(principalRoles).toEqual(['signatory', 'party', 'participant']);
  });

  it('walks a cycle to its end: each node is expanded once per mode and the walk stops when nothing new is reached', async () => {
    const db = reader(circle);
    const root = record(circle, 'roadmap-2023');
    const result = await traceLineage(db, root, 'UPSTREAM', 10);

    // The root is reached again as an instrument (a mode it was not expanded in), then nothing is new.
    expect(frontiers(db.calls)).toEqual([
      ['roadmap-2023/root'],
      ['moc-2019/instrument'],
      ['arr-1985/instrument'],
      ['roadmap-2023/instrument'],
    ]);
    expect(result.root).toBe(root);
    expect(result.nodes.map((n) => n.id)).toEqual(['roadmap-2023', 'moc-2019', 'arr-1985']);
    expect(result.nodes[0]).toBe(root);
    // Depth is the hop at which a node was first reached: the root stays at 0.
    expect([...result.depth]).toEqual([
      ['roadmap-2023', 0],
      ['moc-2019', 1],
      ['arr-1985', 2],
    ]);
    // BUILDS_ON is found at levels 1 and 4 but reported once.
    expect(edgeNames(result.edges)).toEqual(['roadmap-2023 BUILDS_ON moc-2019', 'moc-2019 CITES arr-1985', 'arr-1985 CITES roadmap-2023']);
    expect(result.edges[0]).toEqual({
      type: 'BUILDS_ON',
      from: 'roadmap-2023',
      to: 'moc-2019',
      props: { key: '', note: 'builds on the MOC' },
    });
  });

  it('stops at maxDepth even when the frontier still has nodes, and reads nothing for depth 0', async () => {
    const db = reader(circle);
    const result = await traceLineage(db, record(circle, 'roadmap-2023'), 'UPSTREAM', 2);
    expect(frontiers(db.calls)).toEqual([['roadmap-2023/root'], ['moc-2019/instrument']]);
    expect(result.nodes.map((n) => n.id)).toEqual(['roadmap-2023', 'moc-2019', 'arr-1985']);
    expect(edgeNames(result.edges)).toEqual(['roadmap-2023 BUILDS_ON moc-2019', 'moc-2019 CITES arr-1985']);

    const none = reader(circle);
    const alone = await traceLineage(none, record(circle, 'arr-1985'), 'DOWNSTREAM', 0);
    expect(none.calls).toEqual([]);
    expect(alone.nodes.map((n) => n.id)).toEqual(['arr-1985']);
    expect(alone.edges).toEqual([]);
    expect([...alone.depth]).toEqual([['arr-1985', 0]]);
  });

  it('stops as soon as a level reaches nothing, whatever maxDepth allows', async () => {
    const db = reader(succession);
    const result = await traceLineage(db, record(succession, 'arr-1985'), 'DOWNSTREAM', 8);
    // Only principal parties are followed: MITI as a party, whose successor METI comes next.
    expect(frontiers(db.calls)).toEqual([
      ['arr-1985/root'],
      ['miti/party'],
      ['meti/succession'],
      ['moc-2019/instrument'],
      ['semiconductors/area', 'meti/party'],
    ]);
    expect([...result.depth]).toEqual([
      ['arr-1985', 0],
      ['miti', 1],
      ['meti', 2],
      ['moc-2019', 3],
      ['semiconductors', 4],
    ]);
  });

  it('follows a successor, then its instruments, then reaches it again as a party and expands it in that mode too', async () => {
    const db = reader(succession);
    const result = await traceLineage(db, record(succession, 'miti'), 'DOWNSTREAM', 4);
    expect(frontiers(db.calls)).toEqual([
      ['miti/root'],
      ['meti/succession'],
      ['moc-2019/instrument'],
      ['semiconductors/area', 'meti/party'],
    ]);
    expect(result.nodes.map((n) => n.id)).toEqual(['miti', 'meti', 'moc-2019', 'semiconductors']);
    expect(result.depth.get('meti')).toBe(1);
    // JETRO only supported the MOC: not a principal, so not part of the lineage.
    expect(result.nodes.map((n) => n.id)).not.toContain('jetro');
    expect(edgeNames(result.edges)).toEqual(['miti SUCCEEDED_BY meti', 'meti PARTICIPATES_IN moc-2019', 'moc-2019 COVERS semiconductors']);
  });

  it('turns a change event into a SUCCEEDED_BY edge from the original to the resulting organisation, with the event’s year and summary', async () => {
    const result = await traceLineage(reader(succession), record(succession, 'meti'), 'UPSTREAM', 1);
    expect(result.nodes.map((n) => n.id)).toEqual(['meti', 'miti']);
    const [edge] = result.edges;
    expect(edge).toEqual({
      type: 'SUCCEEDED_BY',
      from: 'miti',
      to: 'meti',
      props: {
        kind: 'reconstitution',
        dateYear: 2001,
        date: '2001-01-06',
        summary: 'MITI was reorganised as METI',
        id: undefined,
        key: 'ce-2001-meti',
        changeEvent: 'ce-2001-meti',
        year: 2001,
        note: 'MITI was reorganised as METI',
      },
    });
    // The change event's id becomes the edge's key, not an id of its own.
    expect(edge!.props.id).toBeUndefined();
    expect(edge!.ends).toBeUndefined();
  });

  it('gives identity-only nodes and edges that carry both their ends when node properties are not wanted', async () => {
    const db = reader(succession);
    const root = record(succession, 'miti');
    const result = await traceLineage(db, root, 'DOWNSTREAM', 2, { nodeProps: false, edgeProps: false });
    expect(db.calls.map((c) => c.params)).toEqual([
      expect.objectContaining({ nodeProps: false, edgeProps: false }),
      expect.objectContaining({ nodeProps: false, edgeProps: false }),
    ]);
    const meti = { label: 'Institution', id: 'meti', props: { id: 'meti' } };
    const moc = { label: 'Instrument', id: 'moc-2019', props: { id: 'moc-2019' } };
    expect(result.nodes).toEqual([root, meti, moc]);
    expect(result.edges).toEqual([
      {
        type: 'SUCCEEDED_BY',
        from: 'miti',
        to: 'meti',
        props: { id: undefined, key: 'ce-2001-meti', changeEvent: 'ce-2001-meti', year: null, note: null },
        ends: { from: root, to: meti },
      },
      { type: 'PARTICIPATES_IN', from: 'meti', to: 'moc-2019', props: { key: 'signatory' }, ends: { from: meti, to: moc } },
    ]);
  });

  it('leaves ends off the edges when node properties are read, even without edge properties', async () => {
    const result = await traceLineage(reader(succession), record(succession, 'miti'), 'DOWNSTREAM', 2, {
      nodeProps: true,
      edgeProps: false,
    });
    expect(result.edges).toHaveLength(2);
    for (const edge of result.edges) expect(edge).not.toHaveProperty('ends');
    expect(result.nodes[1]).toEqual({ label: 'Institution', id: 'meti', props: { id: 'meti', name: 'METI' } });
  });
});

describe('successionEdge', () => {
  it('has no year when the change event has no numeric year, and no note without a summary', () => {
    expect(successionEdge('a', 'b', { id: 'ce', dateYear: '2001', kind: 'merger' })).toEqual({
      type: 'SUCCEEDED_BY',
      from: 'a',
      to: 'b',
      props: { id: undefined, dateYear: '2001', kind: 'merger', key: 'ce', changeEvent: 'ce', year: null, note: null },
    });
  });
});
