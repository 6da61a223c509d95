import { describe, expect, it } from 'vitest';
import type { PageRow } from '../../../src/db/statements.js';
import { fetchPage } from '../../../src/graph/fetchPage.js';
import { cursorScope, decodeCursor, encodeCursor } from '../../../src/graph/pageCursor.js';
import { createRecordingReader } from '../../support/createRecordingReader.js';

interface Area {
  id: string;
  name: string;
}

/**
 * Answers technology-areas-page like cypher/technology-areas-page.cypher: areas ordered by name
 * then id, after the keyset (afterKey, afterId), at most `limit` rows, each carrying the total; no
 * match at all is one row with the total and a null id.
 */
function areasPage(areas: Area[]) {
  return (params: {
    ids: string[] | null;
    afterKey: string | null;
    afterId: string | null;
    limit: number;
  }): PageRow<'TechnologyArea'>[] => {
    const matching = areas
      .filter((a) => params.ids === null || params.ids.includes(a.id))
      .map((a) => ({ a, k: a.name.toLowerCase() }))
      .sort((x, y) => x.k.localeCompare(y.k) || x.a.id.localeCompare(y.a.id));
    const total = matching.length;
    if (total === 0) return [{ total, id: null, label: 'TechnologyArea', props: { id: '' }, sortKey: null }];
    return matching
      .filter(({ a, k }) => params.afterId === null || k > params.afterKey! || (k === params.afterKey && a.id > params.afterId))
      .slice(0, params.limit)
      .map(({ a, k }) => ({ total, id: a.id, label: 'TechnologyArea', props: { id: a.id, name: a.name }, sortKey: k }));
  };
}

const areas: Area[] = [
  { id: 'ai', name: 'Artificial intelligence' },
  { id: 'batteries', name: 'Batteries' },
  { id: 'ceramics', name: 'Ceramics' },
  { id: 'quantum', name: 'Quantum' },
];

const REQUEST = { filter: { text: null } };
const SCOPE = cursorScope('technology-areas-page', REQUEST);

describe('fetchPage', () => {
  it('asks for one row more than the page, with the filters and an empty keyset, and shapes a Relay connection', async () => {
    const reader = createRecordingReader({ 'technology-areas-page': areasPage(areas) });
    const page = await fetchPage(reader, 'technology-areas-page', { ids: null }, 2, undefined, REQUEST);
    expect(reader.calls).toEqual([{ name: 'technology-areas-page', params: { ids: null, afterKey: null, afterId: null, limit: 3 } }]);
    expect(page).toEqual({
      totalCount: 4,
      hasNextPage: true,
      hasPreviousPage: false,
      edges: [
        {
          cursor: encodeCursor('artificial intelligence', 'ai', SCOPE),
          node: { label: 'TechnologyArea', id: 'ai', props: { id: 'ai', name: 'Artificial intelligence' } },
        },
        {
          cursor: encodeCursor('batteries', 'batteries', SCOPE),
          node: { label: 'TechnologyArea', id: 'batteries', props: { id: 'batteries', name: 'Batteries' } },
        },
      ],
    });
  });

  it('continues after the cursor of the previous page, and has no next page when the rows run out', async () => {
    const reader = createRecordingReader({ 'technology-areas-page': areasPage(areas) });
    const first = await fetchPage(reader, 'technology-areas-page', { ids: null }, 2, undefined, REQUEST);
    const second = await fetchPage(reader, 'technology-areas-page', { ids: null }, 2, first.edges[1]!.cursor, REQUEST);
    expect(reader.calls[1]!.params).toEqual({ ids: null, afterKey: 'batteries', afterId: 'batteries', limit: 3 });
    expect(second.edges.map((e) => e.node.id)).toEqual(['ceramics', 'quantum']);
    expect(second).toMatchObject({ totalCount: 4, hasNextPage: false, hasPreviousPage: true });
  });

  it('has no next page when exactly a page is left', async () => {
    const reader = createRecordingReader({ 'technology-areas-page': areasPage(areas) });
    const page = await fetchPage(reader, 'technology-areas-page', { ids: null }, 4, null, REQUEST);
    expect(page.edges).toHaveLength(4);
    expect(page).toMatchObject({ totalCount: 4, hasNextPage: false, hasPreviousPage: false });
  });

  it('reports an empty page with its zero total from the row with a null id', async () => {
    const reader = createRecordingReader({ 'technology-areas-page': areasPage(areas) });
    const page = await fetchPage(reader, 'technology-areas-page', { ids: ['nothing-like-this'] }, 10, undefined, REQUEST);
    expect(page).toEqual({ totalCount: 0, hasNextPage: false, hasPreviousPage: false, edges: [] });
  });

  it('counts zero when the statement returns no row at all', async () => {
    const reader = createRecordingReader({ 'technology-areas-page': () => [] });
    expect(await fetchPage(reader, 'technology-areas-page', { ids: null }, 10, undefined, REQUEST)).toEqual({
      totalCount: 0,
      hasNextPage: false,
      hasPreviousPage: false,
      edges: [],
    });
  });

  it('refuses a cursor issued for another filter of the same listing', async () => {
    const reader = createRecordingReader({ 'technology-areas-page': areasPage(areas) });
    const first = await fetchPage(reader, 'technology-areas-page', { ids: null }, 2, undefined, REQUEST);
    await expect(
      fetchPage(reader, 'technology-areas-page', { ids: null }, 2, first.edges[1]!.cursor, { filter: { text: 'quantum' } }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    expect(reader.calls).toHaveLength(1);
  });

  it('writes a numeric sort key into the cursor as text', async () => {
    const reader = createRecordingReader({
      'technology-areas-page': () => [{ total: 1, id: 'ai', label: 'TechnologyArea', props: { id: 'ai' }, sortKey: 1985 }],
    });
    const page = await fetchPage(reader, 'technology-areas-page', { ids: null }, 10, undefined, REQUEST);
    expect(decodeCursor(page.edges[0]!.cursor, SCOPE)).toEqual({ afterKey: '1985', afterId: 'ai' });
  });

  it('refuses a cursor it did not issue with BAD_USER_INPUT before reading anything', async () => {
    const reader = createRecordingReader({ 'technology-areas-page': areasPage(areas) });
    await expect(fetchPage(reader, 'technology-areas-page', { ids: null }, 10, 'bogus', REQUEST)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
    expect(reader.calls).toEqual([]);
  });
});
