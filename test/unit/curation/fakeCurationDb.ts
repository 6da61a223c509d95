/**
 * What the curation tests share: a small stored graph that the recording fake Db
 * (test/support/createRecordingDb.ts) answers from like the Cypher statements would
 * (cypher/nodes-by-ids.cypher, edges-of-nodes.cypher, the upserts and deletions), a source text
 * to check excerpts against, and a context whose log records what it was told.
 */
import type { CurationContext } from '../../../src/curation/curationContext.js';
import type { RowOf } from '../../../src/db/statements.js';
import type { Logger } from '../../../src/logger.js';
import type { NodeRecord } from '../../../src/model/records.js';
import type { NodeLabel } from '../../../src/model/vocabulary.js';
import { createRecordingDb, type DbAnswers, type RecordingDb } from '../../support/createRecordingDb.js';

export const SOURCE_TEXT =
  'On September 3, 1985, the Canadian Department of Regional Industrial Expansion and the Ministry of International Trade and Industry announced an Arrangement.';
export const evidence = [{ source: 'doc-a', locator: 'para. 1', excerpt: 'the Canadian Department of Regional Industrial Expansion' }];
export const readSourceText = (source: { id: string }): string | undefined => (source.id === 'doc-a' ? SOURCE_TEXT : undefined);

export const NOW = new Date('2026-02-03T04:05:06.000Z');

export interface StoredRelationship {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface Store {
  nodes: NodeRecord[];
  relationships: StoredRelationship[];
}

export const stored = (label: NodeLabel, id: string, props: Record<string, unknown> = {}): NodeRecord => ({
  label,
  id,
  props: { id, ...props },
});

/** The graph every curation test starts from: a seeded source, two seeded institutions and a seeded instrument. */
export function seededStore(): Store {
  return {
    nodes: [
      stored('Source', 'doc-a', { kind: 'document', file: 'a.txt', title: 'A', origin: 'seed' }),
      stored('Institution', 'drie', { kind: 'department', name: 'DRIE', origin: 'seed' }),
      stored('Institution', 'miti', { kind: 'ministry', name: 'MITI', origin: 'seed' }),
      stored('Instrument', 'arr-1985', { kind: 'arrangement', title: 'Arrangement', origin: 'seed' }),
      stored('Country', 'japan', { name: 'Japan', origin: 'seed' }),
    ],
    relationships: [
      { type: 'PARTICIPATES_IN', from: 'drie', to: 'arr-1985', props: { key: 'signatory', role: 'signatory', origin: 'seed' } },
    ],
  };
}

/**
 * A recording Db answering from `store`. `overrides` replace single statements (e.g. an upsert that
 * reports a missing endpoint, or a deletion that finds nothing).
 */
export function createCurationDb(store: Store, overrides: DbAnswers = {}): RecordingDb {
  const byId = new Map(store.nodes.map((n) => [n.id, n]));
  const answers: DbAnswers = {
    'nodes-by-ids': ({ ids }) =>
      ids.flatMap((id) => (byId.has(id) ? [{ id, label: byId.get(id)!.label, props: byId.get(id)!.props }] : [])),
    'edges-of-nodes': ({ keys }) =>
      keys.flatMap((k) =>
        store.relationships
          .filter((r) => (r.from === k.id || r.to === k.id) && (k.types.length === 0 || k.types.includes(r.type)))
          .filter((r) => k.direction === 'BOTH' || (k.direction === 'OUTGOING') === (r.from === k.id))
          .map((r): RowOf<'edges-of-nodes'> => {
            const other = byId.get(r.from === k.id ? r.to : r.from)!;
            return {
              key: k.key,
              type: r.type,
              fromId: r.from,
              toId: r.to,
              props: r.props,
              otherId: other.id,
              otherLabel: other.label,
              otherProps: other.props,
            };
          }),
      ),
    'seed-upsert-nodes': ({ rows }) => [{ changed: rows.length }],
    'seed-upsert-relationships': ({ rows }) => [{ changed: rows.length, missing: 0 }],
    'curator-delete-stale-values': () => [{ deleted: 0 }],
    // No cycle: test/integration/graph-invariants.test.ts checks the real statements.
    'write-lock': () => [],
    'invariant-cycles': () => [],
    'invariant-succession-cycles': () => [],
    // The record's revision snapshot (cypher/curator-record-snapshot.cypher): the node alone, never retired.
    'curator-record-snapshot': ({ id }) => [
      { label: byId.get(id)?.label ?? null, props: byId.get(id)?.props ?? null, values: [], relationships: [], retired: null },
    ],
    'revision-create': (params) => [{ props: { id: 'rev-1', seq: 1, ...params } }],
    'curator-delete-relationship': ({ type, from, to, key }) => [
      {
        deleted: store.relationships.filter(
          (r) => r.type === type && r.from === from && r.to === to && r.props.key === key && r.props.origin === 'curator',
        ).length,
      },
    ],
    ...overrides,
  };
  return createRecordingDb(answers);
}

export interface LogEntry {
  fields: unknown;
  message: string;
}

export function createContext(
  db: RecordingDb,
  options: { now?: () => Date } = { now: () => NOW },
): CurationContext & { logged: LogEntry[] } {
  const logged: LogEntry[] = [];
  const log = { info: (fields: unknown, message: string) => logged.push({ fields, message }) } as unknown as Logger;
  return { db, curator: 'carol', readSourceText, log, logged, ...options };
}

/** The statements run, by name, in order. */
export const statementNames = (db: RecordingDb): string[] => db.calls.map((c) => c.name);
