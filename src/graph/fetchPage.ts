/**
 * Runs a keyset page statement (cypher/*-page.cypher: rows of total, id, label, props, sortKey for
 * page size + 1) and shapes it as a Relay connection.
 */
import type { Db, Params, QueryStats } from '../db/createDb.js';
import type { StatementName } from '../db/statements.js';
import type { ConnectionRecord } from '../db/records.js';
import type { Loaders } from '../graphql/createLoaders.js';
import { toNodeRecord } from '../graphql/createLoaders.js';
import { decodeCursor, encodeCursor } from './pageCursor.js';

export async function fetchPage(
  db: Db,
  loaders: Loaders,
  stats: QueryStats,
  statement: StatementName,
  params: Params,
  first: number,
  after: string | null | undefined,
): Promise<ConnectionRecord> {
  const cursor = decodeCursor(after);
  const rows = await db.read(statement, { ...params, ...cursor, limit: first + 1 }, stats);
  const total = Number(rows[0]?.total ?? 0);
  const found = rows.filter((r) => r.id !== null && r.id !== undefined);
  const page = found.slice(0, first);
  return {
    totalCount: total,
    hasNextPage: found.length > first,
    hasPreviousPage: cursor.afterId !== null,
    edges: page.map((r) => {
      const node = toNodeRecord(r.label, r.props);
      loaders.node.prime(node.id, node);
      return { cursor: encodeCursor(String(r.sortKey), node.id), node };
    }),
  };
}
