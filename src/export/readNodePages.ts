/**
 * Reads the nodes the exports carry (every kind but Name and DateClaim) in keyset pages ordered
 * by id (cypher/nodes-page.cypher), each with its names and date claims as attributes.
 */
import type { Reader } from '../db/createDb.js';
import { toNodeRecord } from '../db/toNodeRecord.js';
import type { NodeRecord, Props } from '../model/records.js';

export interface ExportNode {
  node: NodeRecord;
  /** Properties of its Name nodes, ordered by value. */
  names: Props[];
  /** Properties of its DateClaim nodes, ordered by field and value. */
  dateClaims: Props[];
}

/** Every exported node, page by page; yields at least one (possibly empty) page. */
export async function* readNodePages(reader: Reader, pageSize: number): AsyncGenerator<ExportNode[]> {
  let after = '';
  for (;;) {
    const rows = await reader.read('nodes-page', { after, limit: pageSize });
    const page = rows.map((r) => ({ node: toNodeRecord(r.label, r.props), names: r.names, dateClaims: r.dateClaims }));
    yield page;
    const last = page.at(-1);
    if (page.length < pageSize || !last) return;
    after = last.node.id;
  }
}
