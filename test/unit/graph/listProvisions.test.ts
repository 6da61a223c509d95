import { describe, expect, it } from 'vitest';
import type { PageRow } from '../../../src/db/statements.js';
import { buildExactNameQuery, buildSearchQuery } from '../../../src/graph/buildSearchQuery.js';
import {
  findSharedCommitments,
  firmnessRank,
  listFigures,
  listProvisions,
  type ProvisionFilter,
} from '../../../src/graph/listProvisions.js';
import type { NodeLabel } from '../../../src/model/vocabulary.js';
import { createRecordingReader } from '../../support/createRecordingReader.js';

const row = <L extends NodeLabel>(label: L, id: string, total = 1): PageRow<L> => ({ total, id, label, props: { id }, sortKey: id });
const none: ProvisionFilter = { instrument: null, kinds: null, topic: null, actor: null, modalityAtLeast: null, text: null };
const keyset = { afterKey: null, afterId: null, limit: 11 };

describe('listProvisions', () => {
  it('reads one page when no topic or text narrows it, with the firmness as its rank', async () => {
    const reader = createRecordingReader({ 'provisions-page': () => [row('Provision', 'p-1')] });
    const page = await listProvisions(
      reader,
      { ...none, instrument: 'moc', kinds: ['governance'], actor: 'meti', modalityAtLeast: 'intended' },
      { first: 10, after: null },
    );
    expect(reader.calls).toEqual([
      {
        name: 'provisions-page',
        params: { instrument: 'moc', kinds: ['governance'], topics: null, actor: 'meti', minFirmness: 4, ids: null, ...keyset },
      },
    ]);
    expect(page.edges.map((e) => e.node.id)).toEqual(['p-1']);
  });

  it('widens a topic to its family and narrows by the full-text matches among provisions', async () => {
    const reader = createRecordingReader({
      'topic-family': () => [{ ids: ['semiconductors', 'microelectronics'] }],
      'search-entities': () => [{ id: 'p-2', label: 'Provision', props: { id: 'p-2' }, score: 1, exact: false, names: [], covering: [] }],
      'provisions-page': () => [row('Provision', 'p-2')],
    });
    await listProvisions(reader, { ...none, topic: 'semiconductors', text: 'chips' }, { first: 10, after: null });
    expect(reader.calls).toEqual([
      { name: 'topic-family', params: { id: 'semiconductors' } },
      {
        name: 'search-entities',
        params: {
          index: 'entity_search_v2',
          query: buildSearchQuery('chips', 'all'),
          exact: buildExactNameQuery('chips'),
          limit: 1000,
          label: 'Provision',
        },
      },
      {
        name: 'provisions-page',
        params: {
          instrument: null,
          kinds: null,
          topics: ['semiconductors', 'microelectronics'],
          actor: null,
          minFirmness: null,
          ids: ['p-2'],
          ...keyset,
        },
      },
    ]);
  });

  it('keeps the topic itself when the family read returns nothing', async () => {
    const reader = createRecordingReader({ 'topic-family': () => [], 'provisions-page': () => [] });
    await listProvisions(reader, { ...none, topic: 'quantum' }, { first: 10, after: null });
    expect((reader.calls[1]?.params as { topics: string[] }).topics).toEqual(['quantum']);
  });
});

describe('listFigures', () => {
  it('passes its filters through and narrows a text to the matching figures', async () => {
    const reader = createRecordingReader({
      'search-entities': () => [{ id: 'f-1', label: 'Figure', props: { id: 'f-1' }, score: 1, exact: false, names: [], covering: [] }],
      'figures-page': () => [row('Figure', 'f-1')],
    });
    await listFigures(reader, { about: 'japan', units: ['cad'], source: 'doc', text: 'joint ventures' }, { first: 10, after: null });
    expect(reader.calls[1]).toEqual({
      name: 'figures-page',
      params: { about: 'japan', units: ['cad'], source: 'doc', ids: ['f-1'], ...keyset },
    });
  });
});

describe('findSharedCommitments', () => {
  it('groups pairs by the first instrument topic, provisions in the order the rows give them', async () => {
    const reader = createRecordingReader({
      'shared-commitments': () => [
        { a: 'moc-1', instrumentA: 'moc', topicA: 'quantum', b: 'rm-3', instrumentB: 'rm', topicB: 'quantum', via: 'SAME_TOPIC' },
        { a: 'moc-1', instrumentA: 'moc', topicA: 'quantum', b: 'rm-7', instrumentB: 'rm', topicB: 'quantum', via: 'SAME_TOPIC' },
        {
          a: 'moc-2',
          instrumentA: 'moc',
          topicA: 'microelectronics',
          b: 'rm-5',
          instrumentB: 'rm',
          topicB: 'semiconductors',
          via: 'TOPIC_LINEAGE',
        },
      ],
    });
    const shared = await findSharedCommitments(reader, ['moc', 'rm'], 'exploratory');
    expect(reader.calls).toEqual([{ name: 'shared-commitments', params: { ids: ['moc', 'rm'], minFirmness: 2 } }]);
    expect(shared).toEqual([
      {
        topic: 'quantum',
        provisions: ['moc-1', 'rm-3', 'rm-7'],
        pairs: [
          { a: 'moc-1', b: 'rm-3', topicA: 'quantum', topicB: 'quantum', via: 'SAME_TOPIC' },
          { a: 'moc-1', b: 'rm-7', topicA: 'quantum', topicB: 'quantum', via: 'SAME_TOPIC' },
        ],
      },
      {
        topic: 'microelectronics',
        provisions: ['moc-2', 'rm-5'],
        pairs: [{ a: 'moc-2', b: 'rm-5', topicA: 'microelectronics', topicB: 'semiconductors', via: 'TOPIC_LINEAGE' }],
      },
    ]);
  });

  it('ranks firmness on the vocabulary scale, weakest first', () => {
    expect(['none', 'declaratory', 'exploratory', 'best-effort', 'intended', 'firm'].map((f) => firmnessRank(f as 'none'))).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
  });
});
