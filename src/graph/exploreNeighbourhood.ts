/**
 * The neighbourhood of some nodes for the explorer: breadth-first, one read per hop for the whole
 * frontier (cypher/edges-of-nodes.cypher), every relationship except names and date claims, cut
 * at a node limit. Provisions and figures are drawn only from a provision or figure itself.
 */
import type { Reader } from '../db/createDb.js';
import { toNodeRecord } from '../db/toNodeRecord.js';
import { edgeKey, isApiNode, type EdgeRecord, type GraphRecord, type NodeRecord } from '../model/records.js';
import { nodeRelationshipTypes, statementRelationshipTypes } from '../model/vocabulary.js';

const entityTypes = nodeRelationshipTypes.filter((t) => !statementRelationshipTypes.includes(t));

export const NEIGHBOURHOOD_NODE_LIMIT = 2_000;

/**
 * Nodes within `depth` hops (1–3, checked by the caller) of the `start` nodes and the edges among
 * them; `truncated` is true when the node limit cut the walk short. The start nodes come first.
 */
export async function exploreNeighbourhood(reader: Reader, start: NodeRecord[], depth: number): Promise<GraphRecord> {
  const found = new Map<string, NodeRecord>(start.filter(isApiNode).map((n) => [n.id, n]));
  const edges = new Map<string, EdgeRecord>();
  let frontier = [...found.keys()];
  let truncated = false;
  for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop += 1) {
    // A provision or figure shows what it is about; an entity does not fan out into every provision
    // of its instrument (the 2023 MOC alone has 45): provisions are read in the details, not drawn.
    const keys = frontier.map((id) => {
      const statement = found.get(id)?.label === 'Provision' || found.get(id)?.label === 'Figure';
      return { key: id, id, types: statement ? nodeRelationshipTypes : entityTypes, direction: 'BOTH' as const };
    });
    const rows = await reader.read('edges-of-nodes', { keys });
    const next: string[] = [];
    for (const row of rows) {
      if (!found.has(row.otherId)) {
        const other = toNodeRecord(row.otherLabel, row.otherProps);
        if (found.size >= NEIGHBOURHOOD_NODE_LIMIT) truncated = true;
        else if (isApiNode(other)) {
          found.set(other.id, other);
          next.push(other.id);
        }
      }
      const edge: EdgeRecord = { type: row.type, from: row.fromId, to: row.toId, props: row.props };
      if (found.has(edge.from) && found.has(edge.to)) edges.set(edgeKey(edge), edge);
    }
    frontier = next;
  }
  return { nodes: [...found.values()], edges: [...edges.values()], truncated };
}
