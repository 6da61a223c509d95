/**
 * Per-request DataLoaders: every relationship field goes through one of these, so a nested query
 * costs one round trip per level of nesting, however many rows it returns. Created fresh for each
 * request (no cache leaks between requests or users).
 */
import DataLoader from 'dataloader';
import type { Db, QueryStats, Row } from '../db/createDb.js';
import type { EdgeRecord, NodeRecord, Props, SuccessionRecord } from '../db/records.js';
import type { NodeLabel } from '../seed/graphModel.js';

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

export interface EdgeQuery {
  id: string;
  /** Relationship types to include; empty for all. */
  types: readonly string[];
  direction: Direction;
}

export interface Successions {
  predecessors: SuccessionRecord[];
  successors: SuccessionRecord[];
}

export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  edges: DataLoader<EdgeQuery, EdgeRecord[], string>;
  successions: DataLoader<string, Successions>;
}

const edgeKey = (q: EdgeQuery): string => `${q.id}|${q.direction}|${[...q.types].sort().join(',')}`;

export function toNodeRecord(label: unknown, props: unknown): NodeRecord {
  const p = props as Props;
  return { label: label as NodeLabel, id: p.id, props: p };
}

export function createLoaders(db: Db, stats: QueryStats): Loaders {
  const node: DataLoader<string, NodeRecord | null> = new DataLoader(async (ids) => {
    const rows = await db.read('nodes-by-ids', { ids: [...ids] }, stats);
    const byId = new Map(rows.map((r) => [String(r.id), toNodeRecord(r.label, r.props)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const prime = (id: unknown, label: unknown, props: unknown): void => {
    if (typeof id === 'string') node.prime(id, toNodeRecord(label, props));
  };

  const edges = new DataLoader<EdgeQuery, EdgeRecord[], string>(
    async (queries) => {
      const keys = queries.map((q) => ({ key: edgeKey(q), id: q.id, types: [...q.types], direction: q.direction }));
      const rows: Row[] = await db.read('edges-of-nodes', { keys }, stats);
      const byKey = new Map<string, EdgeRecord[]>();
      for (const r of rows) {
        prime(r.otherId, r.otherLabel, r.otherProps);
        const list = byKey.get(String(r.key)) ?? [];
        list.push({ type: String(r.type), from: String(r.fromId), to: String(r.toId), props: r.props as Record<string, unknown> });
        byKey.set(String(r.key), list);
      }
      return keys.map((k) => byKey.get(k.key) ?? []);
    },
    { cacheKeyFn: edgeKey },
  );

  const successions = new DataLoader<string, Successions>(async (ids) => {
    const rows = await db.read('successions-of-institutions', { ids: [...ids] }, stats);
    const byId = new Map<string, Successions>(ids.map((id) => [id, { predecessors: [], successors: [] }]));
    for (const r of rows) {
      prime(r.otherId, 'Institution', r.otherProps);
      prime(r.changeEventId, 'ChangeEvent', r.changeEventProps);
      const entry = byId.get(String(r.id));
      const record = { institutionId: String(r.otherId), changeEventId: String(r.changeEventId) };
      if (r.direction === 'predecessor') entry?.predecessors.push(record);
      else entry?.successors.push(record);
    }
    return ids.map((id) => byId.get(id) ?? { predecessors: [], successors: [] });
  });

  return { node, edges, successions };
}
