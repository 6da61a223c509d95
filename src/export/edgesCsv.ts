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
import { toCsvRow } from './toCsvRow.js';

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

export function edgeCsvRow({ id, edge, from, to }: RelationshipRow): string {
  const d = describeRelationship(edge, from, to);
  const evidence = evidenceOf(edge.props);
  return toCsvRow([
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
  ]);
}

/** The whole file as chunks, one per page of relationships; the first chunk (with the header) waits for the first page. */
export async function* edgesCsv(reader: Reader, pageSize: number): AsyncGenerator<string> {
  let header = toCsvRow(edgeCsvColumns);
  for await (const page of readRelationshipPages(reader, exportableRelationshipTypes, pageSize)) {
    yield header + page.map(edgeCsvRow).join('');
    header = '';
  }
}
