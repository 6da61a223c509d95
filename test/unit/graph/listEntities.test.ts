import { describe, expect, it } from 'vitest';
import type { PageRow } from '../../../src/db/statements.js';
import { buildExactNameQuery, buildSearchQuery } from '../../../src/graph/buildSearchQuery.js';
import { listInstitutions, listInstruments, listTechnologyAreas, type InstrumentFilter } from '../../../src/graph/listEntities.js';
import { cursorScope, encodeCursor } from '../../../src/graph/pageCursor.js';
import type { NodeLabel } from '../../../src/model/vocabulary.js';
import { createRecordingReader, type Answers } from '../../support/createRecordingReader.js';

const noFilter: InstrumentFilter = {
  kinds: null,
  yearFrom: null,
  yearTo: null,
  country: null,
  participant: null,
  includeSuccession: false,
  technologyArea: null,
  includeLineage: false,
  text: null,
};
const byDate = { by: 'date' as const, descending: false };
const firstPage = { first: 10, after: undefined };

const row = <L extends NodeLabel>(label: L, id: string, total = 1): PageRow<L> => ({ total, id, label, props: { id }, sortKey: id });
const page =
  <L extends NodeLabel>(label: L, ...ids: string[]) =>
  () =>
    ids.map((id) => row(label, id, ids.length));

/** related-ids as cypher/related-ids.cypher answers it: each list given is expanded, a null stays null. */
const related =
  (lineages: Record<string, string[]>) =>
  ({ institutions, areas }: { institutions: string[] | null; areas: string[] | null }) => [
    {
      institutions: institutions && institutions.flatMap((id) => lineages[id] ?? [id]),
      areas: areas && areas.flatMap((id) => lineages[id] ?? [id]),
    },
  ];

const lineages = { miti: ['miti', 'meti'], microelectronics: ['microelectronics', 'semiconductors'] };

describe('listInstruments', () => {
  it('reads one page with every filter unset, in the order asked for, when nothing needs expanding', async () => {
    const reader = createRecordingReader({ 'instruments-page': page('Instrument', 'arr-1985') });
    const result = await listInstruments(reader, noFilter, { by: 'title', descending: true }, { first: 5, after: undefined });
    expect(reader.calls).toEqual([
      {
        name: 'instruments-page',
        params: {
          kinds: null,
          yearFrom: null,
          yearTo: null,
          country: null,
          participants: null,
          areas: null,
          ids: null,
          orderBy: 'title',
          descending: true,
          afterKey: null,
          afterId: null,
          limit: 6,
        },
      },
    ]);
    expect(result.edges.map((e) => e.node.id)).toEqual(['arr-1985']);
  });

  it('refuses a cursor of the same filter in another order (a title read as a date)', async () => {
    const reader = createRecordingReader({ 'instruments-page': page('Instrument') });
    const byTitle = { by: 'title' as const, descending: false };
    const after = encodeCursor('memorandum', 'moc-2023', cursorScope('instruments-page', { filter: noFilter, order: byTitle }));
    await expect(listInstruments(reader, noFilter, byDate, { first: 1, after })).rejects.toMatchObject({
      message: expect.stringContaining('another listing, order or filter'),
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
    expect(reader.calls).toEqual([]);
  });

  it('passes the plain filters through and filters by the participant alone without succession', async () => {
    const reader = createRecordingReader({ 'instruments-page': page('Instrument') });
    const filter = {
      ...noFilter,
      kinds: ['moc'],
      yearFrom: 1980,
      yearTo: 1990,
      country: 'japan',
      participant: 'miti',
      technologyArea: 'ceramics',
    };
    // The cursor of the previous page of this same request: its scope is the listing, filter and order.
    const after = encodeCursor('1985-09-03', 'arr-1985', cursorScope('instruments-page', { filter, order: byDate }));
    await listInstruments(reader, filter, byDate, { first: 1, after });
    expect(reader.calls).toEqual([
      {
        name: 'instruments-page',
        params: expect.objectContaining({
          kinds: ['moc'],
          yearFrom: 1980,
          yearTo: 1990,
          country: 'japan',
          participants: ['miti'],
          areas: ['ceramics'],
          ids: null,
          afterKey: '1985-09-03',
          afterId: 'arr-1985',
          limit: 2,
        }),
      },
    ]);
  });

  it('expands a participant to its predecessors and successors in one read when succession is included', async () => {
    const reader = createRecordingReader({ 'related-ids': related(lineages), 'instruments-page': page('Instrument') });
    await listInstruments(
      reader,
      { ...noFilter, participant: 'miti', includeSuccession: true, technologyArea: 'microelectronics' },
      byDate,
      firstPage,
    );
    expect(reader.calls.map((c) => [c.name, c.params])).toEqual([
      ['related-ids', { institutions: ['miti'], areas: null }],
      ['instruments-page', expect.objectContaining({ participants: ['miti', 'meti'], areas: ['microelectronics'] })],
    ]);
  });

  it('expands a technology area to its earlier and later areas when lineage is included', async () => {
    const reader = createRecordingReader({ 'related-ids': related(lineages), 'instruments-page': page('Instrument') });
    await listInstruments(
      reader,
      { ...noFilter, participant: 'miti', technologyArea: 'microelectronics', includeLineage: true },
      byDate,
      firstPage,
    );
    expect(reader.calls.map((c) => [c.name, c.params])).toEqual([
      ['related-ids', { institutions: null, areas: ['microelectronics'] }],
      ['instruments-page', expect.objectContaining({ participants: ['miti'], areas: ['microelectronics', 'semiconductors'] })],
    ]);
  });

  it('expands both in the same read', async () => {
    const reader = createRecordingReader({ 'related-ids': related(lineages), 'instruments-page': page('Instrument') });
    const filter = { ...noFilter, participant: 'miti', includeSuccession: true, technologyArea: 'microelectronics', includeLineage: true };
    await listInstruments(reader, filter, byDate, firstPage);
    expect(reader.calls.map((c) => [c.name, c.params])).toEqual([
      ['related-ids', { institutions: ['miti'], areas: ['microelectronics'] }],
      ['instruments-page', expect.objectContaining({ participants: ['miti', 'meti'], areas: ['microelectronics', 'semiconductors'] })],
    ]);
  });

  it('ignores the succession and lineage switches when there is no participant or area to expand', async () => {
    const reader = createRecordingReader({ 'instruments-page': page('Instrument') });
    await listInstruments(reader, { ...noFilter, includeSuccession: true, includeLineage: true }, byDate, firstPage);
    expect(reader.calls.map((c) => c.name)).toEqual(['instruments-page']);
    expect(reader.calls[0]!.params).toMatchObject({ participants: null, areas: null });
  });

  it('keeps the ids given when the expansion returns no row', async () => {
    const reader = createRecordingReader({ 'related-ids': () => [], 'instruments-page': page('Instrument') });
    const filter = { ...noFilter, participant: 'miti', includeSuccession: true, technologyArea: 'microelectronics', includeLineage: true };
    await listInstruments(reader, filter, byDate, firstPage);
    expect(reader.calls[1]!.params).toMatchObject({ participants: ['miti'], areas: ['microelectronics'] });
  });

  it('narrows to the instruments a full-text search finds, searching instruments only', async () => {
    const answers: Answers = {
      'search-entities': () => [
        {
          id: 'moc-2019',
          label: 'Instrument',
          props: { id: 'moc-2019', title: 'Memorandum on batteries' },
          score: 2,
          exact: false,
          names: [],
          covering: [],
        },
        {
          id: 'arr-1985',
          label: 'Instrument',
          props: { id: 'arr-1985', title: 'Arrangement' },
          score: 1,
          exact: false,
          names: [],
          covering: [],
        },
      ],
      'instruments-page': page('Instrument', 'moc-2019'),
    };
    const reader = createRecordingReader(answers);
    await listInstruments(reader, { ...noFilter, text: 'batteries' }, byDate, firstPage);
    expect(reader.calls).toEqual([
      {
        name: 'search-entities',
        params: {
          index: 'entity_search_v2',
          query: buildSearchQuery('batteries', 'all'),
          exact: buildExactNameQuery('batteries'),
          limit: 1000,
          label: 'Instrument',
        },
      },
      { name: 'instruments-page', params: expect.objectContaining({ ids: ['moc-2019', 'arr-1985'] }) },
    ]);
  });
});

describe('listInstitutions', () => {
  it('reads institutions of some kinds and country, with the ids a text search finds', async () => {
    const answers: Answers = {
      'search-entities': () => [
        { id: 'meti', label: 'Institution', props: { id: 'meti', name: 'METI' }, score: 1, exact: false, names: [], covering: [] },
      ],
      'institutions-page': page('Institution', 'meti'),
    };
    const reader = createRecordingReader(answers);
    const result = await listInstitutions(reader, { kinds: ['ministry'], country: 'japan', text: 'METI' }, { first: 3, after: null });
    expect(reader.calls).toEqual([
      {
        name: 'search-entities',
        params: {
          index: 'entity_search_v2',
          query: buildSearchQuery('METI', 'all'),
          exact: buildExactNameQuery('METI'),
          limit: 1000,
          label: 'Institution',
        },
      },
      {
        name: 'institutions-page',
        params: { kinds: ['ministry'], country: 'japan', ids: ['meti'], afterKey: null, afterId: null, limit: 4 },
      },
    ]);
    expect(result.edges.map((e) => e.node)).toEqual([{ label: 'Institution', id: 'meti', props: { id: 'meti' } }]);
  });

  it('does not search without a text', async () => {
    const reader = createRecordingReader({ 'institutions-page': page('Institution', 'meti') });
    await listInstitutions(reader, { kinds: null, country: null, text: null }, firstPage);
    expect(reader.calls).toEqual([
      { name: 'institutions-page', params: { kinds: null, country: null, ids: null, afterKey: null, afterId: null, limit: 11 } },
    ]);
  });
});

describe('listTechnologyAreas', () => {
  it('reads technology areas, narrowed by a text search of areas only', async () => {
    const answers: Answers = {
      'search-entities': () => [
        {
          id: 'quantum',
          label: 'TechnologyArea',
          props: { id: 'quantum', name: 'Quantum' },
          score: 1,
          exact: false,
          names: [],
          covering: [],
        },
      ],
      'technology-areas-page': page('TechnologyArea', 'quantum'),
    };
    const reader = createRecordingReader(answers);
    const result = await listTechnologyAreas(reader, { text: 'quantum' }, { first: 2, after: undefined });
    expect(reader.calls).toEqual([
      {
        name: 'search-entities',
        params: {
          index: 'entity_search_v2',
          query: buildSearchQuery('quantum', 'all'),
          exact: buildExactNameQuery('quantum'),
          limit: 1000,
          label: 'TechnologyArea',
        },
      },
      { name: 'technology-areas-page', params: { ids: ['quantum'], afterKey: null, afterId: null, limit: 3 } },
    ]);
    expect(result.totalCount).toBe(1);
  });

  it('lists every area without a text', async () => {
    const reader = createRecordingReader({ 'technology-areas-page': page('TechnologyArea', 'ai', 'quantum') });
    const result = await listTechnologyAreas(reader, { text: null }, firstPage);
    expect(reader.calls).toEqual([{ name: 'technology-areas-page', params: { ids: null, afterKey: null, afterId: null, limit: 11 } }]);
    expect(result.edges.map((e) => e.node.id)).toEqual(['ai', 'quantum']);
  });
});
