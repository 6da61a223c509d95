/**
 * What the instruments say: paged provisions and figures (Relay connections), and the commitments
 * several instruments share (Overlap.sharedCommitments).
 */
import type { Reader } from '../db/createDb.js';
import type { CommitmentPairRecord, FigureConnectionRecord, ProvisionConnectionRecord, SharedCommitmentRecord } from '../model/records.js';
import { firmnessScale, type Firmness } from '../model/vocabulary.js';
import { fetchPage } from './fetchPage.js';
import type { PageRequest } from './listEntities.js';
import { searchEntities } from './searchEntities.js';

/** Full-text matches allowed to narrow a provisions listing: more than the graph holds. */
const TEXT_FILTER_MATCHES = 1_000;

/** Filters of a provisions listing, checked by the caller (ids exist, kinds are slugs). */
export interface ProvisionFilter {
  instrument: string | null;
  kinds: string[] | null;
  /** A technology area or policy topic: its narrower and lineage-related topics match too. */
  topic: string | null;
  actor: string | null;
  modalityAtLeast: Firmness | null;
  text: string | null;
}

/** The 0-based rank of a firmness on the scale (none 0 … firm 5), as stored in `firmnessRank`. */
export const firmnessRank = (firmness: Firmness): number => firmnessScale.indexOf(firmness);

/**
 * Provisions matching every filter, in instrument then document order. Reads: the page, plus one
 * to expand a topic and one for a text filter. Errors: BAD_USER_INPUT for a cursor this API did not issue.
 */
export async function listProvisions(reader: Reader, filter: ProvisionFilter, page: PageRequest): Promise<ProvisionConnectionRecord> {
  const [topics, ids] = await Promise.all([
    filter.topic === null ? null : reader.read('topic-family', { id: filter.topic }).then(([row]) => row?.ids ?? [filter.topic as string]),
    filter.text === null
      ? null
      : searchEntities(reader, filter.text, TEXT_FILTER_MATCHES, 'Provision').then((hits) => hits.map((h) => h.node.id)),
  ]);
  const filters = {
    instrument: filter.instrument,
    kinds: filter.kinds,
    topics,
    actor: filter.actor,
    minFirmness: filter.modalityAtLeast === null ? null : firmnessRank(filter.modalityAtLeast),
    ids,
  };
  return fetchPage(reader, 'provisions-page', filters, page.first, page.after, { filter });
}

/** Figures about a node, in some units, stated by a source or matching a text, ordered by what they measure. One or two reads. */
export async function listFigures(
  reader: Reader,
  filter: { about: string | null; units: string[] | null; source: string | null; text: string | null },
  page: PageRequest,
): Promise<FigureConnectionRecord> {
  const ids =
    filter.text === null ? null : (await searchEntities(reader, filter.text, TEXT_FILTER_MATCHES, 'Figure')).map((h) => h.node.id);
  const { about, units, source } = filter;
  return fetchPage(reader, 'figures-page', { about, units, source, ids }, page.first, page.after, { filter });
}

/**
 * Provisions of the instruments `ids` (in that order) that address the same topic, or topics linked
 * by lineage or broader/narrower, grouped by the first instrument's topic; each group lists its
 * provisions (in instrument, then document order) and every matching pair. One read.
 */
export async function findSharedCommitments(reader: Reader, ids: string[], modalityAtLeast: Firmness): Promise<SharedCommitmentRecord[]> {
  const rows = await reader.read('shared-commitments', { ids, minFirmness: firmnessRank(modalityAtLeast) });
  const groups = new Map<string, { provisions: string[]; pairs: CommitmentPairRecord[] }>();
  for (const row of rows) {
    const group = groups.get(row.topicA) ?? { provisions: [], pairs: [] };
    groups.set(row.topicA, group);
    for (const p of [row.a, row.b]) if (!group.provisions.includes(p)) group.provisions.push(p);
    group.pairs.push({ a: row.a, b: row.b, topicA: row.topicA, topicB: row.topicB, via: row.via });
  }
  // Rows come in instrument-pair then document order; the provisions keep that order.
  return [...groups].map(([topic, g]) => ({ topic, provisions: g.provisions, pairs: g.pairs }));
}
