/**
 * /export/edges.csv: one row per relationship between nodes, ordered by its stable id. The
 * evidence columns are parallel lists: evidence_sources joined with ";" (source ids never hold
 * one), evidence_locators and evidence_excerpts one item per line within the cell (free text may
 * hold ";"; excerpts are whitespace-normalised, so never hold a line break).
 */
import type { Reader } from '../db/createDb.js';
import { evidenceOf } from '../model/records.js';
import { describeRelationship } from '../graph/describeRelationship.js';
import { exportableRelationshipTypes } from './exportableRelationshipTypes.js';
import { readRelationshipPages, type RelationshipRow } from './readRelationshipPages.js';
import { csvHeader, toCsvRows, type CsvFormat, type CsvValue } from './toCsvRow.js';

export const edgeCsvColumns = [
  'id',
  'type',
  'from',
  'to',
  'qualifier',
  'year',
  'as_named',
  'evidence_sources',
  'evidence_locators',
  'evidence_excerpts',
] as const;

/** The fields of one relationship's record, in edgeCsvColumns order. */
export function edgeCsvRow({ id, edge, from, to }: RelationshipRow): CsvValue[] {
  const d = describeRelationship(edge, from, to);
  const evidence = evidenceOf(edge.props);
  return [
    id,
    edge.type,
    edge.from,
    edge.to,
    d.qualifier,
    d.year,
    d.asNamed,
    evidence.map((e) => e.source).join(';'),
    evidence.map((e) => e.locator ?? '').join('\n'),
    evidence.map((e) => e.excerpt ?? '').join('\n'),
  ];
}

/**
 * The whole file as chunks, one per page of relationships; the first chunk (with the header) waits for the
 * first page. `format`: 'spreadsheet' (formula-like text neutralised, BOM first) or 'raw' (exact values), see toCsvRow.ts.
 */
export async function* edgesCsv(reader: Reader, pageSize: number, format: CsvFormat = 'spreadsheet'): AsyncGenerator<string> {
  let header = csvHeader(edgeCsvColumns, format);
  for await (const page of readRelationshipPages(reader, exportableRelationshipTypes, pageSize)) {
    yield header + toCsvRows(page.map(edgeCsvRow), format);
    header = '';
  }
}
