/**
 * Writes a validated SeedGraph in one transaction with batched UNWIND … MERGE. Content hashes make
 * it idempotent: an unchanged node or relationship is not written, and a second load reports zero
 * changes. Seeded records that no seed file defines any more are removed (curator-made ones stay).
 */
import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';
import type { Db } from '../db/createDb.js';
import type { NodeWriteRow, RelationshipWriteRow } from '../db/statements.js';
import { assertNoCycles } from '../db/assertGraphInvariants.js';
import { nameKeysOf, wordTails } from '../model/nameKey.js';
import {
  namedLabels,
  relationshipKey,
  type GraphNode,
  type GraphRelationship,
  type PropertyValue,
  type SeedGraph,
} from '../model/vocabulary.js';
import { invariantProblems } from './invariantProblems.js';
import { formatProblem } from './validateSeeds.js';

export interface LoadResult {
  nodesChanged: number;
  relationshipsChanged: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
}

const BATCH = 1_000;

// Canonical JSON (keys sorted), so the same content always hashes alike.
const hash = (value: unknown): string =>
  createHash('sha1')
    .update(stringify(value) ?? '')
    .digest('hex');

/** Neo4j drops null properties; leaving them out keeps hashes stable across loads. */
function storable(props: Record<string, PropertyValue>): Record<string, PropertyValue> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

const named: ReadonlySet<string> = new Set(namedLabels);

/** A named node's derived search keys: its names normalised (exact lookup) and their word tails (suggestions). */
function nameIndexProps(props: GraphNode['props']): { nameKeys: string[]; nameTails: string[] } {
  const nameKeys = nameKeysOf(props);
  return { nameKeys, nameTails: [...new Set(nameKeys.flatMap(wordTails))] };
}

/**
 * A node as the upsert statement writes it, with the content hash that makes a reload a no-op. A node
 * of a named kind also gets `nameKeys` and `nameTails` (src/model/nameKey.ts), for the exact-name
 * lookup and suggestions; derived here, where seed loads and curator writes both pass, so no writer
 * can leave them stale.
 */
export function nodeRow(n: GraphNode): NodeWriteRow {
  const props = storable(named.has(n.label) ? { ...n.props, ...nameIndexProps(n.props) } : n.props);
  return { id: n.id, label: n.label, props, hash: hash({ label: n.label, props }) };
}

/** A relationship as the upsert statement writes it, with its content hash. */
export function relationshipRow(r: GraphRelationship): RelationshipWriteRow {
  const props = storable(r.props);
  return { type: r.type, from: r.from, to: r.to, key: r.key, props, hash: hash({ type: r.type, props }) };
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/** `timeoutMs`: how long the one load transaction may run; a load is a batch job, so 10 minutes by default. */
export async function loadSeedGraph(db: Db, graph: SeedGraph, options: { reset?: boolean; timeoutMs?: number } = {}): Promise<LoadResult> {
  // The loader refuses what seed:check reports (src/model/graphInvariants.ts) before it opens a transaction.
  const broken = invariantProblems(graph);
  if (broken.length > 0)
    throw new Error(`The seed graph breaks graph invariants; nothing was written: ${broken.map(formatProblem).join('; ')}`);
  return db.writeTransaction(
    async (tx) => {
      const result: LoadResult = { nodesChanged: 0, relationshipsChanged: 0, nodesDeleted: 0, relationshipsDeleted: 0 };
      if (options.reset) {
        const [row] = await tx.run('seed-reset', {});
        result.nodesDeleted += row?.deleted ?? 0;
      }
      for (const batch of chunks(graph.nodes.map(nodeRow))) {
        const [row] = await tx.run('seed-upsert-nodes', { rows: batch, origin: 'seed' });
        result.nodesChanged += row?.changed ?? 0;
      }
      for (const batch of chunks(graph.relationships.map(relationshipRow))) {
        const [row] = await tx.run('seed-upsert-relationships', { rows: batch, origin: 'seed' });
        const missing = row?.missing ?? 0;
        if (missing > 0) throw new Error(`${missing} relationships refer to nodes that do not exist`);
        result.relationshipsChanged += row?.changed ?? 0;
      }
      if (!options.reset) {
        const [rels] = await tx.run('seed-delete-stale-relationships', { keys: graph.relationships.map(relationshipKey) });
        result.relationshipsDeleted += rels?.deleted ?? 0;
        const [nodes] = await tx.run('seed-delete-stale-nodes', { ids: graph.nodes.map((n) => n.id) });
        result.nodesDeleted += nodes?.deleted ?? 0;
      }
      // After stale ones are gone: seeded and curator-made relationships together must stay acyclic
      // too; a cycle found throws and rolls the whole load back.
      await assertNoCycles(tx, graph.relationships);
      return result;
    },
    { timeoutMs: options.timeoutMs ?? 600_000 },
  );
}

export async function graphReport(db: Db): Promise<{ kind: string; name: string; count: number }[]> {
  return db.read('graph-report', {});
}

/** A hash of every node and relationship with all properties: equal before and after means unchanged. */
export async function graphFingerprint(db: Db): Promise<string> {
  const rows = await db.read('graph-fingerprint', {});
  return hash(rows.map((r) => [r.key, r.props]));
}
