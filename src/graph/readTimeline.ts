/** Dated instruments and events year by year (cypher/timeline.cypher). */
import type { Reader } from '../db/createDb.js';
import { toNodeRecord } from '../db/toNodeRecord.js';
import { isNodeOf, type TimelineYearRecord } from '../model/records.js';

/**
 * The years from `from` to `to` (inclusive; the caller bounds the range) that have a dated
 * instrument or event, in year order, each with its instruments and events in date order. One read.
 */
export async function readTimeline(reader: Reader, from: number, to: number): Promise<TimelineYearRecord[]> {
  const rows = await reader.read('timeline', { from, to });
  const years = new Map<number, TimelineYearRecord>();
  for (const r of rows) {
    const node = toNodeRecord(r.label, r.props);
    const entry = years.get(r.year) ?? { year: r.year, instruments: [], events: [] };
    if (isNodeOf(node, 'Instrument')) entry.instruments.push(node);
    if (isNodeOf(node, 'Event')) entry.events.push(node);
    years.set(r.year, entry);
  }
  return [...years.values()];
}
