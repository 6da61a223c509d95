/**
 * The neighbourhood of some nodes for the explorer: breadth-first through the edge loader (one
 * round trip per hop), every relationship except names and date claims, cut at a node limit.
 */
import { edgeKey, type EdgeRecord, type NodeRecord } from '../db/records.js';
import type { Context } from '../graphql/context.js';
import { isApiNode, nodeEdges } from '../graphql/nodeAccess.js';

export const NEIGHBOURHOOD_NODE_LIMIT = 2_000;

export async function exploreNeighbourhood(
  ctx: Context,
  ids: string[],
  depth: number,
): Promise<{ nodes: NodeRecord[]; edges: EdgeRecord[]; truncated: boolean }> {
  const found = new Map<string, NodeRecord>();
  for (const record of await ctx.loaders.node.loadMany(ids)) {
    if (record && !(record instanceof Error) && isApiNode(record)) found.set(record.id, record);
  }
  const edges = new Map<string, EdgeRecord>();
  let frontier = [...found.keys()];
  let truncated = false;
  for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop += 1) {
    const lists = await Promise.all(frontier.map((id) => nodeEdges(ctx, id, 'BOTH')));
    const next: string[] = [];
    for (const edge of lists.flat()) {
      for (const id of [edge.from, edge.to]) {
        if (found.has(id)) continue;
        if (found.size >= NEIGHBOURHOOD_NODE_LIMIT) {
          truncated = true;
          continue;
        }
        const record = await ctx.loaders.node.load(id);
        if (record && isApiNode(record)) {
          found.set(id, record);
          next.push(id);
        }
      }
      if (found.has(edge.from) && found.has(edge.to)) edges.set(edgeKey(edge), edge);
    }
    frontier = next;
  }
  return { nodes: [...found.values()], edges: [...edges.values()], truncated };
}
