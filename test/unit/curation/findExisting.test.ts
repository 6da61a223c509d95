import { describe, expect, it } from 'vitest';
import { findExistingNodes, findRelationships, referencedIds, toExistingNodes } from '../../../src/curation/findExisting.js';
import type { NodeRecord } from '../../../src/model/records.js';
import { createCurationDb, seededStore } from './fakeCurationDb.js';

describe('referencedIds', () => {
  it('collects every id-shaped string of an input, nested in lists and maps, once and in order', () => {
    const input = {
      id: 'a-1',
      title: 'Not An Id',
      parties: [{ institution: 'b' }, { institution: 'b' }, { institution: 'c2' }],
      nested: { deeper: [['d']] },
      year: 1986,
      flag: true,
      nothing: null,
    };
    expect(referencedIds(input)).toEqual(['a-1', 'b', 'c2', 'd']);
  });

  it('skips strings that are only partly id-shaped', () => {
    expect(referencedIds(['ok-id', 'Not-ok', 'no--double', '-lead', 'trail-', 'two words', 'x y-z', ''])).toEqual(['ok-id']);
  });

  it('takes a single id, and nothing from a value without strings', () => {
    expect(referencedIds('meti')).toEqual(['meti']);
    expect(referencedIds(42)).toEqual([]);
    expect(referencedIds(undefined)).toEqual([]);
  });
});

describe('findExistingNodes', () => {
  it('reads the nodes behind the ids in one statement of the transaction, by id', async () => {
    const db = createCurationDb(seededStore());
    const found = await db.writeTransaction((tx) => findExistingNodes(tx, ['miti', 'gone', 'doc-a']));
    expect(db.calls).toEqual([{ name: 'nodes-by-ids', params: { ids: ['miti', 'gone', 'doc-a'] }, transaction: 0 }]);
    expect([...found.keys()]).toEqual(['miti', 'doc-a']);
    expect(found.get('miti')).toEqual({
      label: 'Institution',
      id: 'miti',
      props: { id: 'miti', kind: 'ministry', name: 'MITI', origin: 'seed' },
    });
  });

  it('reads nothing for no ids', async () => {
    const db = createCurationDb(seededStore());
    expect(await db.writeTransaction((tx) => findExistingNodes(tx, []))).toEqual(new Map());
    expect(db.calls).toEqual([]);
  });
});

describe('toExistingNodes', () => {
  it('keeps each node’s label, and its kind and file when they are text', () => {
    const nodes = new Map<string, NodeRecord>([
      ['doc-a', { label: 'Source', id: 'doc-a', props: { id: 'doc-a', kind: 'document', file: 'a.txt', title: 'A' } }],
      ['miti', { label: 'Institution', id: 'miti', props: { id: 'miti', kind: 'ministry' } }],
      ['odd', { label: 'Source', id: 'odd', props: { id: 'odd', kind: 3, file: null } }],
    ]);
    const existing = toExistingNodes(nodes);
    expect([...existing]).toEqual([
      ['doc-a', { label: 'Source', kind: 'document', file: 'a.txt' }],
      ['miti', { label: 'Institution', kind: 'ministry' }],
      ['odd', { label: 'Source' }],
    ]);
    expect(existing.get('odd')).not.toHaveProperty('kind');
    expect(existing.get('odd')).not.toHaveProperty('file');
    expect(existing.get('miti')).not.toHaveProperty('file');
  });
});

describe('findRelationships', () => {
  it('reads a node’s relationships of some types in one direction, as edges', async () => {
    const store = seededStore();
    store.relationships.push({ type: 'IN_COUNTRY', from: 'miti', to: 'japan', props: { key: '' } });
    const db = createCurationDb(store);
    const edges = await db.writeTransaction((tx) => findRelationships(tx, 'arr-1985', ['PARTICIPATES_IN'], 'INCOMING'));
    expect(db.calls[0]!.params).toEqual({ keys: [{ key: 'arr-1985', id: 'arr-1985', types: ['PARTICIPATES_IN'], direction: 'INCOMING' }] });
    expect(edges).toEqual([
      { type: 'PARTICIPATES_IN', from: 'drie', to: 'arr-1985', props: { key: 'signatory', role: 'signatory', origin: 'seed' } },
    ]);
  });
});
