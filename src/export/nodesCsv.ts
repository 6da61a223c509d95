/**
 * /export/nodes.csv: one row per node (every kind but Name and DateClaim, which are attributes),
 * ordered by id. Multi-valued cells (names, evidence_sources) are joined with ";".
 */
import type { Reader } from '../db/createDb.js';
import { evidenceOf } from '../model/records.js';
import { describeNode } from './describeNode.js';
import { readNodePages, type ExportNode } from './readNodePages.js';
import { csvHeader, toCsvRows, type CsvFormat, type CsvValue } from './toCsvRow.js';

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

/** The fields of one node's record, in nodeCsvColumns order. */
export function nodeCsvRow({ node, names }: ExportNode): CsvValue[] {
  const d = describeNode(node);
  const sources = [...new Set(evidenceOf(node.props).map((e) => e.source))];
  return [
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
  ];
}

/**
 * The whole file as chunks, one per page of nodes; the first chunk (with the header) waits for the
 * first page. `format`: 'spreadsheet' (formula-like text neutralised, BOM first) or 'raw' (exact values), see toCsvRow.ts.
 */
export async function* nodesCsv(reader: Reader, pageSize: number, format: CsvFormat = 'spreadsheet'): AsyncGenerator<string> {
  let header = csvHeader(nodeCsvColumns, format);
  for await (const page of readNodePages(reader, pageSize)) {
    yield header + toCsvRows(page.map(nodeCsvRow), format);
    header = '';
  }
}
