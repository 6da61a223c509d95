/**
 * Lineage as a breadth-first walk, one batched statement per level (cypher/lineage-step.cypher),
 * so depth d costs at most d round trips whatever the fan-out. Cycle-safe: a node is expanded at
 * most once per mode; edges between nodes already found are still reported.
 */
import type { Reader } from '../db/createDb.js';
import { toNodeRecord } from '../db/toNodeRecord.js';
import { edgeKey, type EdgeRecord, type NodeRecord } from '../model/records.js';

export type LineageDirection = 'UPSTREAM' | 'DOWNSTREAM';

/** Roles that make an institution a principal of an instrument (not supporters or invitees). */
export const principalRoles = ['signatory', 'party', 'participant'];

export interface LineageResult {
  root: NodeRecord;
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  /** Hops from the root at which each node was first reached. */
  depth: Map<string, number>;
}

/**
 * What the caller will read. Without node properties, nodes are identity-only records ({ id } and
 * their label) that are kept out of the node loader, and every edge carries its two ends; without
 * edge properties, edges carry only their key.
 */
export interface LineageProjection {
  nodeProps: boolean;
  edgeProps: boolean;
}

/** A change event seen as a succession edge: its evidence and date become the edge's. */
export function successionEdge(startId: string, endId: string, changeEvent: Record<string, unknown>): EdgeRecord {
  return {
    type: 'SUCCEEDED_BY',
    from: startId,
    to: endId,
    props: {
      ...changeEvent,
      id: undefined,
      key: changeEvent.id,
      changeEvent: changeEvent.id,
      year: typeof changeEvent.dateYear === 'number' ? changeEvent.dateYear : null,
      note: changeEvent.summary ?? null,
    },
  };
}

/**
 * Walks lineage from `root` (an instrument, institution or technology area) up to `maxDepth` hops
 * (levels; the caller bounds it). Returns every node reached with the hop at which it was first
 * reached, and every edge followed (change events as SUCCEEDED_BY edges). One read per level.
 * With `projection.nodeProps` false the nodes are identity-only records (id and label): keep them
 * out of any cache of full records.
 */
export async function traceLineage(
  reader: Reader,
  root: NodeRecord,
  direction: LineageDirection,
  maxDepth: number,
  projection: LineageProjection = { nodeProps: true, edgeProps: true },
): Promise<LineageResult> {
  const depth = new Map<string, number>([[root.id, 0]]);
  const nodes = new Map<string, NodeRecord>([[root.id, root]]);
  const edges = new Map<string, EdgeRecord>();
  let frontier = [{ id: root.id, mode: 'root' }];
  // A node is expanded once per mode it is reached in: what is followed depends on the mode (an
  // institution reached as a party follows succession; reached through succession it also follows
  // its instruments), so first-come-first-served would make the answer depend on row order.
  // Stryker disable next-line ArrayDeclaration,StringLiteral: lineage-step never returns nextMode 'root', so no row can look this entry up; it records that the root was expanded.
  const expanded = new Set<string>([`${root.id}|root`]);

  for (let level = 1; level <= maxDepth && frontier.length > 0; level += 1) {
    const rows = await reader.read('lineage-step', { frontier, direction, roles: principalRoles, ...projection });
    const next: { id: string; mode: string }[] = [];
    for (const row of rows) {
      const nextId = row.nextId;
      const edge: EdgeRecord =
        row.type === 'SUCCEEDED_BY'
          ? successionEdge(row.startId, row.endId, row.props)
          : { type: row.type, from: row.startId, to: row.endId, props: row.props };
      edges.set(edgeKey(edge), edge);
      if (!nodes.has(nextId)) {
        nodes.set(nextId, toNodeRecord(row.nextLabel, row.nextProps));
        depth.set(nextId, level);
      }
      const mode = row.nextMode;
      if (!expanded.has(`${nextId}|${mode}`)) {
        expanded.add(`${nextId}|${mode}`);
        next.push({ id: nextId, mode });
      }
    }
    frontier = next;
  }
  const found = [...edges.values()];
  if (!projection.nodeProps) {
    // Every edge joins a frontier node and a node found from it, so both ends are in `nodes`.
    for (const edge of found) edge.ends = { from: nodes.get(edge.from)!, to: nodes.get(edge.to)! };
  }
  return { root, nodes: [...nodes.values()], edges: found, depth };
}
