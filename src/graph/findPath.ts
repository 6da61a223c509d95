/** The shortest explained path between two nodes (cypher/shortest-path.cypher). */
import type { Db, QueryStats } from '../db/createDb.js';
import type { PathRecord } from '../db/records.js';
import type { Loaders } from '../graphql/createLoaders.js';
import { toNodeRecord } from '../graphql/createLoaders.js';

/** Membership in a country links almost everything in two hops; it explains nothing. */
const hubTypes = ['BETWEEN', 'IN_COUNTRY'];
const valueTypes = ['HAS_NAME', 'HAS_DATE_CLAIM'];

export async function findPath(
  db: Db,
  loaders: Loaders,
  stats: QueryStats,
  from: { id: string; label: string },
  to: { id: string; label: string },
  maxLength: number,
): Promise<PathRecord | null> {
  if (from.id === to.id) return { nodes: [(await loaders.node.load(from.id))!], edges: [] };
  const throughCountries = from.label === 'Country' || to.label === 'Country';
  const excludedTypes = throughCountries ? valueTypes : [...valueTypes, ...hubTypes];
  const [row] = await db.read('shortest-path', { from: from.id, to: to.id, excludedTypes }, stats);
  if (!row || (row.rels as unknown[]).length > maxLength) return null;
  const nodes = (row.nodes as { id: string; label: string; props: Record<string, unknown> }[]).map((n) => {
    const record = toNodeRecord(n.label, n.props);
    loaders.node.prime(record.id, record);
    return record;
  });
  const edges = (row.rels as { type: string; startId: string; endId: string; props: Record<string, unknown> }[]).map((r) => ({
    type: r.type,
    from: r.startId,
    to: r.endId,
    props: r.props,
  }));
  return { nodes, edges };
}
