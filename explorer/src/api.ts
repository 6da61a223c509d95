/**
 * The explorer's GraphQL client: the operations it sends (search, graph, lineage, overlap, path,
 * node) and the shapes it reads back. Same-origin POSTs to /graphql; nothing else is contacted.
 */

import type { NameRecord } from './i18n.js';

export type NodeTypename =
  | 'Instrument'
  | 'Institution'
  | 'TechnologyArea'
  | 'Mechanism'
  | 'Event'
  | 'Country'
  | 'ChangeEvent'
  | 'Source'
  | 'PolicyTopic'
  | 'Post'
  | 'Person'
  | 'Provision'
  | 'Figure';

export interface YearRef {
  year: number | null;
}

/** The summary every view fetches for a node: enough to label, colour and place it. */
export interface NodeSummary {
  __typename: NodeTypename;
  id: string;
  title?: string;
  shortTitle?: string | null;
  name?: string;
  acronym?: string | null;
  date?: YearRef;
  founded?: YearRef;
  /** An institution's end; year null when it still exists or the sources do not say. */
  dissolved?: YearRef;
  established?: YearRef;
  /** Institutions' Japanese names, mechanisms' names (the EN/JA toggle shows the current Japanese one). */
  names?: NameRecord[];
  /** An event's Japanese title, when the source gives one. */
  nameJa?: string | null;
  /** A change event's kind word: merger, renaming …; other kinds' `kind` is read as a detail. */
  kind?: string;
  published?: YearRef;
}

export interface Evidence {
  source: {
    id: string;
    kind: 'DOCUMENT' | 'PUBLIC_RECORD';
    title: string;
    url: string | null;
    publisher: string | null;
    /** As precise as the source states it; `value` null when unknown or disputed. */
    published: {
      value: string | null;
      precision: 'YEAR' | 'MONTH' | 'DAY' | null;
      status: 'KNOWN' | 'APPROXIMATE' | 'UNKNOWN' | 'DISPUTED' | 'PLANNED';
    };
  };
  locator: string | null;
  excerpt: string | null;
  note: string | null;
}

export interface EdgeSummary {
  id: string;
  relation: string;
  year: number | null;
  qualifier: string | null;
  asNamed: string | null;
  note: string | null;
  from: { id: string };
  to: { id: string };
  evidence: Evidence[];
}

export interface SearchHit {
  node: NodeSummary;
  kind: string;
  score: number;
  matchedName: string | null;
  /** Set for a hit reached through a topic the text matched, e.g. "COVERS Quantum technologies". */
  via: { description: string } | null;
}

export interface GraphResult {
  nodes: NodeSummary[];
  edges: EdgeSummary[];
  truncated?: boolean;
  depths?: number[];
}

export type MatchKind = 'SAME' | 'TECHNOLOGY_LINEAGE' | 'SUCCESSION';

export interface OverlapMatch {
  node: NodeSummary;
  via: MatchKind;
  matched: NodeSummary[];
}

export interface OverlapResult {
  instruments: NodeSummary[];
  technologyAreas: OverlapMatch[];
  institutions: OverlapMatch[];
  mechanisms: OverlapMatch[];
  score: number;
  pairs: { a: { id: string }; b: { id: string }; score: number; shared: number }[];
}

export interface NodeDetails extends NodeSummary {
  /** Every name, with its kind and period (instruments, institutions, mechanisms). */
  allNames?: NameRecord[];
  /** An instrument's kind (aliased: ChangeEvent.kind, a String, shares the fragment). */
  instrumentKind?: string;
  summary?: string | null;
  status?: string | null;
  legallyBinding?: string;
  place?: string | null;
  aliases?: string[];
  /** A provision's verbatim text, or what a figure measures. */
  text?: string;
  measure?: string;
  evidence: Evidence[];
}

const NODE = `
fragment N on Node {
  __typename
  id
  ... on Instrument { title shortTitle date { year } }
  ... on Institution { name acronym founded { year } dissolved { year } names(kind: JAPANESE) { ...Nm } }
  ... on TechnologyArea { name }
  ... on Mechanism { name acronym established { year } names { ...Nm } }
  ... on Event { name nameJa date { year } }
  ... on Country { name }
  ... on ChangeEvent { kind date { year } }
  ... on Source { title published { year } }
  ... on PolicyTopic { name }
  ... on Post { title }
  ... on Person { name }
  ... on Provision { name: locator }
  ... on Figure { name: asWritten }
}`;

/** A name with its kind, language and period (the i18n module's NameRecord). */
const NAME = `
fragment Nm on Name { value kind lang from { value precision year status } to { value precision year status } }`;

const EVIDENCE = `
fragment Ev on Evidence { source { id kind title url publisher published { value precision status } } locator excerpt note }`;

const EDGE = `
fragment E on Edge {
  id relation year qualifier asNamed note
  from { id }
  to { id }
  evidence { ...Ev }
}`;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code);
  if (!body.data) throw new ApiError(`The API answered ${res.status} without data.`, undefined);
  return body.data;
}

/** Search costs `first` times its selection under the API's cost limit, so hits carry labels only. */
const SEARCH_NODE = `
  __typename
  id
  ... on Instrument { title shortTitle }
  ... on Institution { name acronym }
  ... on TechnologyArea { name }
  ... on Mechanism { name acronym }
  ... on Event { name }
  ... on Country { name }
  ... on Source { title }
  ... on PolicyTopic { name }
  ... on Post { title }
  ... on Person { name }
  ... on Provision { name: locator }`;

/** Every operation the explorer sends, by name; test/unit/explorer/documents.test.ts validates each against the schema. */
export const documents = {
  search: `query ExplorerSearch($text: String!) { search(text: $text, first: 12) { kind score matchedName via { description } node { ${SEARCH_NODE} } } }`,
  suggest: `query ExplorerSuggest($prefix: String!) { suggest(prefix: $prefix, first: 8) { kind title year matchedName node { __typename id } } }`,
  graph: `query ExplorerGraph($ids: [ID!]!, $depth: Int) { graph(ids: $ids, depth: $depth) { truncated nodes { ...N } edges { ...E } } } ${NODE} ${NAME} ${EDGE} ${EVIDENCE}`,
  lineage: `query ExplorerLineage($id: ID!, $direction: LineageDirection, $maxDepth: Int) {
      lineage(id: $id, direction: $direction, maxDepth: $maxDepth) { depths nodes { ...N } edges { ...E } }
    } ${NODE} ${NAME} ${EDGE} ${EVIDENCE}`,
  overlap: `query ExplorerOverlap($ids: [ID!]!) {
      overlap(ids: $ids) {
        score
        instruments { ...N }
        technologyAreas { via node { ...N } matched { ...N } }
        institutions { via node { ...N } matched { ...N } }
        mechanisms { via node { ...N } matched { ...N } }
        pairs { a { id } b { id } score shared }
      }
    } ${NODE} ${NAME}`,
  path: `query ExplorerPath($from: ID!, $to: ID!) { path(from: $from, to: $to) { length nodes { ...N } edges { ...E } } } ${NODE} ${NAME} ${EDGE} ${EVIDENCE}`,
  node: `query ExplorerNode($id: ID!) {
      node(id: $id) {
        ...N
        ... on Instrument { instrumentKind: kind allNames: names { ...Nm } summary status legallyBinding place evidence { ...Ev } }
        ... on Institution { summary allNames: names { ...Nm } evidence { ...Ev } }
        ... on TechnologyArea { summary aliases evidence { ...Ev } }
        ... on Mechanism { summary allNames: names { ...Nm } evidence { ...Ev } }
        ... on Event { summary place evidence { ...Ev } }
        ... on Country { evidence { ...Ev } }
        ... on ChangeEvent { summary evidence { ...Ev } }
        ... on PolicyTopic { summary aliases evidence { ...Ev } }
        ... on Post { evidence { ...Ev } }
        ... on Person { evidence { ...Ev } }
        ... on Provision { text evidence { ...Ev } }
        ... on Figure { measure evidence { ...Ev } }
      }
    } ${NODE} ${NAME} ${EVIDENCE}`,
};

export async function search(text: string): Promise<SearchHit[]> {
  const data = await request<{ search: SearchHit[] }>(documents.search, { text });
  return data.search;
}

/** One suggestion as you type: the node, its kind, title, year and the name that matched. */
export interface Suggestion {
  node: { __typename: NodeTypename; id: string };
  kind: string;
  title: string;
  year: number | null;
  matchedName: string;
}

/** Suggestions for what has been typed (1–100 characters), best first. */
export async function suggest(prefix: string): Promise<Suggestion[]> {
  const data = await request<{ suggest: Suggestion[] }>(documents.suggest, { prefix });
  return data.suggest;
}

export async function graph(ids: string[], depth = 1): Promise<GraphResult> {
  const data = await request<{ graph: GraphResult }>(documents.graph, { ids, depth });
  return data.graph;
}

export async function lineage(id: string, direction: 'UPSTREAM' | 'DOWNSTREAM', maxDepth = 6): Promise<GraphResult> {
  const data = await request<{ lineage: GraphResult }>(documents.lineage, { id, direction, maxDepth });
  return data.lineage;
}

export async function overlap(ids: string[]): Promise<OverlapResult> {
  const data = await request<{ overlap: OverlapResult }>(documents.overlap, { ids });
  return data.overlap;
}

export async function path(from: string, to: string): Promise<GraphResult | null> {
  const data = await request<{ path: (GraphResult & { length: number }) | null }>(documents.path, { from, to });
  return data.path;
}

export async function nodeDetails(id: string): Promise<NodeDetails | null> {
  const data = await request<{ node: NodeDetails | null }>(documents.node, { id });
  return data.node;
}

/** The label a node is shown with: short title, acronym or name. */
export function labelOf(node: NodeSummary): string {
  return node.shortTitle ?? node.title ?? (node.acronym ? node.acronym : undefined) ?? node.name ?? node.id;
}

/** The year a node is placed at on a timeline, or null when the sources give none. */
export function yearOf(node: NodeSummary): number | null {
  return node.date?.year ?? node.founded?.year ?? node.established?.year ?? node.published?.year ?? null;
}
