/**
 * The six benchmarked operations, each expressed four ways: a Kizuna GraphQL query, an
 * @neo4j/graphql query over the equivalent type definitions (bench/neo4jGraphqlServer.ts), a call
 * of the handler that runs Kizuna's own Cypher statements with no GraphQL layer (bench/rawServer.ts),
 * and a call of the floor: one hand-written statement per operation (bench/floor/*.cypher, served
 * by bench/floorServer.ts). Each takes a sample index (bench/workload.ts draws them), so every
 * server sees the same inputs.
 */
import { buildSearchQuery } from '../src/graph/buildSearchQuery.js';
import type { ScaleGraph } from './generateScaleGraph.js';

export type OperationName = 'instrumentById' | 'instrumentsPage' | 'lineage' | 'overlap' | 'search' | 'provisions';
export const operationNames: OperationName[] = ['instrumentById', 'instrumentsPage', 'lineage', 'overlap', 'search', 'provisions'];

export interface Sample {
  instrumentIds: string[];
  countryIds: string[];
  searchTerms: string[];
}

export interface RequestSpec {
  path: string;
  body: string;
}

const kizunaQueries: Record<OperationName, string> = {
  instrumentById: `query ($id: ID!) { instrument(id: $id) { id title kind date { value }
    parties { role institution { id name predecessors { institution { id name } } } }
    technologyAreas { how technologyArea { id name evolvedFrom { id name } } } } }`,
  instrumentsPage: `query ($country: ID!, $yearFrom: Int!) {
    instruments(filter: { country: $country, yearFrom: $yearFrom }, first: 50, orderBy: DATE) { totalCount
      edges { node { id title date { value } parties { role institution { id name } } technologyAreas { how technologyArea { id name } } } } } }`,
  lineage: `query ($id: ID!) { lineage(id: $id, direction: UPSTREAM, maxDepth: 6) { nodes { id } edges { relation from { id } to { id } } } }`,
  overlap: `query ($ids: [ID!]!) { overlap(ids: $ids) { score technologyAreas { via node { id } } institutions { via node { id } } mechanisms { via node { id } } } }`,
  search: `query ($text: String!) { search(text: $text, first: 20) { score matchedName node { id } } }`,
  // What an analyst reading an instrument's text asks for: each provision verbatim with its kind and
  // firmness, who acts in it (named), what it addresses, and where it is in the source.
  provisions: `query ($id: ID!) { provisions(filter: { instrument: $id }, first: 50) { totalCount
    edges { node { id locator position kind text modality firmness
      actors { role asNamed actor { __typename id ... on Institution { name } ... on Country { name } } }
      topics { __typename ... on TechnologyArea { id name } ... on PolicyTopic { id name } }
      evidence { locator excerpt } } } } }`,
};

const neo4jGraphqlQueries: Record<OperationName, string> = {
  instrumentById: `query ($id: ID!) { instruments(where: { id: { eq: $id } }) { id title kind date
    partiesConnection { edges { properties { role } node { id name predecessors { id name } } } }
    technologyAreasConnection { edges { properties { how } node { id name evolvedFrom { id name } } } } } }`,
  instrumentsPage: `query ($country: ID!, $yearFrom: Int!) {
    instrumentsConnection(first: 50, where: { year: { gte: $yearFrom }, countries: { some: { id: { eq: $country } } } }, sort: [{ date: ASC }, { id: ASC }]) { totalCount
      edges { node { id title date partiesConnection { edges { properties { role } node { id name } } }
        technologyAreasConnection { edges { properties { how } node { id name } } } } } } }`,
  lineage: `query ($id: ID!) { lineage(id: $id, maxDepth: 6) { fromId nextId type startId endId } }`,
  overlap: `query ($a: ID!, $b: ID!) { overlap(a: $a, b: $b) { kind itemId shared score } }`,
  search: `query ($query: String!) { search(query: $query, first: 20) { id label score } }`,
  // Starting at the instrument (its id is unique) is how an @neo4j/graphql user writes it; a root
  // provisionsConnection filtered on the instrument would scan every provision.
  provisions: `query ($id: ID!) { instruments(where: { id: { eq: $id } }) {
    provisionsConnection(first: 50, sort: [{ node: { order: ASC } }]) { totalCount
      edges { node { id locator order kind text modality firmness evLocator evExcerpt
        actorsConnection { edges { properties { role asNamed } node { __typename ... on Institution { id name } ... on Country { id name } } } }
        topics { id name } } } } } }`,
};

/** instrumentsPage asks for instruments of one country from one year on: this many starting years (1970–2009). */
const PAGE_YEARS = 40;

/** How many distinct inputs an operation has: what its workload's distribution ranges over. */
export function populationOf(op: OperationName, sample: Sample): number {
  if (op === 'search') return sample.searchTerms.length;
  if (op === 'instrumentsPage') return sample.countryIds.length * PAGE_YEARS;
  return sample.instrumentIds.length;
}

/** The variables of sample index i for each operation (Kizuna's argument shapes). */
export function variablesFor(op: OperationName, sample: Sample, i: number): Record<string, unknown> {
  const ids = sample.instrumentIds;
  const id = ids[i % ids.length]!;
  switch (op) {
    case 'instrumentById':
    case 'lineage':
    case 'provisions':
      return { id };
    case 'instrumentsPage': {
      const countries = sample.countryIds.length;
      return { country: sample.countryIds[i % countries]!, yearFrom: 1970 + (Math.floor(i / countries) % PAGE_YEARS) };
    }
    case 'overlap':
      // A second id 7 places on in the shuffled list: another instrument, as unrelated as any.
      return { ids: [id, ids[(i + 7) % ids.length]!] };
    case 'search':
      return { text: sample.searchTerms[i % sample.searchTerms.length]! };
  }
}

/**
 * kizunaNoCache is Kizuna with its read cache off (READ_CACHE_TTL_MS=0): what the query shapes alone
 * buy. `raw` is Kizuna's own statements with no GraphQL (the key predates that name); `floor` is one
 * hand-written statement per operation.
 */
export type ServerKind = 'kizuna' | 'kizunaNoCache' | 'neo4jGraphql' | 'raw' | 'floor';
export const isKizuna = (kind: ServerKind): boolean => kind === 'kizuna' || kind === 'kizunaNoCache';

/** The HTTP request server `kind` gets for sample index i of `op`. */
export function requestFor(kind: ServerKind, op: OperationName, sample: Sample, i: number): RequestSpec {
  const v = variablesFor(op, sample, i);
  if (isKizuna(kind)) return { path: '/graphql', body: JSON.stringify({ query: kizunaQueries[op], variables: v }) };
  if (kind === 'raw' || kind === 'floor') return { path: `/op/${op}`, body: JSON.stringify(v) };
  const ids = v.ids as string[] | undefined;
  const variables =
    op === 'overlap' ? { a: ids![0], b: ids![1] } : op === 'search' ? { query: buildSearchQuery(String(v.text), 'all') } : v;
  return { path: '/graphql', body: JSON.stringify({ query: neo4jGraphqlQueries[op], variables }) };
}

/** The part of the generated graph's sample the operations draw from. */
export function sampleOf(graph: Pick<ScaleGraph, 'sample'>): Sample {
  return { instrumentIds: graph.sample.instrumentIds, countryIds: graph.sample.countryIds, searchTerms: graph.sample.searchTerms };
}

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const sumOf = (items: Json[], count: (item: Json) => number): number => items.reduce((n, item) => n + count(item), 0);

/**
 * The sizes of an answer (how many nodes, edges, hits, parties …), from Kizuna's GraphQL response or
 * the floor's rows, under the same names: the bench compares them for the first sample of each
 * operation, so a floor that answers less than Kizuna shows up as a warning, not as a faster figure.
 */
export function resultSizes(kind: 'kizuna' | 'floor', op: OperationName, response: unknown): Record<string, number> {
  const body = (response ?? {}) as { data?: unknown };
  const kizuna = kind === 'kizuna' ? ((body.data ?? {}) as Json) : {};
  const rows = kind === 'floor' ? list(body.data) : [];
  const row = rows[0] ?? {};
  switch (op) {
    case 'instrumentById': {
      const i = kind === 'kizuna' ? ((kizuna.instrument ?? {}) as Json) : row;
      const parties = list(i.parties);
      const areas = list(i.technologyAreas);
      const nested = (item: Json, key: string, field: string): number =>
        list(kind === 'kizuna' ? ((item[key] ?? {}) as Json)[field] : item[field]).length;
      return {
        parties: parties.length,
        predecessors: sumOf(parties, (p) => nested(p, 'institution', 'predecessors')),
        technologyAreas: areas.length,
        evolvedFrom: sumOf(areas, (a) => nested(a, 'technologyArea', 'evolvedFrom')),
      };
    }
    case 'instrumentsPage':
    case 'provisions': {
      const connection = (kizuna[op === 'provisions' ? 'provisions' : 'instruments'] ?? {}) as Json;
      const nodes =
        kind === 'kizuna'
          ? list(connection.edges).map((e) => (e.node ?? {}) as Json)
          : list(row[op === 'provisions' ? 'provisions' : 'instruments']);
      const [a, b] = op === 'provisions' ? ['actors', 'topics'] : ['parties', 'technologyAreas'];
      return {
        totalCount: Number(kind === 'kizuna' ? connection.totalCount : row.totalCount),
        nodes: nodes.length,
        [a!]: sumOf(nodes, (n) => list(n[a!]).length),
        [b!]: sumOf(nodes, (n) => list(n[b!]).length),
      };
    }
    case 'lineage': {
      const l = kind === 'kizuna' ? ((kizuna.lineage ?? {}) as Json) : row;
      return { nodes: list(l.nodes).length, edges: list(l.edges).length };
    }
    case 'overlap': {
      const o = kind === 'kizuna' ? ((kizuna.overlap ?? {}) as Json) : row;
      return {
        technologyAreas: list(o.technologyAreas).length,
        institutions: list(o.institutions).length,
        mechanisms: list(o.mechanisms).length,
        scoreTimes1000: Math.round(Number(o.score) * 1000),
      };
    }
    case 'search':
      return { hits: list(kind === 'kizuna' ? kizuna.search : row.hits).length };
  }
}
