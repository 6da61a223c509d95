import { describe, expect, it } from 'vitest';
import type { RowOf } from '../../../src/db/statements.js';
import { findPath } from '../../../src/graph/findPath.js';
import type { NodeRecord } from '../../../src/model/records.js';
import { createRecordingReader } from '../../support/createRecordingReader.js';

type PathRow = RowOf<'shortest-path'>;

const miti: NodeRecord = { label: 'Institution', id: 'miti', props: { id: 'miti', name: 'MITI' } };
const arr: NodeRecord = { label: 'Instrument', id: 'arr-1985', props: { id: 'arr-1985', title: 'Arrangement' } };
const moc: NodeRecord = { label: 'Instrument', id: 'moc-2019', props: { id: 'moc-2019', title: 'MOC' } };
const japan: NodeRecord = { label: 'Country', id: 'japan', props: { id: 'japan', name: 'Japan' } };

/** miti signed the 1985 arrangement, which the 2019 MOC cites: two relationships. */
const twoHops: PathRow = {
  nodes: [miti, arr, moc].map((n) => ({ id: n.id, label: n.label, props: n.props })),
  rels: [
    { type: 'PARTICIPATES_IN', startId: 'miti', endId: 'arr-1985', props: { key: 'signatory', role: 'signatory' } },
    { type: 'CITES', startId: 'moc-2019', endId: 'arr-1985', props: { key: '' } },
  ],
};

describe('findPath', () => {
  it('returns the path as node records and edges, avoiding names, date claims and country membership', async () => {
    const reader = createRecordingReader({ 'shortest-path': () => [twoHops] });
    const path = await findPath(reader, miti, moc, 2);
    expect(reader.calls).toEqual([
      {
        name: 'shortest-path',
        params: { from: 'miti', to: 'moc-2019', excludedTypes: ['HAS_NAME', 'HAS_DATE_CLAIM', 'BETWEEN', 'IN_COUNTRY'] },
      },
    ]);
    expect(path).toEqual({
      nodes: [miti, arr, moc],
      edges: [
        { type: 'PARTICIPATES_IN', from: 'miti', to: 'arr-1985', props: { key: 'signatory', role: 'signatory' } },
        { type: 'CITES', from: 'moc-2019', to: 'arr-1985', props: { key: '' } },
      ],
    });
  });

  it.each([
    ['from', japan, moc],
    ['to', miti, japan],
  ])('goes through country membership when the %s end is a country', async (_, from, to) => {
    const reader = createRecordingReader({ 'shortest-path': () => [] });
    expect(await findPath(reader, from, to, 4)).toBeNull();
    expect(reader.calls[0]!.params).toEqual({ from: from.id, to: to.id, excludedTypes: ['HAS_NAME', 'HAS_DATE_CLAIM'] });
  });

  it('is null when the shortest path is longer than allowed', async () => {
    const reader = createRecordingReader({ 'shortest-path': () => [twoHops] });
    expect(await findPath(reader, miti, moc, 1)).toBeNull();
  });

  it('is null when there is no path', async () => {
    const reader = createRecordingReader({ 'shortest-path': () => [] });
    expect(await findPath(reader, miti, moc, 3)).toBeNull();
  });

  it('is the node alone, without a read, from a node to itself', async () => {
    const reader = createRecordingReader({ 'shortest-path': () => [twoHops] });
    expect(await findPath(reader, miti, { ...miti }, 3)).toEqual({ nodes: [miti], edges: [] });
    expect(reader.calls).toEqual([]);
  });
});
