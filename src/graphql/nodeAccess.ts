/** Small helpers resolvers share: typed node loading and following edges through the request's loaders. */
import { notFound } from '../errors.js';
import { isApiNode, isNodeOf, type ApiNodeLabel, type Direction, type EdgeRecord, type NodeRecord } from '../model/records.js';
import { fromEnum } from '../model/values.js';
import { nodeRelationshipTypes, type NodeLabel } from '../model/vocabulary.js';
import type { Context } from './context.js';

/** Loads a node of the given label by id, or throws NOT_FOUND naming the kind asked for. */
export async function requireNode<L extends NodeLabel>(ctx: Context, id: string, label: L, kind: string): Promise<NodeRecord<L>> {
  const record = await ctx.loaders.node.load(id);
  if (!isNodeOf(record, label)) throw notFound(kind, id);
  return record;
}

/** Loads nodes of one label (one round trip for all), or throws NOT_FOUND for the first id that is not one. */
export async function requireNodes<L extends NodeLabel>(ctx: Context, ids: string[], label: L, kind: string): Promise<NodeRecord<L>[]> {
  return Promise.all(ids.map((id) => requireNode(ctx, id, label, kind)));
}

/** Loads any node the API exposes, or throws NOT_FOUND. */
export async function requireApiNode(ctx: Context, id: string): Promise<NodeRecord<ApiNodeLabel>> {
  const record = await ctx.loaders.node.load(id);
  if (!isApiNode(record)) throw notFound('node', id);
  return record;
}

/** Loads nodes that relationships point at; they are primed by the edge loader, so this costs no round trip. */
export async function loadNodes<L extends NodeLabel>(ctx: Context, ids: string[], label?: L): Promise<NodeRecord<L>[]> {
  const records = await ctx.loaders.node.loadMany(ids);
  return records.filter((r): r is NodeRecord<L> => r !== null && !(r instanceof Error) && (label === undefined || r.label === label));
}

export function edgesOf(ctx: Context, id: string, types: readonly string[], direction: Direction): Promise<EdgeRecord[]> {
  return ctx.loaders.edges.load({ id, types, direction });
}

/** A node's participations (PARTICIPATES_IN edges) in one direction, optionally of one role. */
export async function participationsOf(
  ctx: Context,
  id: string,
  direction: Direction,
  role: string | null | undefined,
): Promise<EdgeRecord[]> {
  const edges = await edgesOf(ctx, id, ['PARTICIPATES_IN'], direction);
  return role ? edges.filter((e) => e.props.role === fromEnum(role)) : edges;
}

/** Every relationship of a node to other nodes (not to its names or date claims), for `edges` fields and the explorer. */
export function nodeEdges(ctx: Context, id: string, direction: Direction): Promise<EdgeRecord[]> {
  return edgesOf(ctx, id, nodeRelationshipTypes, direction);
}

/** The single node at the other end of a to-one relationship (country, partOf), or null. */
export async function firstNeighbour<L extends NodeLabel>(
  ctx: Context,
  id: string,
  type: string,
  label: L,
  direction: Direction = 'OUTGOING',
): Promise<NodeRecord<L> | null> {
  return (await neighbours(ctx, id, [type], direction, label))[0] ?? null;
}

/** The nodes of one label at the other end of a node's edges of the given types (no round trip beyond the edges'). */
export async function neighbours<L extends NodeLabel>(
  ctx: Context,
  id: string,
  types: readonly string[],
  direction: Direction,
  label: L,
): Promise<NodeRecord<L>[]> {
  return loadNodes(ctx, await neighbourIds(ctx, id, types, direction), label);
}

/** The ids at the other end of a node's edges of the given types. */
export async function neighbourIds(ctx: Context, id: string, types: readonly string[], direction: Direction): Promise<string[]> {
  const edges = await edgesOf(ctx, id, types, direction);
  return edges.map((e) => (e.from === id ? e.to : e.from));
}
