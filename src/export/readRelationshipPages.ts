/**
 * Reads relationships between nodes in keyset pages ordered by their stable ids
 * (cypher/relationships-page.cypher), for the relationships connection and the bulk exports.
 * Each row carries both ends so callers can prime the node loader or describe the ends.
 */
import type { Db, QueryStats } from '../db/createDb.js';
import type { EdgeRecord, NodeRecord } from '../db/records.js';
import { toNodeRecord } from '../graphql/createLoaders.js';

export interface RelationshipRow {
  /** TYPE:from:to[:key]; the same as Edge.id. */
  id: string;
  edge: EdgeRecord;
  from: NodeRecord;
  to: NodeRecord;
}

export interface RelationshipPageQuery {
  /** Never empty: use selectRelationshipTypes. */
  types: readonly string[];
  /** The id to start after; null for the first page. */
  after: string | null;
  limit: number;
}

export async function readRelationshipPage(db: Db, query: RelationshipPageQuery, stats?: QueryStats): Promise<RelationshipRow[]> {
  const rows = await db.read('relationships-page', { types: [...query.types], after: query.after, limit: query.limit }, stats);
  return rows.map((r) => ({
    id: String(r.id),
    edge: { type: String(r.type), from: String(r.fromId), to: String(r.toId), props: r.props as Record<string, unknown> },
    from: toNodeRecord(r.fromLabel, r.fromProps),
    to: toNodeRecord(r.toLabel, r.toProps),
  }));
}

/** Every relationship of the given types, page by page; yields at least one (possibly empty) page. */
export async function* readRelationshipPages(db: Db, types: readonly string[], pageSize: number): AsyncGenerator<RelationshipRow[]> {
  let after: string | null = null;
  for (;;) {
    const page = await readRelationshipPage(db, { types, after, limit: pageSize });
    yield page;
    const last = page.at(-1);
    if (page.length < pageSize || !last) return;
    after = last.id;
  }
}
