/**
 * Per-request DataLoaders: every relationship field goes through one of these, so a nested query
 * costs one round trip per level of nesting, however many rows it returns. Created fresh for each
 * request (no cache leaks between requests or users).
 */
import DataLoader from 'dataloader';
import type { Reader } from '../db/createDb.js';
import { toNodeRecord } from '../db/toNodeRecord.js';
import type { EdgeQuery, EdgeRecord, NodeRecord, Successions } from '../model/records.js';

export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  edges: DataLoader<EdgeQuery, EdgeRecord[], string>;
  successions: DataLoader<string, Successions>;
}

const edgeQueryKey = (q: EdgeQuery): string => `${q.id}|${q.direction}|${[...q.types].sort().join(',')}`;

/** Loaders reading through `reader` (which counts the request's round trips). */
export function createLoaders(reader: Reader): Loaders {
  const node: DataLoader<string, NodeRecord | null> = new DataLoader(async (ids) => {
    const rows = await reader.read('nodes-by-ids', { ids: [...ids] });
    const byId = new Map(rows.map((r) => [r.id, toNodeRecord(r.label, r.props)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const edges = new DataLoader<EdgeQuery, EdgeRecord[], string>(
    async (queries) => {
      const keys = queries.map((q) => ({ key: edgeQueryKey(q), id: q.id, types: [...q.types], direction: q.direction }));
      const rows = await reader.read('edges-of-nodes', { keys });
      const byKey = new Map<string, EdgeRecord[]>();
      for (const r of rows) {
        // The other end comes with the edge, so following it costs no further round trip.
        node.prime(r.otherId, toNodeRecord(r.otherLabel, r.otherProps));
        const list = byKey.get(r.key) ?? [];
        list.push({ type: r.type, from: r.fromId, to: r.toId, props: r.props });
        byKey.set(r.key, list);
      }
      return keys.map((k) => byKey.get(k.key) ?? []);
    },
    { cacheKeyFn: edgeQueryKey },
  );

  const successions = new DataLoader<string, Successions>(async (ids) => {
    const rows = await reader.read('successions-of-institutions', { ids: [...ids] });
    const byId = new Map<string, Successions>(ids.map((id) => [id, { predecessors: [], successors: [] }]));
    for (const r of rows) {
      node.prime(r.otherId, toNodeRecord('Institution', r.otherProps));
      node.prime(r.changeEventId, toNodeRecord('ChangeEvent', r.changeEventProps));
      const entry = byId.get(r.id);
      const record = { institutionId: r.otherId, changeEventId: r.changeEventId };
      if (r.direction === 'predecessor') entry?.predecessors.push(record);
      else entry?.successors.push(record);
    }
    return ids.map((id) => byId.get(id) ?? { predecessors: [], successors: [] });
  });

  return { node, edges, successions };
}

/**
 * Primes the node loader with full records a domain function returned, so the fields resolved
 * from them cost no further round trip. Never prime identity-only records (a lean lineage).
 */
export function primeNodes(loaders: Loaders, records: Iterable<NodeRecord>): void {
  for (const record of records) loaders.node.prime(record.id, record);
}
