/**
 * Reads relationships between nodes in keyset pages ordered by their stable ids
 * (cypher/relationships-page.cypher), for the relationships connection and the bulk exports.
 * Each row carries both ends so callers can prime the node loader or describe the ends.
 */
import type { Reader } from '../db/createDb.js';
import { toNodeRecord } from '../db/toNodeRecord.js';
import type { EdgeRecord, NodeRecord } from '../model/records.js';

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

/** Up to `query.limit` relationships after `query.after`, in id order. One read. */
export async function readRelationshipPage(reader: Reader, query: RelationshipPageQuery): Promise<RelationshipRow[]> {
  const rows = await reader.read('relationships-page', { types: [...query.types], after: query.after, limit: query.limit });
  return rows.map((r) => ({
    id: r.id,
    edge: { type: r.type, from: r.fromId, to: r.toId, props: r.props },
    from: toNodeRecord(r.fromLabel, r.fromProps),
    to: toNodeRecord(r.toLabel, r.toProps),
  }));
}

/** Every relationship of the given types, page by page; yields at least one (possibly empty) page. */
export async function* readRelationshipPages(
  reader: Reader,
  types: readonly string[],
  pageSize: number,
): AsyncGenerator<RelationshipRow[]> {
  let after: string | null = null;
  for (;;) {
    const page = await readRelationshipPage(reader, { types, after, limit: pageSize });
    yield page;
    const last = page.at(-1);
    if (page.length < pageSize || !last) return;
    after = last.id;
  }
}

/** How many relationships between nodes have one of `types` (never empty). One read. */
export async function countRelationships(reader: Reader, types: readonly string[]): Promise<number> {
  const [row] = await reader.read('relationships-count', { types: [...types] });
  return row?.count ?? 0;
}
