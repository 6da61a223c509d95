import { describe, expect, it } from 'vitest';
import type { RowOf } from '../../../src/db/statements.js';
import { buildExactNameQuery, buildSearchQuery } from '../../../src/graph/buildSearchQuery.js';
import { SEARCH_POOL, searchEntities } from '../../../src/graph/searchEntities.js';
import type { NodeLabel } from '../../../src/model/vocabulary.js';
import { createRecordingReader } from '../../support/createRecordingReader.js';

type Hit = RowOf<'search-entities'>;

const hit = (
  label: NodeLabel,
  id: string,
  score: number,
  props: Record<string, unknown> = {},
  names: Hit['names'] = [],
  more: Partial<Pick<Hit, 'exact' | 'covering'>> = {},
): Hit => ({ id, label, props: { id, ...props }, score, exact: false, names, covering: [], ...more });

/** A reader whose search answers `all` hits to the every-word query and `any` hits to the any-word query. */
function searchReader(text: string, all: Hit[], any: Hit[] = []) {
  return createRecordingReader({
    'search-entities': ({ query }) => (query === buildSearchQuery(text, 'all') ? all : query === buildSearchQuery(text, 'any') ? any : []),
  });
}

describe('searchEntities', () => {
  it('re-ranks the same candidate pool whatever page is asked for, so a small page is a prefix of a larger one', async () => {
    // A name match (bonus) deep in Lucene's order must reach the top of a one-hit page too.
    const rows = [
      ...Array.from({ length: 30 }, (_, i) => hit('Institution', `x-${String(i).padStart(2, '0')}`, 5 - i / 10, { name: `Other ${i}` })),
    ];
    rows.push(hit('Institution', 'gac', 0.1, { name: 'Department of Foreign Affairs, Trade and Development' }));
    const reader = searchReader('Department of Foreign Affairs, Trade and Development', rows, []);
    const pages = await Promise.all(
      [1, 3, 10, 100].map((first) => searchEntities(reader, 'Department of Foreign Affairs, Trade and Development', first)),
    );
    expect(new Set(reader.calls.map((c) => (c.params as { limit: number }).limit))).toEqual(new Set([SEARCH_POOL]));
    expect(pages[0]!.map((h) => h.node.id)).toEqual(['gac']);
    for (const page of pages) expect(pages[3]!.slice(0, page.length)).toEqual(page);
    // A listing's text filter asks for more than a page: the pool grows to it.
    await searchEntities(reader, 'Department of Foreign Affairs, Trade and Development', 1000, 'Institution');
    expect((reader.calls.at(-1)!.params as { limit: number }).limit).toBe(1000);
  });

  it('asks for every word first and stops there when that finds something', async () => {
    const reader = searchReader('MITI METI', [hit('Institution', 'meti', 1, { name: 'METI' })], [hit('Institution', 'miti', 1)]);
    const hits = await searchEntities(reader, 'MITI METI', 5);
    expect(reader.calls).toEqual([
      {
        name: 'search-entities',
        params: {
          index: 'entity_search_v2',
          query: buildSearchQuery('MITI METI', 'all'),
          exact: buildExactNameQuery('MITI METI'),
          limit: SEARCH_POOL,
          label: null,
        },
      },
    ]);
    expect(hits).toEqual([
      {
        node: { label: 'Institution', id: 'meti', props: { id: 'meti', name: 'METI' } },
        score: 1 + 1 + 20,
        matchedName: 'METI',
        via: null,
      },
    ]);
  });

  it('falls back to any word when no hit has every word', async () => {
    const reader = searchReader('MITI METI', [], [hit('Institution', 'miti', 1.5, { name: 'MITI' })]);
    const hits = await searchEntities(reader, 'MITI METI', 5);
    expect(reader.calls.map((c) => c.params)).toEqual([
      {
        index: 'entity_search_v2',
        query: buildSearchQuery('MITI METI', 'all'),
        exact: buildExactNameQuery('MITI METI'),
        limit: SEARCH_POOL,
        label: null,
      },
      {
        index: 'entity_search_v2',
        query: buildSearchQuery('MITI METI', 'any'),
        exact: buildExactNameQuery('MITI METI'),
        limit: SEARCH_POOL,
        label: null,
      },
    ]);
    expect(hits.map((h) => [h.node.id, h.score, h.matchedName])).toEqual([['miti', 1.5 + 1 + 20, 'MITI']]);
  });

  it('keeps a listing filter to every word: no fallback for a kind asked for', async () => {
    const reader = searchReader('quantum zebra', [], [hit('Provision', 'p-1', 1.5)]);
    expect(await searchEntities(reader, 'quantum zebra', 5, 'Provision')).toEqual([]);
    expect(reader.calls).toHaveLength(1);
  });

  it('counts a name containing the text as whole words only, not inside a word', async () => {
    const reader = searchReader('ai', [
      hit('Instrument', 'moc', 1, { title: 'Foreign Affairs memorandum' }),
      hit('TechnologyArea', 'ai', 1, { name: 'AI research' }),
    ]);
    expect((await searchEntities(reader, 'ai', 5)).map((h) => [h.node.id, h.matchedName])).toEqual([
      ['ai', 'AI research'],
      ['moc', null],
    ]);
  });

  it('finds nothing after both reads come back empty', async () => {
    const reader = searchReader('quantum', []);
    expect(await searchEntities(reader, 'quantum', 5)).toEqual([]);
    expect(reader.calls).toHaveLength(2);
  });

  it('reads nothing for a text without words', async () => {
    const reader = searchReader('?!', [hit('Institution', 'meti', 1)]);
    expect(await searchEntities(reader, ' ?! ', 5)).toEqual([]);
    expect(reader.calls).toEqual([]);
  });

  it('ranks the node whose name is the text above nodes whose names contain it or share words with it', async () => {
    const text = 'Department of Industry';
    const reader = searchReader(text, [
      hit('Instrument', 'arr-1988', 3, { title: 'Arrangement between the Department of Industry and MITI' }),
      hit('Institution', 'industry-canada', 2.5, { name: 'Industry Canada' }),
      hit('Institution', 'ised', 2, { name: 'Innovation, Science and Economic Development Canada', acronym: 'ISED' }, [
        { name: 'Department of Industry', score: 2 },
      ]),
    ]);
    const hits = await searchEntities(reader, text, 10);
    expect(hits.map((h) => [h.node.id, h.score, h.matchedName])).toEqual([
      ['ised', 2 + 1000, 'Department of Industry'],
      // Contains the text, 3 of its 8 words: 100 + 20 × 3/8.
      ['arr-1988', 3 + 100 + 7.5, 'Arrangement between the Department of Industry and MITI'],
      // Shares 1 of its 2 words: 1 + 20 × 1/2.
      ['industry-canada', 2.5 + 1 + 10, 'Industry Canada'],
    ]);
  });

  it('matches names regardless of case, accents and surrounding spaces', async () => {
    const reader = searchReader('  QUEBEC  ', [hit('Institution', 'quebec', 1, { name: 'Québec' })]);
    expect(await searchEntities(reader, '  QUEBEC  ', 5)).toEqual([expect.objectContaining({ score: 1001, matchedName: 'Québec' })]);
  });

  it('counts a word of three letters or more as matching the start of a longer one, but not a shorter word', async () => {
    const three = searchReader('sem xyz', [hit('TechnologyArea', 'semiconductors', 1, { name: 'Semiconductors research' })]);
    expect(await searchEntities(three, 'sem xyz', 5)).toEqual([
      expect.objectContaining({ score: 1 + 1 + 10, matchedName: 'Semiconductors research' }),
    ]);
    const two = searchReader('ai xyz', [hit('TechnologyArea', 'aircraft', 1, { name: 'Aircraft design' })]);
    expect(await searchEntities(two, 'ai xyz', 5)).toEqual([expect.objectContaining({ score: 1, matchedName: null })]);
  });

  it("counts a word one small typo away as shared, as the query's fuzzy clauses do, but never a number", async () => {
    const reader = searchReader('Carleton Universty', [
      hit('Instrument', 'agreement', 3, { title: 'Academic exchange agreement between JAIST and Carleton University' }),
      hit('Institution', 'carleton', 1, { name: 'Carleton University' }),
    ]);
    expect((await searchEntities(reader, 'Carleton Universty', 5)).map((h) => [h.node.id, h.score])).toEqual([
      ['carleton', 1 + 2 + 20],
      ['agreement', 3 + 2 + (20 * 2) / 8],
    ]);
    const years = searchReader('2001', [hit('Event', 'e', 1, { name: '2007 meeting' })]);
    expect(await searchEntities(years, '2001', 5)).toEqual([expect.objectContaining({ score: 1, matchedName: null })]);
  });

  it('counts every shared word', async () => {
    const reader = searchReader('trade industry', [hit('Institution', 'miti', 1, { name: 'International Trade and Industry' })]);
    expect(await searchEntities(reader, 'trade industry', 5)).toEqual([expect.objectContaining({ score: 1 + 2 + 10 })]);
  });

  it('prefers the best-scoring Name hit among equally good names, then the node’s own names', async () => {
    const reader = searchReader('trade ministries', [
      hit('Institution', 'miti', 1, { name: 'MITI trade' }, [
        { name: 'International Trade ministry', score: 1 },
        { name: 'Trade ministry', score: 4 },
        { name: 'Ministry of trade', score: 2 },
      ]),
      hit('Institution', 'jetro', 1, { name: 'External trade organisation' }),
    ]);
    const hits = await searchEntities(reader, 'trade ministries', 5);
    // Each name shares one word ("ministries" is no small typo of "ministry"); the shortest such name covers most.
    expect(hits.map((h) => [h.node.id, h.score, h.matchedName])).toEqual([
      ['miti', 1 + 1 + 10, 'Trade ministry'],
      ['jetro', 1 + 1 + 20 / 3, 'External trade organisation'],
    ]);
  });

  it.each(['title', 'shortTitle', 'name', 'acronym', 'nameJa'])('reports the node’s own %s as the name that matched', async (key) => {
    const reader = searchReader('kizuna', [hit('Event', 'ev', 1, { [key]: 'Kizuna', other: 'Kizuna' })]);
    expect(await searchEntities(reader, 'kizuna', 5)).toEqual([expect.objectContaining({ score: 1001, matchedName: 'Kizuna' })]);
  });

  it('of names that normalise alike, reports the one written as typed', async () => {
    const names = [
      { name: 'Department of Foreign Affairs, Trade, and Development', score: 1000 },
      { name: 'Department of Foreign Affairs, Trade and Development', score: 1000 },
    ];
    const reader = searchReader('department of foreign affairs, trade and development', [hit('Institution', 'gac', 1, {}, names)]);
    expect(await searchEntities(reader, 'department of foreign affairs, trade and development', 5)).toEqual([
      expect.objectContaining({ score: 1001, matchedName: 'Department of Foreign Affairs, Trade and Development' }),
    ]);
  });

  it('ignores own properties that are not names or not text', async () => {
    const reader = searchReader('kizuna', [hit('Event', 'ev', 1, { summary: 'Kizuna', name: 7 })]);
    expect(await searchEntities(reader, 'kizuna', 5)).toEqual([expect.objectContaining({ score: 1, matchedName: null })]);
  });

  it('orders by score, then by id for equal scores, and keeps only the first hits asked for', async () => {
    const reader = searchReader('zeta', [
      hit('Institution', 'c-inst', 2),
      hit('Institution', 'b-inst', 2),
      hit('Institution', 'a-inst', 1),
      hit('Institution', 'd-inst', 5),
    ]);
    const hits = await searchEntities(reader, 'zeta', 3);
    expect(hits.map((h) => h.node.id)).toEqual(['d-inst', 'b-inst', 'c-inst']);
  });

  it('ranks every hit the exact-name lookup found above any other, whatever their scores', async () => {
    const reader = searchReader('NRC', [
      hit('Instrument', 'mou-nrc', 9, { title: 'NRC and AIST memorandum' }),
      hit('Institution', 'nrc', 0, { name: 'National Research Council Canada', acronym: 'NRC' }, [], { exact: true }),
    ]);
    const hits = await searchEntities(reader, 'NRC', 5);
    expect(hits.map((h) => [h.node.id, h.matchedName])).toEqual([
      ['nrc', 'NRC'],
      ['mou-nrc', 'NRC and AIST memorandum'],
    ]);
  });

  it('appends what covers a matched topic below every direct hit, each saying through which topic, once', async () => {
    const roadmap = { id: 'roadmap', label: 'Instrument' as const, props: { id: 'roadmap', title: 'Roadmap' }, type: 'COVERS' as const };
    const provision = { id: 'p-1', label: 'Provision' as const, props: { id: 'p-1' }, type: 'ADDRESSES' as const };
    const reader = searchReader('quantum', [
      hit('TechnologyArea', 'quantum', 5, { name: 'Quantum' }, [], { covering: [roadmap, provision] }),
      hit('PolicyTopic', 'quantum-policy', 4, { name: 'Quantum policy' }, [], { covering: [roadmap] }),
      hit('Instrument', 'strategy', 1, { title: 'Quantum strategy' }, [], { covering: [] }),
    ]);
    const hits = await searchEntities(reader, 'quantum', 10);
    expect(hits.map((h) => [h.node.id, h.score > 0, h.via && [h.via.relationship, h.via.topic.id]])).toEqual([
      ['quantum', true, null],
      ['quantum-policy', true, null],
      ['strategy', true, null],
      ['roadmap', false, ['COVERS', 'quantum']],
      ['p-1', false, ['ADDRESSES', 'quantum']],
    ]);
    // A page is still a prefix of a larger one across the two tiers.
    expect((await searchEntities(reader, 'quantum', 4)).map((h) => h.node.id)).toEqual([
      'quantum',
      'quantum-policy',
      'strategy',
      'roadmap',
    ]);
  });

  it('reaches nothing through a topic whose names did not match (only its summary did)', async () => {
    const roadmap = { id: 'roadmap', label: 'Instrument' as const, props: { id: 'roadmap' }, type: 'COVERS' as const };
    const reader = searchReader('quantum', [
      hit('PolicyTopic', 'talent', 5, { name: 'Talent development', summary: 'quantum talent' }, [], { covering: [roadmap] }),
    ]);
    expect((await searchEntities(reader, 'quantum', 10)).map((h) => h.node.id)).toEqual(['talent']);
  });

  it('does not repeat a direct hit as one reached through a topic', async () => {
    const strategy = { id: 'strategy', label: 'Instrument' as const, props: { id: 'strategy' }, type: 'COVERS' as const };
    const reader = searchReader('quantum', [
      hit('TechnologyArea', 'quantum', 5, { name: 'Quantum' }, [], { covering: [strategy] }),
      hit('Instrument', 'strategy', 1, { title: 'Quantum strategy' }),
    ]);
    expect((await searchEntities(reader, 'quantum', 10)).map((h) => [h.node.id, h.via?.topic.id ?? null])).toEqual([
      ['quantum', null],
      ['strategy', null],
    ]);
  });

  it('searches a text with Japanese characters in the bigram index, any other in the folding one', async () => {
    const reader = searchReader('経済産業省', []);
    await searchEntities(reader, '経済産業省', 5);
    expect(reader.calls[0]!.params).toMatchObject({ index: 'entity_search_cjk', exact: 'nameKeys:"経済産業省"' });
    const latin = searchReader('METI', []);
    await searchEntities(latin, 'METI', 5);
    expect(latin.calls[0]!.params).toMatchObject({ index: 'entity_search_v2', exact: 'nameKeys:"meti"' });
  });
});
