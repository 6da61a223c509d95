import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestKizuna, type TestKizuna } from './support/startTestKizuna.js';

let kizuna: TestKizuna;
beforeAll(async () => {
  kizuna = await startTestKizuna();
});
afterAll(async () => {
  await kizuna?.stop();
});

type Ids = { id: string }[];
const ids = (list: Ids): string[] => list.map((n) => n.id);

describe('lineage', () => {
  const LINEAGE = `query($id: ID!, $direction: LineageDirection, $maxDepth: Int) {
    lineage(id: $id, direction: $direction, maxDepth: $maxDepth) {
      root { id } nodes { id } depths
      edges { relation from { id } to { id } year evidence { source { id } locator excerpt } }
    } }`;
  type LineageData = {
    lineage: {
      root: { id: string };
      nodes: Ids;
      depths: number[];
      edges: {
        relation: string;
        from: { id: string };
        to: { id: string };
        year: number | null;
        evidence: { source: { id: string }; excerpt: string }[];
      }[];
    };
  };

  it('traces the 2023 MOC upstream to the 1986 Agreement, the 2019 MOU and, through succession, the 1985 Arrangement', async () => {
    const res = await kizuna.graphql<LineageData>(LINEAGE, { id: 'moc-2023-industrial-science-technology' });
    expect(res.errors).toBeUndefined();
    const lineage = res.data!.lineage;
    expect(ids(lineage.nodes)).toEqual(
      expect.arrayContaining([
        'agreement-1986-science-technology',
        'mou-2019-nrc-aist',
        'arrangement-1985-industrial-cooperation',
        'miti',
        'istc',
        'drie',
      ]),
    );
    const edge = (relation: string, from: string, to: string) =>
      lineage.edges.find((e) => e.relation === relation && e.from.id === from && e.to.id === to);
    expect(edge('SUCCEEDED_BY', 'miti', 'meti')?.year).toBe(2001);
    expect(edge('SUCCEEDED_BY', 'istc', 'ised')).toBeDefined();
    expect(edge('SUCCEEDED_BY', 'drie', 'istc')?.year).toBe(1989);
    expect(edge('PARTICIPATES_IN', 'miti', 'arrangement-1985-industrial-cooperation')).toBeDefined();
    expect(edge('NOTES', 'moc-2023-industrial-science-technology', 'agreement-1986-science-technology')).toBeDefined();
    for (const e of lineage.edges) expect(e.evidence.length, `${e.relation} ${e.from.id} → ${e.to.id}`).toBeGreaterThan(0);
    expect(lineage.depths).toHaveLength(lineage.nodes.length);
    expect(lineage.depths[0]).toBe(0);
  });

  it('stops at maxDepth', async () => {
    const res = await kizuna.graphql<LineageData>(LINEAGE, { id: 'moc-2023-industrial-science-technology', maxDepth: 1 });
    expect(Math.max(...res.data!.lineage.depths)).toBe(1);
    expect(ids(res.data!.lineage.nodes)).not.toContain('arrangement-1985-industrial-cooperation');
  });

  it('runs downstream from an institution: DRIE leads to ISTC, ISED and the instruments ISED takes part in', async () => {
    const res = await kizuna.graphql<LineageData>(LINEAGE, { id: 'drie', direction: 'DOWNSTREAM' });
    expect(ids(res.data!.lineage.nodes)).toEqual(expect.arrayContaining(['istc', 'ised', 'moc-2023-industrial-science-technology']));
  });

  it('runs from a technology area: microelectronics evolved into semiconductors, covered by the 2023 MOC', async () => {
    const res = await kizuna.graphql<LineageData>(LINEAGE, { id: 'microelectronics', direction: 'DOWNSTREAM', maxDepth: 2 });
    expect(ids(res.data!.lineage.nodes)).toEqual(expect.arrayContaining(['semiconductors', 'moc-2023-industrial-science-technology']));
  });

  it('is cycle-safe: at maxDepth 10 every node appears once', async () => {
    const res = await kizuna.graphql<LineageData>(LINEAGE, { id: 'roadmap-2026-comprehensive-strategic', maxDepth: 10 });
    const found = ids(res.data!.lineage.nodes);
    expect(new Set(found).size).toBe(found.length);
  });

  it('reports breadth-first depths: the root at 0, every other node one hop beyond a node that reached it', async () => {
    type Walk = { lineage: { nodes: Ids; depths: number[]; edges: { from: { id: string }; to: { id: string } }[] } };
    const res = await kizuna.graphql<Walk>(
      `{ lineage(id: "roadmap-2026-comprehensive-strategic", maxDepth: 4) { nodes { id } depths edges { from { id } to { id } } } }`,
    );
    const { nodes, depths, edges } = res.data!.lineage;
    const depthOf = new Map(nodes.map((n, i) => [n.id, depths[i]!]));
    expect(depthOf.get('roadmap-2026-comprehensive-strategic')).toBe(0);
    expect(Math.max(...depths)).toBeLessThanOrEqual(4);
    for (const [id, depth] of depthOf) {
      if (depth === 0) continue;
      const reachedFrom = edges.filter((e) => e.from.id === id || e.to.id === id).map((e) => (e.from.id === id ? e.to.id : e.from.id));
      expect(
        reachedFrom.some((other) => depthOf.get(other) === depth - 1),
        `${id} at depth ${depth}`,
      ).toBe(true);
    }
  });

  it('follows every instrument-to-instrument relation the seeds state, upstream one hop from the citing side', async () => {
    type Page = { relationships: { edges: { node: { relation: string; from: { id: string }; to: { id: string } } }[] } };
    const types = ['CITES', 'BUILDS_ON', 'IMPLEMENTS', 'SUPERSEDES', 'AMENDS', 'COMMEMORATES'];
    const res = await kizuna.graphql<Page & { relationships: { totalCount: number } }>(
      `query($types: [String!]) { relationships(first: 100, types: $types) { totalCount edges { node { relation from { id } to { id } } } } }`,
      { types },
    );
    const stated = res.data!.relationships.edges.map((e) => e.node);
    expect(stated).toHaveLength(res.data!.relationships.totalCount);
    // The seeds state at least these kinds; each must be walked, or a lineage silently loses a branch.
    expect([...new Set(stated.map((r) => r.relation))]).toEqual(expect.arrayContaining(['CITES', 'BUILDS_ON', 'IMPLEMENTS']));
    for (const relation of stated) {
      const up = await kizuna.graphql<LineageData>(LINEAGE, { id: relation.from.id, maxDepth: 1 });
      expect(ids(up.data!.lineage.nodes), `${relation.from.id} ${relation.relation} ${relation.to.id}`).toContain(relation.to.id);
      const down = await kizuna.graphql<LineageData>(LINEAGE, { id: relation.to.id, direction: 'DOWNSTREAM', maxDepth: 1 });
      expect(ids(down.data!.lineage.nodes), `${relation.to.id} ← ${relation.relation} ${relation.from.id}`).toContain(relation.from.id);
    }
  });

  it('answers an ids-only selection from identities alone, with the same nodes and edges as a full one', async () => {
    const variables = { id: 'roadmap-2026-comprehensive-strategic', maxDepth: 6 };
    type Shape = { lineage: { nodes: { id: string; __typename: string }[]; edges: { id: string; from: Ids[0]; to: Ids[0] }[] } };
    const lean = await kizuna.graphql<Shape>(
      `query($id: ID!, $maxDepth: Int) { lineage(id: $id, maxDepth: $maxDepth) {
        nodes { id __typename } edges { id relation from { id } to { id } } } }`,
      variables,
    );
    // A title under a fragment needs the properties; the walk must notice it through the fragment.
    const full = await kizuna.graphql<Shape & { lineage: { nodes: { title?: string; name?: string }[] } }>(
      `query($id: ID!, $maxDepth: Int) { lineage(id: $id, maxDepth: $maxDepth) {
        nodes { id __typename ...titled } edges { id relation from { id ...titled } to { id } } } }
       fragment titled on Node { ... on Instrument { title } ... on Institution { name } ... on TechnologyArea { name } ... on PolicyTopic { name } }`,
      variables,
    );
    expect(lean.errors).toBeUndefined();
    expect(full.errors).toBeUndefined();
    const sorted = (list: string[]): string[] => [...list].sort();
    expect(lean.data!.lineage.nodes.length).toBeGreaterThan(10);
    expect(sorted(lean.data!.lineage.nodes.map((n) => `${n.__typename}:${n.id}`))).toEqual(
      sorted(full.data!.lineage.nodes.map((n) => `${n.__typename}:${n.id}`)),
    );
    expect(sorted(lean.data!.lineage.edges.map((e) => `${e.id} ${e.from.id} ${e.to.id}`))).toEqual(
      sorted(full.data!.lineage.edges.map((e) => `${e.id} ${e.from.id} ${e.to.id}`)),
    );
    for (const node of full.data!.lineage.nodes) expect(node.title ?? node.name, node.id).toEqual(expect.any(String));
  });

  it('does not let an ids-only lineage leave identity-only records behind for other fields', async () => {
    // root's related instruments are resolved after the walk, in the same request, through the
    // node loader: had the walk primed it with identity-only records, their titles would be null.
    const res = await kizuna.graphql<{
      lineage: { nodes: Ids; root: { relatedInstruments: { instrument: { id: string; title: string | null } }[] } };
    }>(
      `{ lineage(id: "roadmap-2026-comprehensive-strategic", maxDepth: 3) {
          nodes { id } root { ... on Instrument { relatedInstruments { instrument { id title } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const listing = await kizuna.graphql<{ instruments: { nodes: { id: string; title: string }[] } }>(
      '{ instruments(first: 100) { nodes { id title } } }',
    );
    const titles = new Map(listing.data!.instruments.nodes.map((n) => [n.id, n.title]));
    const related = res.data!.lineage.root.relatedInstruments.map((r) => r.instrument);
    expect(related.length).toBeGreaterThan(0);
    for (const instrument of related) {
      expect(ids(res.data!.lineage.nodes)).toContain(instrument.id);
      expect(instrument.title, instrument.id).toBe(titles.get(instrument.id));
    }
  });
});

describe('overlap', () => {
  const OVERLAP = `query($ids: [ID!]!) { overlap(ids: $ids) {
    instruments { id } score pairs { a { id } b { id } score shared }
    technologyAreas { node { id } via matched { id } }
    institutions { node { id } via matched { id } }
    mechanisms { node { id } via }
  } }`;
  type Match = { node: { id: string }; via: string; matched: Ids };
  type OverlapData = {
    overlap: {
      score: number;
      pairs: { a: { id: string }; b: { id: string }; score: number }[];
      technologyAreas: Match[];
      institutions: Match[];
      mechanisms: Match[];
    };
  };

  it('finds what the 1985 Arrangement and the 2023 MOC share: advanced manufacturing (SAME) and microelectronics → semiconductors (TECHNOLOGY_LINEAGE)', async () => {
    const res = await kizuna.graphql<OverlapData>(OVERLAP, {
      ids: ['arrangement-1985-industrial-cooperation', 'moc-2023-industrial-science-technology'],
    });
    expect(res.errors).toBeUndefined();
    const areas = res.data!.overlap.technologyAreas;
    expect(areas).toContainEqual({ node: { id: 'advanced-manufacturing' }, via: 'SAME', matched: [{ id: 'advanced-manufacturing' }] });
    const chips = areas.find((a) => a.via === 'TECHNOLOGY_LINEAGE' && ids(a.matched).includes('semiconductors'));
    expect(ids(chips!.matched).sort()).toEqual(['microelectronics', 'semiconductors']);
    const institutions = res.data!.overlap.institutions;
    expect(institutions.find((i) => ids(i.matched).includes('miti'))).toMatchObject({ via: 'SUCCESSION' });
    expect(ids(institutions.find((i) => ids(i.matched).includes('drie'))!.matched)).toContain('ised');
    expect(res.data!.overlap.score).toBeGreaterThan(0);
    expect(res.data!.overlap.score).toBeLessThanOrEqual(1);
    expect(res.data!.overlap.pairs).toHaveLength(1);
    expect(res.data!.overlap.pairs[0]!.score).toBe(res.data!.overlap.score);
  });

  it('gives the pairwise matrix for three instruments', async () => {
    const res = await kizuna.graphql<OverlapData>(OVERLAP, {
      ids: ['arrangement-1985-industrial-cooperation', 'agreement-1986-science-technology', 'moc-2023-industrial-science-technology'],
    });
    expect(res.data!.overlap.pairs.map((p) => [p.a.id, p.b.id])).toEqual([
      ['arrangement-1985-industrial-cooperation', 'agreement-1986-science-technology'],
      ['arrangement-1985-industrial-cooperation', 'moc-2023-industrial-science-technology'],
      ['agreement-1986-science-technology', 'moc-2023-industrial-science-technology'],
    ]);
    // Each cell is the overlap of that pair alone, in either order; the three-way score is at most the smallest cell.
    type Pair = { a: { id: string }; b: { id: string }; score: number; shared: number };
    for (const pair of res.data!.overlap.pairs as Pair[]) {
      for (const order of [
        [pair.a.id, pair.b.id],
        [pair.b.id, pair.a.id],
      ]) {
        const alone = await kizuna.graphql<{ overlap: { score: number; pairs: Pair[] } }>(OVERLAP, { ids: order });
        expect(alone.data!.overlap.score, order.join(' × ')).toBe(pair.score);
        expect(alone.data!.overlap.pairs[0]!.shared, order.join(' × ')).toBe(pair.shared);
      }
    }
    expect(res.data!.overlap.score).toBeLessThanOrEqual(Math.min(...res.data!.overlap.pairs.map((p) => p.score)));
  });

  it('scores a pair as shared ÷ union (Jaccard over lineage-normalised items)', async () => {
    const res = await kizuna.graphql<OverlapData & { overlap: { pairs: { shared: number }[] } }>(OVERLAP, {
      ids: ['arrangement-1985-industrial-cooperation', 'moc-2023-industrial-science-technology'],
    });
    const { score, pairs } = res.data!.overlap;
    const shared = pairs[0]!.shared;
    const matches = [...res.data!.overlap.technologyAreas, ...res.data!.overlap.institutions, ...res.data!.overlap.mechanisms];
    // advanced manufacturing, semiconductors ← microelectronics, MITI → METI, DRIE → … → ISED at least.
    expect(shared).toBeGreaterThanOrEqual(4);
    expect(new Set(matches.map((m) => m.node.id)).size).toBeGreaterThanOrEqual(shared);
    // Jaccard: shared ÷ union, with union = shared + what only one side has (an integer ≥ shared).
    const union = shared / score;
    expect(Math.abs(union - Math.round(union))).toBeLessThan(1e-9);
    expect(Math.round(union)).toBeGreaterThan(shared);
  });

  it('shows institutions recurring across instruments: NRC in the 2019 MOU and the 2023 MOC', async () => {
    const res = await kizuna.graphql<OverlapData>(OVERLAP, { ids: ['mou-2019-nrc-aist', 'moc-2023-industrial-science-technology'] });
    expect(res.data!.overlap.institutions).toContainEqual(expect.objectContaining({ node: { id: 'nrc' }, via: 'SAME' }));
  });
});

describe('path', () => {
  it('finds the shortest explained path between two nodes', async () => {
    const res = await kizuna.graphql<{ path: { length: number; nodes: Ids; edges: { relation: string; evidence: unknown[] }[] } }>(
      '{ path(from: "meti", to: "miti") { length nodes { id } edges { relation evidence { excerpt } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.path.length).toBe(2);
    expect(ids(res.data!.path.nodes)).toEqual(['meti', 'change-2001-miti-to-meti', 'miti']);
    expect(res.data!.path.edges.every((e) => e.evidence.length > 0)).toBe(true);
  });

  it('returns null when no path fits in maxLength', async () => {
    const res = await kizuna.graphql<{ path: null }>(
      '{ path(from: "arrangement-1985-industrial-cooperation", to: "roadmap-2026-comprehensive-strategic", maxLength: 1) { length } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.path).toBeNull();
  });
});

describe('search', () => {
  type Hits = { search: { node: { id: string }; kind: string; matchedName: string | null; score: number }[] };
  const SEARCH = 'query($text: String!, $first: Int) { search(text: $text, first: $first) { node { id } kind matchedName score } }';

  it.each([
    ['Department of Industry', 'ised', 'Department of Industry'],
    [
      'department of foreign affairs, trade and development',
      'global-affairs-canada',
      'Department of Foreign Affairs, Trade and Development',
    ],
    ['Industry Canada', 'ised', 'Industry Canada'],
    ['MITI', 'miti', 'MITI'],
    ['工業技術院', 'agency-of-industrial-science-and-technology', '工業技術院'],
    ['Departmant of Industy', 'ised', null],
    ['SEMICONDUCTORS', 'semiconductors', 'Semiconductors'],
  ])('"%s" finds %s (matched name %s)', async (text, id, matchedName) => {
    const res = await kizuna.graphql<Hits>(SEARCH, { text, first: 5 });
    expect(res.errors).toBeUndefined();
    const hit = res.data!.search.find((h) => h.node.id === id);
    expect(hit, JSON.stringify(res.data!.search)).toBeDefined();
    if (matchedName) {
      expect(res.data!.search[0]!.node.id).toBe(id);
      expect(hit!.matchedName).toBe(matchedName);
    }
  });

  it('ranks hits and respects first', async () => {
    const res = await kizuna.graphql<Hits>(SEARCH, { text: 'quantum', first: 3 });
    expect(res.data!.search).toHaveLength(3);
    const scores = res.data!.search.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('treats Lucene syntax in the text as plain words', async () => {
    const res = await kizuna.graphql<Hits>(SEARCH, { text: 'quantum AND (title:x OR *) ~ "' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.search[0]?.node.id).toBeDefined();
  });
});

describe('listings, timeline and graph', () => {
  type Page = {
    instruments: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: { id: string; date: { value: string | null } }[];
    };
  };
  const PAGE = `query($first: Int, $after: String, $filter: InstrumentFilter, $orderBy: InstrumentOrder) {
    instruments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } nodes { id date { value } } } }`;

  it('pages through every instrument exactly once with keyset cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page += 1) {
      const res: { data?: Page | null } = await kizuna.graphql<Page>(PAGE, { first: 7, after });
      const connection: Page['instruments'] = res.data!.instruments;
      total = connection.totalCount;
      seen.push(...connection.nodes.map((n) => n.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThanOrEqual(36);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('keeps the total on a page past the last row (after the endCursor of the last page)', async () => {
    for (const [field, query] of [
      ['instruments', '{ instruments(first: 100) { totalCount pageInfo { endCursor hasNextPage } } }'],
      ['institutions', '{ institutions(first: 100) { totalCount pageInfo { endCursor hasNextPage } } }'],
      ['technologyAreas', '{ technologyAreas(first: 100) { totalCount pageInfo { endCursor hasNextPage } } }'],
    ] as const) {
      type Conn = Record<string, { totalCount: number; nodes?: unknown[]; pageInfo: { endCursor: string; hasNextPage: boolean } }>;
      const all = await kizuna.graphql<Conn>(query);
      const last = all.data![field]!;
      expect(last.pageInfo.hasNextPage, field).toBe(false);
      const past = await kizuna.graphql<Conn>(
        `query($after: String) { ${field}(first: 5, after: $after) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage } } }`,
        { after: last.pageInfo.endCursor },
      );
      expect(past.data![field], field).toEqual({
        totalCount: last.totalCount,
        nodes: [],
        pageInfo: { hasNextPage: false, hasPreviousPage: true },
      });
    }
  });

  it('filters by year range: everything signed between 2018 and 2020', async () => {
    const res = await kizuna.graphql<Page>(PAGE, { first: 100, filter: { yearFrom: 2018, yearTo: 2020 } });
    const years = res.data!.instruments.nodes.map((n) => Number(n.date.value!.slice(0, 4)));
    expect(years.every((y) => y >= 2018 && y <= 2020)).toBe(true);
    expect(res.data!.instruments.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['acsa-2018', 'mou-2019-nrc-aist']));
  });

  it('filters by participant, optionally through succession', async () => {
    const plain = await kizuna.graphql<Page>(PAGE, { first: 100, filter: { participant: 'meti' } });
    const withSuccession = await kizuna.graphql<Page>(PAGE, { first: 100, filter: { participant: 'meti', includeSuccession: true } });
    expect(plain.data!.instruments.nodes.map((n) => n.id)).not.toContain('arrangement-1985-industrial-cooperation');
    expect(withSuccession.data!.instruments.nodes.map((n) => n.id)).toContain('arrangement-1985-industrial-cooperation');
  });

  it('follows succession in both directions but not to merger partners', async () => {
    const [row] = await kizuna.connection.db.read('related-ids', { institutions: ['istc'], areas: ['semiconductors'] });
    const institutions = row!.institutions as string[];
    expect(institutions).toEqual(expect.arrayContaining(['istc', 'drie', 'ised']));
    // ISTC and Consumer and Corporate Affairs both became Industry Canada (ISED): partners, not predecessors.
    expect(institutions).not.toContain('consumer-and-corporate-affairs');
    expect(row!.areas).toEqual(expect.arrayContaining(['semiconductors', 'microelectronics']));
  });

  it('filters by technology area, optionally through its lineage', async () => {
    const plain = await kizuna.graphql<Page>(PAGE, { first: 100, filter: { technologyArea: 'semiconductors' } });
    const lineage = await kizuna.graphql<Page>(PAGE, { first: 100, filter: { technologyArea: 'semiconductors', includeLineage: true } });
    expect(plain.data!.instruments.nodes.map((n) => n.id)).not.toContain('arrangement-1985-industrial-cooperation');
    expect(lineage.data!.instruments.nodes.map((n) => n.id)).toContain('arrangement-1985-industrial-cooperation');
  });

  it('orders by date descending', async () => {
    const res = await kizuna.graphql<Page>(PAGE, { first: 10, orderBy: 'DATE_DESC' });
    const dates = res.data!.instruments.nodes.map((n) => n.date.value ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('lists dated instruments and events by year', async () => {
    const res = await kizuna.graphql<{ timeline: { year: number; instruments: Ids; events: Ids }[] }>(
      '{ timeline(from: 1985, to: 1988) { year instruments { id } events { id } } }',
    );
    const y1985 = res.data!.timeline.find((t) => t.year === 1985)!;
    expect(ids(y1985.instruments)).toContain('arrangement-1985-industrial-cooperation');
    expect(res.data!.timeline.find((t) => t.year === 1988)?.events.length).toBeGreaterThan(0);
  });

  it('returns a neighbourhood for the explorer', async () => {
    const res = await kizuna.graphql<{ graph: { nodes: Ids; edges: { from: { id: string }; to: { id: string } }[]; truncated: boolean } }>(
      '{ graph(ids: ["mou-2019-nrc-aist"], depth: 1) { nodes { id } edges { from { id } to { id } } truncated } }',
    );
    const nodeIds = new Set(ids(res.data!.graph.nodes));
    expect(nodeIds.has('nrc')).toBe(true);
    expect(res.data!.graph.edges.every((e) => nodeIds.has(e.from.id) && nodeIds.has(e.to.id))).toBe(true);
  });
});

describe('search text with symbols', () => {
  it('finds the same for a+b, a|b, a~b, a^b, a/b and a b, in search and in a listing filter', async () => {
    const hits = async (text: string) => {
      const res = await kizuna.graphql<{ search: { node: { id: string } }[]; instruments: { totalCount: number } }>(
        'query($text: String!) { search(text: $text, first: 50) { node { id } } instruments(filter: { text: $text }) { totalCount } }',
        { text },
      );
      expect(res.errors, text).toBeUndefined();
      return { search: res.data!.search.map((h) => h.node.id), instruments: res.data!.instruments.totalCount };
    };
    const spaced = await hits('quantum strategy');
    expect(spaced.search.length).toBeGreaterThan(0);
    for (const symbol of ['+', '|', '~', '^', '/', '-']) expect(await hits(`quantum${symbol}strategy`), symbol).toEqual(spaced);
  });
});

describe('search ranking does not depend on the page size', () => {
  it.each(['Department of Foreign Affairs, Trade and Development', 'Canada', 'quantum', 'METI'])(
    'first: k is a prefix of first: 100 for "%s"',
    async (text) => {
      const page = async (first: number) => {
        const res = await kizuna.graphql<{ search: { node: { id: string } }[] }>(
          'query($text: String!, $first: Int) { search(text: $text, first: $first) { node { id } } }',
          { text, first },
        );
        expect(res.errors).toBeUndefined();
        return res.data!.search.map((h) => h.node.id);
      };
      const all = await page(100);
      for (const k of [1, 2, 3, 5, 7, 10]) expect(await page(k), `first: ${k}`).toEqual(all.slice(0, k));
    },
  );
});
