/**
 * The typed statement registry: every named Cypher statement in cypher/ with the parameters it
 * takes and the row it returns, declared once here (the file's header comment says the same in
 * prose). The db module is the only place that runs a statement, and it runs only these, so a
 * wrong parameter or a misread column is a compile error, not a runtime surprise.
 *
 * The files are loaded once at start-up: a name declared here without a file (or a file no name
 * declares) fails start-up, never a request.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.js';
import type { Direction, Props } from '../model/records.js';
import type { NodeLabel, PropertyValue } from '../model/vocabulary.js';

/** A stable lowercase slug (see docs/model.md). */
type Id = string;
/** A relationship's stored properties. */
export type RelationshipProps = Record<string, unknown>;

/** A node as statements return it: its id, kind (the label other than :Entity) and properties. */
export interface NodeColumns {
  id: Id;
  label: NodeLabel;
  props: Props;
}

/** Keyset paging shared by the listing statements: the last row of the previous page, and page size + 1. */
export interface KeysetParams {
  afterKey: string | null;
  afterId: Id | null;
  limit: number;
}

/** One row of a listing page; a page with no match still has one row carrying the total, with a null id. */
export interface PageRow<L extends NodeLabel = NodeLabel> {
  total: number;
  id: Id | null;
  label: L;
  props: Props;
  sortKey: string | number | null;
}

/** A node as the seed and curator upserts write it (src/seed/loadSeedGraph.ts nodeRow). */
export interface NodeWriteRow {
  id: Id;
  label: NodeLabel;
  props: Record<string, PropertyValue>;
  hash: string;
}

/** A relationship as the upserts write it, keyed by (type, from, to, key). */
export interface RelationshipWriteRow {
  type: string;
  from: Id;
  to: Id;
  key: string;
  props: Record<string, PropertyValue>;
  hash: string;
}

type Origin = 'seed' | 'curator';
/** The full-text indexes search reads (cypher/schema.cypher): Latin-script folding, or CJK bigrams. */
export type SearchIndex = 'entity_search_v2' | 'entity_search_cjk';
type NoParams = Record<string, never>;

/**
 * Each statement: `mode` (read statements may be cached and routed to readers; writes never),
 * `params` (what the Cypher's $parameters are) and `row` (the columns of each returned record).
 */
export interface StatementTypes {
  'await-indexes': { mode: 'write'; params: NoParams; row: Record<string, unknown> };
  'curator-delete-relationship': { mode: 'write'; params: { type: string; from: Id; to: Id; key: string }; row: { deleted: number } };
  'curator-delete-stale-values': { mode: 'write'; params: { owner: Id; keep: Id[] }; row: { deleted: number } };
  'curator-next-provision-position': { mode: 'read'; params: { of: Id; id: Id; order: number | null }; row: { position: number } };
  'curator-record-snapshot': {
    mode: 'read';
    params: { id: Id };
    row: {
      label: NodeLabel | null;
      props: Props | null;
      values: { type: string; props: RelationshipProps; label: NodeLabel; valueProps: Props }[];
      relationships: { type: string; from: Id; to: Id; props: RelationshipProps }[];
      retired: string | null;
    };
  };
  'curator-remove-record': { mode: 'write'; params: { id: Id }; row: { deleted: number } };
  'curator-materialise-record': {
    mode: 'write';
    params: {
      label: string;
      props: Record<string, unknown>;
      values: { type: string; props: RelationshipProps; label: string; valueProps: Record<string, unknown> }[];
      relationships: { type: string; from: Id; to: Id; props: RelationshipProps }[];
    };
    row: { linked: number };
  };
  'curator-retire-record': { mode: 'write'; params: { id: Id; label: string; snapshot: string; at: string; by: string }; row: { id: Id } };
  'curator-create-relationship': {
    mode: 'write';
    params: { type: string; from: Id; to: Id; props: RelationshipProps };
    row: { created: number };
  };
  'revision-create': {
    mode: 'write';
    params: {
      subject: string;
      about: Id[];
      operation: string;
      at: string;
      by: string;
      reason: string | null;
      before: string | null;
      after: string | null;
      revertOf: string | null;
      notRestored: string[];
    };
    row: { props: Record<string, unknown> };
  };
  'revision-history': { mode: 'read'; params: { id: string; limit: number }; row: { props: Record<string, unknown> } };
  'revision-by-id': { mode: 'read'; params: { id: string }; row: { props: Record<string, unknown> } };
  'edges-of-nodes': {
    mode: 'read';
    params: { keys: { key: string; id: Id; types: string[]; direction: Direction }[] };
    row: {
      key: string;
      type: string;
      fromId: Id;
      toId: Id;
      props: RelationshipProps;
      otherId: Id;
      otherLabel: NodeLabel;
      otherProps: Props;
    };
  };
  'graph-fingerprint': { mode: 'read'; params: NoParams; row: { key: string; props: Record<string, unknown> } };
  'graph-report': { mode: 'read'; params: NoParams; row: { kind: 'node' | 'relationship'; name: string; count: number } };
  'graph-version': { mode: 'read'; params: NoParams; row: { token: string } };
  'graph-version-bump': { mode: 'write'; params: NoParams; row: { token: string } };
  'write-lock': { mode: 'write'; params: NoParams; row: never };
  'invariant-cycles': {
    mode: 'write';
    params: { edges: { type: string; from: Id; to: Id }[] };
    row: { type: string; from: Id; to: Id; path: Id[] };
  };
  'invariant-succession-cycles': { mode: 'write'; params: { steps: { from: Id; to: Id }[] }; row: { from: Id; to: Id; path: Id[] } };
  'institutions-page': {
    mode: 'read';
    params: KeysetParams & { kinds: string[] | null; country: Id | null; ids: Id[] | null };
    row: PageRow<'Institution'>;
  };
  'instruments-page': {
    mode: 'read';
    params: KeysetParams & {
      kinds: string[] | null;
      yearFrom: number | null;
      yearTo: number | null;
      country: Id | null;
      participants: Id[] | null;
      areas: Id[] | null;
      ids: Id[] | null;
      orderBy: 'date' | 'title';
      descending: boolean;
    };
    row: PageRow<'Instrument'>;
  };
  'lineage-step': {
    mode: 'read';
    params: {
      frontier: { id: Id; mode: string }[];
      direction: 'UPSTREAM' | 'DOWNSTREAM';
      roles: string[];
      nodeProps: boolean;
      edgeProps: boolean;
    };
    row: {
      fromId: Id;
      nextId: Id;
      nextLabel: NodeLabel;
      nextProps: Props;
      nextMode: string;
      type: string;
      startId: Id;
      endId: Id;
      props: RelationshipProps;
    };
  };
  'nodes-by-ids': { mode: 'read'; params: { ids: Id[] }; row: NodeColumns };
  'nodes-page': { mode: 'read'; params: { after: string; limit: number }; row: NodeColumns & { names: Props[]; dateClaims: Props[] } };
  'overlap-profiles': {
    mode: 'read';
    params: { ids: Id[]; itemProps: boolean };
    row: { instrumentId: Id; kind: 'area' | 'institution' | 'mechanism'; itemId: Id; family: Id[]; itemLabel: NodeLabel; itemProps: Props };
  };
  ping: { mode: 'read'; params: NoParams; row: { ok: number } };
  'related-ids': {
    mode: 'read';
    params: { institutions: Id[] | null; areas: Id[] | null };
    row: { institutions: Id[] | null; areas: Id[] | null };
  };
  'relationships-count': { mode: 'read'; params: { types: string[] }; row: { count: number } };
  'relationships-page': {
    mode: 'read';
    params: { types: string[]; after: string | null; limit: number };
    row: {
      id: string;
      type: string;
      fromId: Id;
      toId: Id;
      props: RelationshipProps;
      fromLabel: NodeLabel;
      fromProps: Props;
      toLabel: NodeLabel;
      toProps: Props;
    };
  };
  'search-entities': {
    mode: 'read';
    params: { index: SearchIndex; query: string; exact: string; limit: number; label: string | null };
    row: NodeColumns & {
      score: number;
      exact: boolean;
      names: { name: string; score: number }[];
      covering: (NodeColumns & { type: 'COVERS' | 'ADDRESSES' })[];
    };
  };
  'suggest-names': {
    mode: 'read';
    params: { query: string; key: string; pool: number; limit: number };
    row: NodeColumns & { tier: 0 | 1; key: string; name: string | null };
  };
  'seed-delete-stale-nodes': { mode: 'write'; params: { ids: Id[] }; row: { deleted: number } };
  'seed-delete-stale-relationships': { mode: 'write'; params: { keys: string[] }; row: { deleted: number } };
  'seed-reset': { mode: 'write'; params: NoParams; row: { deleted: number } };
  'seed-upsert-nodes': { mode: 'write'; params: { rows: NodeWriteRow[]; origin: Origin }; row: { changed: number } };
  'seed-upsert-relationships': {
    mode: 'write';
    params: { rows: RelationshipWriteRow[]; origin: Origin };
    row: { changed: number; missing: number };
  };
  'shortest-path': {
    mode: 'read';
    params: { from: Id; to: Id; excludedTypes: string[] };
    row: { nodes: NodeColumns[]; rels: { type: string; startId: Id; endId: Id; props: RelationshipProps }[] };
  };
  'successions-of-institutions': {
    mode: 'read';
    params: { ids: Id[] };
    row: {
      id: Id;
      direction: 'predecessor' | 'successor';
      otherId: Id;
      otherProps: Props;
      changeEventId: Id;
      changeEventProps: Props;
    };
  };
  'technology-areas-page': { mode: 'read'; params: KeysetParams & { ids: Id[] | null }; row: PageRow<'TechnologyArea'> };
  'provisions-page': {
    mode: 'read';
    params: KeysetParams & {
      instrument: Id | null;
      kinds: string[] | null;
      topics: Id[] | null;
      actor: Id | null;
      minFirmness: number | null;
      ids: Id[] | null;
    };
    row: PageRow<'Provision'>;
  };
  'figures-page': {
    mode: 'read';
    params: KeysetParams & { about: Id | null; units: string[] | null; source: Id | null; ids: Id[] | null };
    row: PageRow<'Figure'>;
  };
  'topic-family': { mode: 'read'; params: { id: Id }; row: { ids: Id[] } };
  'shared-commitments': {
    mode: 'read';
    params: { ids: Id[]; minFirmness: number };
    row: {
      a: Id;
      instrumentA: Id;
      topicA: Id;
      b: Id;
      instrumentB: Id;
      topicB: Id;
      via: 'SAME_TOPIC' | 'TOPIC_LINEAGE' | 'BROADER_TOPIC';
    };
  };
  timeline: { mode: 'read'; params: { from: number; to: number }; row: NodeColumns & { year: number } };
}

export type StatementName = keyof StatementTypes;
/** Statements that only read: the only ones a Reader runs or the read cache may keep. */
export type ReadStatementName = { [N in StatementName]: StatementTypes[N]['mode'] extends 'read' ? N : never }[StatementName];
export type ParamsOf<N extends StatementName> = StatementTypes[N]['params'];
export type RowOf<N extends StatementName> = StatementTypes[N]['row'];

/** Every statement name, checked against StatementTypes at compile time in both directions. */
const names = {
  'await-indexes': true,
  'curator-delete-relationship': true,
  'curator-delete-stale-values': true,
  'curator-next-provision-position': true,
  'curator-record-snapshot': true,
  'curator-remove-record': true,
  'curator-materialise-record': true,
  'curator-retire-record': true,
  'curator-create-relationship': true,
  'revision-create': true,
  'revision-history': true,
  'revision-by-id': true,
  'edges-of-nodes': true,
  'graph-fingerprint': true,
  'graph-report': true,
  'graph-version': true,
  'graph-version-bump': true,
  'write-lock': true,
  'invariant-cycles': true,
  'invariant-succession-cycles': true,
  'institutions-page': true,
  'instruments-page': true,
  'lineage-step': true,
  'nodes-by-ids': true,
  'nodes-page': true,
  'overlap-profiles': true,
  ping: true,
  'related-ids': true,
  'relationships-count': true,
  'relationships-page': true,
  'search-entities': true,
  'suggest-names': true,
  'seed-delete-stale-nodes': true,
  'seed-delete-stale-relationships': true,
  'seed-reset': true,
  'seed-upsert-nodes': true,
  'seed-upsert-relationships': true,
  'shortest-path': true,
  'successions-of-institutions': true,
  'technology-areas-page': true,
  'provisions-page': true,
  'figures-page': true,
  'topic-family': true,
  'shared-commitments': true,
  timeline: true,
} as const satisfies Record<StatementName, true>;

export const statementNames = Object.keys(names) as StatementName[];

export type Statements = Readonly<Record<StatementName, string>>;

export const cypherDir = path.join(projectRoot, 'cypher');

/** Statement files that are not single named statements: the schema, applied statement by statement. */
const nonStatementFiles = new Set(['schema.cypher']);

/**
 * Reads every registered statement from `dir` (default cypher/). Throws naming the file when one
 * is missing, or naming the files no registry entry declares.
 */
export function loadStatements(dir: string = cypherDir): Statements {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cypher') && !nonStatementFiles.has(f));
  const known = new Set<string>(statementNames);
  const unknown = files.map((f) => f.replace(/\.cypher$/, '')).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(`cypher/ holds statements no code names: ${unknown.join(', ')} (declare them in src/db/statements.ts or delete them)`);
  }
  const entries = statementNames.map((name) => {
    const file = path.join(dir, `${name}.cypher`);
    if (!fs.existsSync(file)) throw new Error(`Missing Cypher statement file cypher/${name}.cypher`);
    return [name, fs.readFileSync(file, 'utf8')] as const;
  });
  return Object.freeze(Object.fromEntries(entries) as Record<StatementName, string>);
}

/** Splits cypher/schema.cypher into statements (separated by semicolons at line ends), comments notRestored. */
export function loadSchemaStatements(dir: string = cypherDir): string[] {
  const text = fs.readFileSync(path.join(dir, 'schema.cypher'), 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
