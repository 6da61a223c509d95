/**
 * /export/nodes.csv: one row per node (every kind but Name and DateClaim, which are attributes),
 * ordered by id. Multi-valued cells (names, evidence_sources) are joined with ";".
 */
import type { Reader } from '../db/createDb.js';
import { evidenceOf } from '../model/records.js';
import { describeNode } from './describeNode.js';
import { readNodePages, type ExportNode } from './readNodePages.js';
import { toCsvRow } from './toCsvRow.js';

export const nodeCsvColumns = [
  'id',
  'label',
  'name_or_title',
  'kind',
  'date',
  'date_precision',
  'country',
  'summary',
  'names',
  'evidence_sources',
] as const;

export function nodeCsvRow({ node, names }: ExportNode): string {
  const d = describeNode(node);
  const sources = [...new Set(evidenceOf(node.props).map((e) => e.source))];
  return toCsvRow([
    node.id,
    node.label,
    d.name,
    d.kind,
    d.date?.value,
    d.date?.precision,
    d.country,
    d.summary,
    names.map((n) => String(n.value)).join(';'),
    sources.join(';'),
  ]);
}

/** The whole file as chunks, one per page of nodes; the first chunk (with the header) waits for the first page. */
export async function* nodesCsv(reader: Reader, pageSize: number): AsyncGenerator<string> {
  let header = toCsvRow(nodeCsvColumns);
  for await (const page of readNodePages(reader, pageSize)) {
    yield header + page.map(nodeCsvRow).join('');
    header = '';
  }
}
