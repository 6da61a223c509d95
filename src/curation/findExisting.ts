/**
 * Reads, inside the write transaction, what a curator write refers to: the nodes behind every id
 * in the input (so validation accepts references to existing nodes and checks their kinds), and the
 * relationships a write would replace (to keep their creator and refuse seeded ones).
 */
import type { Tx } from '../db/createDb.js';
import { toNodeRecord } from '../db/toNodeRecord.js';
import type { Direction, EdgeRecord, NodeRecord } from '../model/records.js';
import type { ExistingNode } from '../seed/validateSeeds.js';

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every string in the input shaped like an id; looking up a few that are not ids costs nothing. */
export function referencedIds(value: unknown, into: Set<string> = new Set()): string[] {
  if (typeof value === 'string' && ID_PATTERN.test(value)) into.add(value);
  // Lists and maps alike: Object.values gives a list's items in order.
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) referencedIds(v, into);
  return [...into];
}

/** The existing nodes among `ids`, by id (one statement in `tx`; none for no ids). */
export async function findExistingNodes(tx: Tx, ids: string[]): Promise<Map<string, NodeRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.run('nodes-by-ids', { ids });
  return new Map(rows.map((r) => [r.id, toNodeRecord(r.label, r.props)]));
}

/** What the validator needs to know about existing nodes: their kind, and for sources where their text is. */
export function toExistingNodes(nodes: Map<string, NodeRecord>): Map<string, ExistingNode> {
  return new Map(
    [...nodes].map(([id, n]) => {
      const { kind, file } = n.props;
      return [
        id,
        { label: n.label, ...(typeof kind === 'string' ? { kind } : {}), ...(typeof file === 'string' ? { file } : {}) },
      ] as const;
    }),
  );
}

/** The relationships of node `id` of `types` (empty: all) in `direction`, read in `tx`. */
export async function findRelationships(tx: Tx, id: string, types: readonly string[], direction: Direction): Promise<EdgeRecord[]> {
  const rows = await tx.run('edges-of-nodes', { keys: [{ key: id, id, types: [...types], direction }] });
  return rows.map((r) => ({ type: r.type, from: r.fromId, to: r.toId, props: r.props }));
}
