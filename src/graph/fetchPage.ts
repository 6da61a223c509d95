/**
 * Runs a keyset page statement (cypher/*-page.cypher: rows of total, id, label, props, sortKey for
 * page size + 1) and shapes it as a Relay connection.
 */
import type { Reader } from '../db/createDb.js';
import type { KeysetParams, ParamsOf, RowOf } from '../db/statements.js';
import { toNodeRecord } from '../db/toNodeRecord.js';
import type { ConnectionRecord } from '../model/records.js';
import { cursorScope, decodeCursor, encodeCursor } from './pageCursor.js';

/** The listing statements, which share KeysetParams and PageRow. */
export type PageStatementName = 'instruments-page' | 'institutions-page' | 'technology-areas-page' | 'provisions-page' | 'figures-page';

/**
 * One page of `first` records (1–100, checked by the caller) after the opaque cursor `after`, with
 * the total count. `request` is what the client asked for (its filter and order, before any lookup):
 * cursors carry its hash, so one issued for another listing, order or filter is refused.
 * Errors: BAD_USER_INPUT (`after` is not a cursor this API issued, or not for this request).
 */
export async function fetchPage<N extends PageStatementName>(
  reader: Reader,
  statement: N,
  filters: Omit<ParamsOf<N>, keyof KeysetParams>,
  first: number,
  after: string | null | undefined,
  request: unknown,
): Promise<ConnectionRecord<RowOf<N>['label']>> {
  const scope = cursorScope(statement, request);
  const cursor = decodeCursor(after, scope);
  // Omit<> over a generic loses the link to ParamsOf<N>; the spread is exactly filters + keyset.
  const params = { ...filters, ...cursor, limit: first + 1 } as ParamsOf<N>;
  const rows = await reader.read(statement, params);
  const total = rows[0]?.total ?? 0;
  const found = rows.filter((r): r is typeof r & { id: string } => r.id !== null);
  const page = found.slice(0, first);
  return {
    totalCount: total,
    hasNextPage: found.length > first,
    hasPreviousPage: cursor.afterId !== null,
    edges: page.map((r) => {
      const node = toNodeRecord(r.label, r.props);
      return { cursor: encodeCursor(String(r.sortKey), node.id, scope), node };
    }),
  };
}
