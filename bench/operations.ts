/**
 * The five benchmarked operations, each expressed three ways: a Kizuna GraphQL query, an
 * @neo4j/graphql query over the equivalent type definitions (bench/neo4jGraphqlServer.ts), and a
 * call of the raw-driver handler (bench/rawServer.ts) that runs Kizuna's own Cypher statements with
 * no GraphQL layer. Each takes a deterministic sample index, so every server sees the same inputs.
 */
import { buildSearchQuery } from '../src/graph/buildSearchQuery.js';
import type { ScaleGraph } from './generateScaleGraph.js';

export type OperationName = 'instrumentById' | 'instrumentsPage' | 'lineage' | 'overlap' | 'search';
export const operationNames: OperationName[] = ['instrumentById', 'instrumentsPage', 'lineage', 'overlap', 'search'];

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
};

/** The variables of sample i for each operation (Kizuna's argument shapes). */
export function variablesFor(op: OperationName, sample: Sample, i: number): Record<string, unknown> {
  const ids = sample.instrumentIds;
  const id = ids[i % ids.length]!;
  switch (op) {
    case 'instrumentById':
    case 'lineage':
      return { id };
    case 'instrumentsPage':
      return { country: sample.countryIds[i % Math.min(sample.countryIds.length, 4)]!, yearFrom: 1980 + (i % 30) };
    case 'overlap':
      return { ids: [id, ids[(i + 7) % ids.length]!] };
    case 'search':
      return { text: sample.searchTerms[i % sample.searchTerms.length]! };
  }
}

/** kizunaNoCache is Kizuna with its read cache off (READ_CACHE_TTL_MS=0): what the query shapes alone buy. */
export type ServerKind = 'kizuna' | 'kizunaNoCache' | 'neo4jGraphql' | 'raw';
export const isKizuna = (kind: ServerKind): boolean => kind === 'kizuna' || kind === 'kizunaNoCache';

export function requestFor(kind: ServerKind, op: OperationName, sample: Sample, i: number): RequestSpec {
  const v = variablesFor(op, sample, i);
  if (isKizuna(kind)) return { path: '/graphql', body: JSON.stringify({ query: kizunaQueries[op], variables: v }) };
  if (kind === 'raw') return { path: `/op/${op}`, body: JSON.stringify(v) };
  const ids = v.ids as string[] | undefined;
  const variables =
    op === 'overlap' ? { a: ids![0], b: ids![1] } : op === 'search' ? { query: buildSearchQuery(String(v.text), 'all') } : v;
  return { path: '/graphql', body: JSON.stringify({ query: neo4jGraphqlQueries[op], variables }) };
}

export function sampleOf(graph: Pick<ScaleGraph, 'sample'>): Sample {
  return { instrumentIds: graph.sample.instrumentIds, countryIds: graph.sample.countryIds, searchTerms: graph.sample.searchTerms };
}
