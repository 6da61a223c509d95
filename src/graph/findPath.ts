/** The shortest explained path between two nodes (cypher/shortest-path.cypher). */
import type { Reader } from '../db/createDb.js';
import { toNodeRecord } from '../db/toNodeRecord.js';
import type { NodeRecord, PathRecord } from '../model/records.js';

/** Membership in a country links almost everything in two hops; it explains nothing. */
const hubTypes = ['BETWEEN', 'IN_COUNTRY'];
const valueTypes = ['HAS_NAME', 'HAS_DATE_CLAIM'];

/**
 * The shortest path of at most `maxLength` relationships between two existing nodes, either
 * direction, or null when there is none that short. Paths avoid names and date claims, and avoid
 * country membership unless an end is a country. One read (none when `from` is `to`).
 */
export async function findPath(reader: Reader, from: NodeRecord, to: NodeRecord, maxLength: number): Promise<PathRecord | null> {
  if (from.id === to.id) return { nodes: [from], edges: [] };
  const throughCountries = from.label === 'Country' || to.label === 'Country';
  const excludedTypes = throughCountries ? valueTypes : [...valueTypes, ...hubTypes];
  const [row] = await reader.read('shortest-path', { from: from.id, to: to.id, excludedTypes });
  if (!row || row.rels.length > maxLength) return null;
  return {
    nodes: row.nodes.map((n) => toNodeRecord(n.label, n.props)),
    edges: row.rels.map((r) => ({ type: r.type, from: r.startId, to: r.endId, props: r.props })),
  };
}
