/**
 * Overlap of instruments read from the graph: their profiles (cypher/overlap-profiles.cypher)
 * scored by computeOverlap's pure set logic.
 */
import type { Reader } from '../db/createDb.js';
import { toNodeRecord } from '../db/toNodeRecord.js';
import type { NodeRecord, OverlapRecord } from '../model/records.js';
import { computeOverlap, type OverlapKind, type ProfileItem } from './computeOverlap.js';

/**
 * The overlap of two or more instruments (`ids` unique): shared technology areas, institutions and
 * mechanisms with how each matched, the n-way score and every pairwise score. `items` are the
 * matched nodes' records (identity-only, id and label, when `itemProps` is false); `profiled` the
 * ids that had anything to compare (so are instruments: the caller checks only the others exist).
 * One read.
 */
export async function compareInstruments(
  reader: Reader,
  ids: string[],
  itemProps = true,
): Promise<{ overlap: OverlapRecord; items: NodeRecord[]; profiled: Set<string> }> {
  const rows = await reader.read('overlap-profiles', { ids, itemProps });
  const items: NodeRecord[] = [];
  const profile: ProfileItem[] = rows.map((r) => {
    items.push(toNodeRecord(r.itemLabel, r.itemProps));
    return { instrumentId: r.instrumentId, kind: r.kind, itemId: r.itemId, family: r.family };
  });
  const result = computeOverlap(ids, profile);
  const of = (kind: OverlapKind) => result.matches.filter((m) => m.kind === kind);
  return {
    overlap: {
      instrumentIds: ids,
      technologyAreas: of('area'),
      institutions: of('institution'),
      mechanisms: of('mechanism'),
      score: result.score,
      pairs: result.pairs,
    },
    items,
    profiled: new Set(rows.map((r) => r.instrumentId)),
  };
}
