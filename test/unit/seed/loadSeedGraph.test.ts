import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { graphFingerprint, graphReport, loadSeedGraph, nodeRow, relationshipRow } from '../../../src/seed/loadSeedGraph.js';
import type { GraphNode, GraphRelationship, SeedGraph } from '../../../src/model/vocabulary.js';
import { createRecordingDb, type DbAnswers } from '../../support/createRecordingDb.js';

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

const evidence = [{ source: 'doc-a', locator: 'para. 1', excerpt: 'words' }];

function node(id: string, props: GraphNode['props'] = { id }, label: GraphNode['label'] = 'Country'): GraphNode {
  return { label, id, props, evidence, origin: `test.yaml › ${id}` };
}

function rel(from: string, to: string, key = '', props: GraphRelationship['props'] = {}): GraphRelationship {
  return { type: 'BETWEEN', from, to, key, props, evidence, origin: `test.yaml › ${from}` };
}

/** Answers every seed statement: each upsert batch reports all its rows changed, each delete reports `deleted`. */
function answers(overrides: DbAnswers = {}): DbAnswers {
  return {
    'seed-reset': () => [{ deleted: 7 }],
    'seed-upsert-nodes': ({ rows }) => [{ changed: rows.length }],
    'seed-upsert-relationships': ({ rows }) => [{ changed: rows.length, missing: 0 }],
    'seed-delete-stale-relationships': () => [{ deleted: 2 }],
    'seed-delete-stale-nodes': () => [{ deleted: 3 }],
    ...overrides,
  };
}

const graph: SeedGraph = {
  nodes: [node('i-1', { id: 'i-1', title: 'T' }, 'Instrument'), node('canada'), node('japan')],
  relationships: [rel('i-1', 'canada'), rel('i-1', 'japan')],
};

describe('nodeRow', () => {
  it('hashes the label and the stored properties as key-sorted compact JSON', () => {
    const row = nodeRow(node('canada', { name: 'Canada', id: 'canada', iso: 'CA' }));
    expect(row).toEqual({
      id: 'canada',
      label: 'Country',
      props: { name: 'Canada', id: 'canada', iso: 'CA', nameKeys: ['canada'], nameTails: ['canada'] },
      hash: sha1('{"label":"Country","props":{"id":"canada","iso":"CA","name":"Canada","nameKeys":["canada"],"nameTails":["canada"]}}'),
    });
  });

  it('derives the name keys of a named kind from its own names, and gives other kinds none', () => {
    const named = nodeRow(node('meti', { id: 'meti', name: 'Ministry of Economy, Trade and Industry', acronym: 'METI' }, 'Institution'));
    expect(named.props.nameKeys).toEqual(['ministry of economy trade and industry', 'meti']);
    expect(named.props.nameTails).toEqual([
      'ministry of economy trade and industry',
      'of economy trade and industry',
      'economy trade and industry',
      'trade and industry',
      'and industry',
      'industry',
      'meti',
    ]);
    expect(nodeRow(node('p', { id: 'p', title: 'Article 1' }, 'Provision')).props).not.toHaveProperty('nameKeys');
  });

  it('leaves out null properties, which Neo4j would drop, so the hash is the same as without them', () => {
    const withNull = nodeRow(node('canada', { id: 'canada', iso: null, name: 'Canada' }));
    const without = nodeRow(node('canada', { id: 'canada', name: 'Canada' }));
    expect(withNull.props).toEqual({ id: 'canada', name: 'Canada', nameKeys: ['canada'], nameTails: ['canada'] });
    expect(withNull.hash).toBe(without.hash);
  });

  it('leaves out undefined properties too, which a stored record cannot hold', () => {
    const props = { id: 'canada', gone: undefined, name: 'Canada' } as unknown as GraphNode['props'];
    const row = nodeRow(node('canada', props));
    expect(Object.keys(row.props)).toEqual(['id', 'name', 'nameKeys', 'nameTails']);
    expect(row.hash).toBe(nodeRow(node('canada', { id: 'canada', name: 'Canada' })).hash);
  });

  it('keeps false, zero, empty strings and lists in order, and hashes lists as JSON arrays', () => {
    const row = nodeRow(node('a', { id: 'a', flag: false, n: 0, s: '', list: ['b', 'a'] }, 'Figure'));
    expect(row.props).toEqual({ id: 'a', flag: false, n: 0, s: '', list: ['b', 'a'] });
    expect(row.hash).toBe(sha1('{"label":"Figure","props":{"flag":false,"id":"a","list":["b","a"],"n":0,"s":""}}'));
    expect(nodeRow(node('a', { id: 'a', flag: false, n: 0, s: '', list: ['a', 'b'] }, 'Figure')).hash).not.toBe(row.hash);
  });

  it('gives a different hash when the label or any value changes, and the same one whatever the key order', () => {
    const base = nodeRow(node('x', { id: 'x', name: 'X' }, 'Country')).hash;
    expect(nodeRow(node('x', { name: 'X', id: 'x' }, 'Country')).hash).toBe(base);
    expect(nodeRow(node('x', { id: 'x', name: 'X' }, 'Institution')).hash).not.toBe(base);
    expect(nodeRow(node('x', { id: 'x', name: 'Y' }, 'Country')).hash).not.toBe(base);
  });
});

describe('relationshipRow', () => {
  it('carries the type, ends and key, and hashes the type with the stored properties', () => {
    const row = relationshipRow({
      ...rel('i-1', 'canada', 'signatory', { role: 'signatory', note: null, asNamed: 'X' }),
      type: 'PARTICIPATES_IN',
    });
    expect(row).toEqual({
      type: 'PARTICIPATES_IN',
      from: 'i-1',
      to: 'canada',
      key: 'signatory',
      props: { role: 'signatory', asNamed: 'X' },
      hash: sha1('{"props":{"asNamed":"X","role":"signatory"},"type":"PARTICIPATES_IN"}'),
    });
  });
});

describe('loadSeedGraph', () => {
  it('upserts nodes then relationships, then removes stale seeded records, all in one committed transaction', async () => {
    const db = createRecordingDb(answers());
    const result = await loadSeedGraph(db, graph);
    expect(result).toEqual({ nodesChanged: 3, relationshipsChanged: 2, nodesDeleted: 3, relationshipsDeleted: 2 });
    expect(db.calls.map((c) => [c.name, c.transaction])).toEqual([
      ['seed-upsert-nodes', 0],
      ['seed-upsert-relationships', 0],
      ['seed-delete-stale-relationships', 0],
      ['seed-delete-stale-nodes', 0],
    ]);
    expect(db.transactions).toEqual(['committed']);
    expect(db.calls[0]?.params).toEqual({ rows: graph.nodes.map(nodeRow), origin: 'seed' });
    expect(db.calls[1]?.params).toEqual({ rows: graph.relationships.map(relationshipRow), origin: 'seed' });
    expect(db.calls[2]?.params).toEqual({ keys: ['BETWEEN|i-1|canada|', 'BETWEEN|i-1|japan|'] });
    expect(db.calls[3]?.params).toEqual({ ids: ['i-1', 'canada', 'japan'] });
  });

  it('gives the transaction ten minutes unless told otherwise', async () => {
    const db = createRecordingDb(answers());
    await loadSeedGraph(db, graph);
    await loadSeedGraph(db, graph, { timeoutMs: 5_000 });
    expect(db.transactionOptions).toEqual([{ timeoutMs: 600_000 }, { timeoutMs: 5_000 }]);
  });

  it('writes in batches of 1000 and adds up what each batch changed', async () => {
    const many: SeedGraph = {
      nodes: Array.from({ length: 2_001 }, (_, i) => node(`n-${i}`)),
      relationships: Array.from({ length: 1_000 }, (_, i) => rel(`n-${i}`, `n-${i + 1}`)),
    };
    const db = createRecordingDb(answers());
    const result = await loadSeedGraph(db, many);
    const sizes = db.calls.map((c) => [c.name, (c.params as { rows?: unknown[] }).rows?.length]);
    expect(sizes).toEqual([
      ['seed-upsert-nodes', 1_000],
      ['seed-upsert-nodes', 1_000],
      ['seed-upsert-nodes', 1],
      ['seed-upsert-relationships', 1_000],
      ['seed-delete-stale-relationships', undefined],
      ['seed-delete-stale-nodes', undefined],
    ]);
    const firstIds = (db.calls[0]?.params as { rows: { id: string }[] }).rows.map((r) => r.id);
    expect(firstIds[0]).toBe('n-0');
    expect(firstIds.at(-1)).toBe('n-999');
    expect((db.calls[2]?.params as { rows: { id: string }[] }).rows[0]?.id).toBe('n-2000');
    expect(result.nodesChanged).toBe(2_001);
    expect(result.relationshipsChanged).toBe(1_000);
  });

  it('writes nothing but the stale-record clean-up for an empty graph', async () => {
    const db = createRecordingDb(answers());
    const result = await loadSeedGraph(db, { nodes: [], relationships: [] });
    expect(db.calls.map((c) => c.name)).toEqual(['seed-delete-stale-relationships', 'seed-delete-stale-nodes']);
    expect(db.calls.map((c) => c.params)).toEqual([{ keys: [] }, { ids: [] }]);
    expect(result).toEqual({ nodesChanged: 0, relationshipsChanged: 0, nodesDeleted: 3, relationshipsDeleted: 2 });
  });

  it('reports zero changes when the database answers with no row', async () => {
    const db = createRecordingDb(
      answers({
        'seed-upsert-nodes': () => [],
        'seed-upsert-relationships': () => [],
        'seed-delete-stale-relationships': () => [],
        'seed-delete-stale-nodes': () => [],
      }),
    );
    expect(await loadSeedGraph(db, graph)).toEqual({ nodesChanged: 0, relationshipsChanged: 0, nodesDeleted: 0, relationshipsDeleted: 0 });
    expect(db.transactions).toEqual(['committed']);
  });

  it('with reset, empties the seeded graph first and skips the stale-record clean-up', async () => {
    const db = createRecordingDb(answers());
    const result = await loadSeedGraph(db, graph, { reset: true });
    expect(db.calls.map((c) => c.name)).toEqual(['seed-reset', 'seed-upsert-nodes', 'seed-upsert-relationships']);
    expect(db.calls[0]?.params).toEqual({});
    expect(result).toEqual({ nodesChanged: 3, relationshipsChanged: 2, nodesDeleted: 7, relationshipsDeleted: 0 });
  });

  it('counts nothing deleted when the reset answers with no row', async () => {
    const db = createRecordingDb(answers({ 'seed-reset': () => [] }));
    expect((await loadSeedGraph(db, graph, { reset: true })).nodesDeleted).toBe(0);
  });

  it('rolls the whole load back when a relationship refers to a node that does not exist', async () => {
    const db = createRecordingDb(answers({ 'seed-upsert-relationships': () => [{ changed: 1, missing: 2 }] }));
    await expect(loadSeedGraph(db, graph)).rejects.toThrow('2 relationships refer to nodes that do not exist');
    expect(db.transactions).toEqual(['rolled back']);
    expect(db.calls.map((c) => c.name)).toEqual(['seed-upsert-nodes', 'seed-upsert-relationships']);
  });

  it('goes on when the relationship batch answers without a missing count', async () => {
    const db = createRecordingDb(answers({ 'seed-upsert-relationships': () => [{ changed: 2 } as { changed: number; missing: number }] }));
    expect((await loadSeedGraph(db, graph)).relationshipsChanged).toBe(2);
    expect(db.transactions).toEqual(['committed']);
  });
});

describe('graphReport', () => {
  it('returns the counts the graph-report statement reads', async () => {
    const rows = [{ kind: 'node' as const, name: 'Country', count: 2 }];
    const db = createRecordingDb({ 'graph-report': () => rows });
    expect(await graphReport(db)).toEqual(rows);
    expect(db.calls).toEqual([{ name: 'graph-report', params: {}, transaction: null }]);
  });
});

describe('graphFingerprint', () => {
  const fingerprint = (rows: { key: string; props: Record<string, unknown> }[]): Promise<string> =>
    graphFingerprint(createRecordingDb({ 'graph-fingerprint': () => rows }));

  it('hashes every key with its properties, whatever order the properties come in', async () => {
    const a = await fingerprint([{ key: 'canada', props: { name: 'Canada', iso: 'CA', tags: ['a'], nested: { y: 1, x: null } } }]);
    expect(a).toBe(sha1('[["canada",{"iso":"CA","name":"Canada","nested":{"x":null,"y":1},"tags":["a"]}]]'));
    expect(await fingerprint([{ key: 'canada', props: { nested: { x: null, y: 1 }, tags: ['a'], iso: 'CA', name: 'Canada' } }])).toBe(a);
  });

  it('changes when a property or a key changes', async () => {
    const a = await fingerprint([{ key: 'canada', props: { name: 'Canada' } }]);
    expect(await fingerprint([{ key: 'canada', props: { name: 'Kanada' } }])).not.toBe(a);
    expect(await fingerprint([{ key: 'japan', props: { name: 'Canada' } }])).not.toBe(a);
  });
});
