import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgesCsv } from '../../src/export/edgesCsv.js';
import { graphJsonLd } from '../../src/export/graphJsonLd.js';
import { nodesCsv } from '../../src/export/nodesCsv.js';
import { parseCsv } from '../support/parseCsv.js';
import { startTestKizuna, type TestKizuna } from './support/startTestKizuna.js';

const BASE = 'https://kizuna.example/';
const VALUE_LABELS = ['Name', 'DateClaim'];
const VALUE_RELATIONSHIPS = ['HAS_NAME', 'HAS_DATE_CLAIM'];

interface EvidenceValue {
  source: { id: string };
  locator: string | null;
  excerpt: string | null;
}

interface RelationshipNode {
  id: string;
  relation: string;
  from: { id: string };
  to: { id: string };
  qualifier: string | null;
  year: number | null;
  asNamed: string | null;
  evidence: EvidenceValue[];
}

interface RelationshipsPage {
  relationships: {
    edges: { cursor: string; node: RelationshipNode }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    totalCount: number;
  };
}

const RELATIONSHIPS = `query($first: Int, $after: String, $types: [String!]) {
  relationships(first: $first, after: $after, types: $types) {
    edges { cursor node { id relation from { id } to { id } qualifier year asNamed evidence { source { id } locator excerpt } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    totalCount
  }
}`;

let kizuna: TestKizuna;
/** Exportable counts straight from the database: every node and relationship but the value ones. */
let nodeCount: number;
let relationshipCount: number;
let countsByType: Map<string, number>;
/** Every relationship, as the API pages through it with first=50. */
let paged: { cursor: string; node: RelationshipNode }[];
let pages: RelationshipsPage['relationships'][];

async function download(path: string): Promise<{ res: Response; text: string }> {
  const res = await fetch(`${kizuna.origin}${path}`);
  return { res, text: await res.text() };
}

async function collect(chunks: AsyncGenerator<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

beforeAll(async () => {
  kizuna = await startTestKizuna();
  const report = await kizuna.connection.db.read('graph-report', {});
  const count = (kind: string, excluded: string[]): [string, number][] =>
    report.filter((r) => r.kind === kind && !excluded.includes(String(r.name))).map((r) => [String(r.name), Number(r.count)]);
  nodeCount = count('node', VALUE_LABELS).reduce((sum, [, n]) => sum + n, 0);
  countsByType = new Map(count('relationship', VALUE_RELATIONSHIPS));
  relationshipCount = [...countsByType.values()].reduce((sum, n) => sum + n, 0);

  paged = [];
  pages = [];
  let after: string | null = null;
  for (let i = 0; i < 1_000; i += 1) {
    const res = await kizuna.graphql<RelationshipsPage>(RELATIONSHIPS, { first: 50, after });
    expect(res.errors).toBeUndefined();
    const page: RelationshipsPage['relationships'] = res.data!.relationships;
    pages.push(page);
    paged.push(...page.edges);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
});
afterAll(async () => {
  await kizuna?.stop();
});

describe('relationships(first, after, types)', () => {
  it('visits every exportable relationship exactly once, paging with first=50', () => {
    expect(relationshipCount).toBeGreaterThan(400);
    const ids = paged.map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(relationshipCount);
    expect(pages.length).toBe(Math.ceil(relationshipCount / 50));
    expect(pages.every((p) => p.totalCount === relationshipCount)).toBe(true);
    expect(pages.slice(0, -1).every((p) => p.edges.length === 50 && p.pageInfo.hasNextPage)).toBe(true);
    expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);
    expect(paged.some((e) => VALUE_RELATIONSHIPS.includes(e.node.relation))).toBe(false);
  });

  it('orders by the stable relationship id, and each cursor is the opaque id of its relationship', () => {
    const ids = paged.map((e) => e.node.id);
    expect(ids).toEqual([...ids].sort());
    for (const { cursor, node } of paged) {
      expect(cursor).not.toContain(':');
      expect(Buffer.from(cursor, 'base64url').toString('utf8')).toBe(node.id);
      expect(node.id.startsWith(`${node.relation}:${node.from.id}:${node.to.id}`)).toBe(true);
    }
    const first = pages[0]!;
    expect(first.pageInfo.startCursor).toBe(first.edges[0]!.cursor);
    expect(first.pageInfo.endCursor).toBe(first.edges.at(-1)!.cursor);
  });

  it('explains each relationship with its ends and evidence', () => {
    const moc = paged.find((e) => e.node.id === 'PARTICIPATES_IN:ised:moc-2023-industrial-science-technology:participant');
    expect(moc?.node).toMatchObject({ qualifier: 'participant', year: 2023, asNamed: 'Department of Industry' });
    expect(moc?.node.evidence.length).toBeGreaterThan(0);
    expect(paged.every((e) => e.node.evidence.every((ev) => ev.source.id !== ''))).toBe(true);
  });

  it('costs three reads a page however many relationships it holds: the page, the count, the evidence sources', async () => {
    const res = await fetch(`${kizuna.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kizuna-stats': '1' },
      body: JSON.stringify({ query: RELATIONSHIPS, variables: { first: 100 } }),
    });
    const body = (await res.json()) as { data: RelationshipsPage; extensions?: { stats?: { roundTrips: number; cacheHits: number } } };
    expect(body.data.relationships.edges.length).toBe(100);
    // Earlier tests may have warmed the read cache: count reads, wherever they were answered.
    const stats = body.extensions?.stats;
    expect((stats?.roundTrips ?? NaN) + (stats?.cacheHits ?? NaN)).toBe(3);
  });

  it('filters by relationship type, and totalCount honours the filter', async () => {
    const res = await kizuna.graphql<RelationshipsPage>(RELATIONSHIPS, { first: 100, types: ['CITES', 'BUILDS_ON'] });
    expect(res.errors).toBeUndefined();
    const expected = (countsByType.get('CITES') ?? 0) + (countsByType.get('BUILDS_ON') ?? 0);
    expect(res.data!.relationships.totalCount).toBe(expected);
    expect(res.data!.relationships.edges.length).toBe(Math.min(expected, 100));
    expect(new Set(res.data!.relationships.edges.map((e) => e.node.relation))).toEqual(new Set(['CITES', 'BUILDS_ON']));
  });

  it('resumes after a cursor with the next relationship and nothing before it', async () => {
    const res = await kizuna.graphql<RelationshipsPage>(RELATIONSHIPS, { first: 3, after: paged[99]!.cursor });
    expect(res.data!.relationships.edges.map((e) => e.node.id)).toEqual(paged.slice(100, 103).map((e) => e.node.id));
  });

  it.each([
    [{ types: ['SUCCEEDED_BY'] }, 'types', 'SUCCEEDED_BY'],
    [{ types: ['CITES', 'HAS_NAME'] }, 'types', 'HAS_NAME'],
    [{ first: 0 }, 'first', 'from 1 to 100'],
    [{ first: 101 }, 'first', 'from 1 to 100'],
    [{ first: -5 }, 'first', 'from 1 to 100'],
    [{ after: 'not-a-cursor' }, 'after', 'not a cursor'],
    [{ after: Buffer.from('CITES:no-end').toString('base64url') }, 'after', 'not a cursor'],
    [{ after: '!!!' }, 'after', 'not a cursor'],
  ])('refuses %o with BAD_USER_INPUT naming %s', async (variables, argument, detail) => {
    const res = await kizuna.graphql(RELATIONSHIPS, variables);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.argument).toBe(argument);
    expect(res.errors?.[0]?.message).toContain(detail);
    if (argument === 'types') expect(res.errors?.[0]?.message).toContain('allowed: ABOUT, ACTS_IN, ADDRESSES, AMENDS, BETWEEN, BROADER');
  });
});

describe('bulk downloads', () => {
  let nodes: string[][];
  let edges: string[][];
  let graph: { '@context': Record<string, string>; '@graph': Record<string, unknown>[] };
  /** Objects of @graph merged by @id, as a JSON-LD processor sees them. */
  let resources: Map<string, Record<string, unknown[]>>;

  beforeAll(async () => {
    // The exact variant: these tests compare cells with the API's values (exports-csv-safety.test.ts covers the default).
    const [n, e, g] = await Promise.all([
      download('/export/nodes.csv?raw=1'),
      download('/export/edges.csv?raw=1'),
      download('/export/graph.jsonld'),
    ]);
    for (const [d, type, file] of [
      [n, 'text/csv', 'kizuna-nodes.csv'],
      [e, 'text/csv', 'kizuna-edges.csv'],
      [g, 'application/ld+json', 'kizuna-graph.jsonld'],
    ] as const) {
      expect(d.res.status).toBe(200);
      expect(d.res.headers.get('content-type')).toContain(type);
      expect(d.res.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
    }
    nodes = parseCsv(n.text);
    edges = parseCsv(e.text);
    graph = JSON.parse(g.text) as typeof graph;
    resources = new Map();
    for (const object of graph['@graph']) {
      const merged = resources.get(String(object['@id'])) ?? {};
      for (const [key, value] of Object.entries(object))
        merged[key] = [...(merged[key] ?? []), ...(Array.isArray(value) ? value : [value])];
      resources.set(String(object['@id']), merged);
    }
  });

  const iri = (id: string): string => `${BASE}id/${id}`;

  it('nodes.csv has its header and one row per node, ordered by id, names as attributes', () => {
    expect(nodes[0]).toEqual([
      'id',
      'label',
      'name_or_title',
      'kind',
      'date',
      'date_precision',
      'country',
      'summary',
      'names',
      'evidence_sources',
    ]);
    const rows = nodes.slice(1);
    expect(rows.length).toBe(nodeCount);
    expect(rows.every((r) => r.length === 10)).toBe(true);
    const ids = rows.map((r) => r[0]!);
    expect(ids).toEqual([...new Set(ids)].sort());
    expect(rows.some((r) => VALUE_LABELS.includes(r[1]!))).toBe(false);

    const ised = rows.find((r) => r[0] === 'ised')!;
    expect(ised[2]).toBe('Innovation, Science and Economic Development Canada');
    expect(ised[8]!.split(';')).toContain('Department of Industry');
    expect(ised[9]!.split(';')).toEqual(expect.arrayContaining(['pr-lac-industry']));
    const agreement = rows.find((r) => r[0] === 'agreement-1986-science-technology')!;
    expect(agreement.slice(1, 6)).toEqual([
      'Instrument',
      'Agreement Between the Government of Canada and the Government of Japan on Cooperation in Science and Technology',
      'agreement',
      '1986-05-07',
      'day',
    ]);
  });

  it('edges.csv has its header and one row per relationship, in the order and with the values the API gives', () => {
    expect(edges[0]).toEqual([
      'id',
      'type',
      'from',
      'to',
      'qualifier',
      'year',
      'as_named',
      'evidence_sources',
      'evidence_locators',
      'evidence_excerpts',
    ]);
    const rows = edges.slice(1);
    expect(rows.length).toBe(relationshipCount);
    expect(rows.map((r) => r[0])).toEqual(paged.map((e) => e.node.id));
    rows.forEach((row, i) => {
      const { node } = paged[i]!;
      expect(row.slice(1, 7)).toEqual([
        node.relation,
        node.from.id,
        node.to.id,
        node.qualifier ?? '',
        node.year === null ? '' : String(node.year),
        node.asNamed ?? '',
      ]);
      expect(row[7]).toBe(node.evidence.map((e) => e.source.id).join(';'));
      expect(row[8]).toBe(node.evidence.map((e) => e.locator ?? '').join('\n'));
      expect(row[9]).toBe(node.evidence.map((e) => e.excerpt ?? '').join('\n'));
    });
  });

  it('round-trips a field holding commas, double quotes and line breaks', async () => {
    // ISED's country relationship carries ISED's evidence: 'The 2023 MOC names it by its legal name, "Department of Industry": …'
    const awkward = edges.slice(1).find((r) => r[0] === 'IN_COUNTRY:ised:canada')!;
    const node = paged.find((e) => e.node.id === 'IN_COUNTRY:ised:canada')!.node;
    expect(awkward[9]).toBe(node.evidence.map((e) => e.excerpt).join('\n'));
    expect(awkward[9]).toContain('The 2023 MOC names it by its legal name, "Department of Industry": it is the same institution as ISED.');
    expect(awkward[9]).toContain(',');
    const { text } = await download('/export/edges.csv');
    expect(text).toContain('legal name, ""Department of Industry"": it is');
  });

  it('streams the same files page by page as in one go (keyset pages of 20)', async () => {
    const db = kizuna.connection.db;
    const [smallNodes, smallEdges, smallGraph] = await Promise.all([
      collect(nodesCsv(db, 20, 'raw')),
      collect(edgesCsv(db, 20, 'raw')),
      collect(graphJsonLd(db, BASE, 20)),
    ]);
    expect(parseCsv(smallNodes)).toEqual(nodes);
    expect(parseCsv(smallEdges)).toEqual(edges);
    expect(JSON.parse(smallGraph)).toEqual(graph);
  });

  it('graph.jsonld maps onto schema.org, W3C org, ELI, PROV and SKOS', () => {
    expect(graph['@context']).toMatchObject({
      schema: 'https://schema.org/',
      org: 'http://www.w3.org/ns/org#',
      eli: 'http://data.europa.eu/eli/ontology#',
      prov: 'http://www.w3.org/ns/prov#',
      skos: 'http://www.w3.org/2004/02/skos/core#',
      kizuna: `${BASE}vocab#`,
    });
    const agreement = resources.get(iri('agreement-1986-science-technology'))!;
    expect(agreement['@type']).toEqual(expect.arrayContaining(['schema:Legislation', 'eli:LegalResource']));
    expect(agreement['eli:date_document']).toEqual([{ '@value': '1986-05-07', '@type': 'xsd:date' }]);
    expect(agreement['prov:wasDerivedFrom']!.length).toBeGreaterThan(0);

    const ised = resources.get(iri('ised'))!;
    expect(ised['@type']).toEqual(expect.arrayContaining(['org:Organization', 'schema:Organization']));
    expect(ised['schema:alternateName']).toEqual(expect.arrayContaining([{ '@value': 'Department of Industry', '@language': 'en' }]));
  });

  it('graph.jsonld has the org:ChangeEvent from MITI to METI', () => {
    const changes = [...resources.values()].filter(
      (r) =>
        r['@type']?.includes('org:ChangeEvent') &&
        r['org:originalOrganization']?.some((o) => (o as { '@id': string })['@id'] === iri('miti')) &&
        r['org:resultingOrganization']?.some((o) => (o as { '@id': string })['@id'] === iri('meti')),
    );
    expect(changes.map((c) => c['schema:identifier']![0])).toEqual(['change-2001-miti-to-meti']);
    expect(changes[0]!['dcterms:date']).toBeDefined();
  });

  it('graph.jsonld holds every node and relationship id of the CSVs, relationships with their evidence', () => {
    for (const row of nodes.slice(1)) expect(resources.has(iri(row[0]!)), row[0]).toBe(true);
    for (const row of edges.slice(1)) {
      const statement = resources.get(iri(row[0]!));
      expect(statement, row[0]).toBeDefined();
      expect(statement!['@type']).toContain('rdf:Statement');
      expect(statement!['rdf:subject']).toEqual([{ '@id': iri(row[2]!) }]);
      expect(statement!['rdf:object']).toEqual([{ '@id': iri(row[3]!) }]);
      const derivations = (statement!['prov:qualifiedDerivation'] ?? []) as {
        'prov:entity': { '@id': string };
        'kizuna:excerpt'?: string;
      }[];
      expect(derivations.map((d) => d['prov:entity']['@id'])).toEqual(row[7] === '' ? [] : row[7]!.split(';').map(iri));
      expect(derivations.map((d) => d['kizuna:excerpt'] ?? '').join('\n')).toBe(row[9]);
    }
    const cites = resources.get(iri(edges.slice(1).find((r) => r[1] === 'CITES')![2]!))!;
    expect(cites['eli:cites']!.length).toBeGreaterThan(0);
  });
});
