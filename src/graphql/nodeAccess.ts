/** Small helpers resolvers share: typed node loading, edges by type, dates and enum values. */
import type { EdgeRecord, NodeRecord } from '../db/records.js';
import { notFound } from '../errors.js';
import { nodeRelationshipTypes, type NodeLabel } from '../seed/graphModel.js';
import type { Context } from './context.js';
import type { Direction } from './createLoaders.js';

/** Node labels the API exposes as `Node` types (Name and DateClaim are values of their owners). */
export const apiNodeLabels = [
  'Instrument',
  'Institution',
  'TechnologyArea',
  'Mechanism',
  'Event',
  'Country',
  'ChangeEvent',
  'Source',
] as const;
export type ApiNodeLabel = (typeof apiNodeLabels)[number];

export function isApiNode(record: NodeRecord | null | undefined): record is NodeRecord<ApiNodeLabel> {
  return record !== null && record !== undefined && (apiNodeLabels as readonly string[]).includes(record.label);
}

/** Loads a node of the given label by id, or throws NOT_FOUND naming the kind asked for. */
export async function requireNode<L extends NodeLabel>(ctx: Context, id: string, label: L, kind: string): Promise<NodeRecord<L>> {
  const record = await ctx.loaders.node.load(id);
  if (record?.label !== label) throw notFound(kind, id);
  return record as NodeRecord<L>;
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
export function nodeEdges(ctx: Context, id: string, direction: Direction | null | undefined): Promise<EdgeRecord[]> {
  return edgesOf(ctx, id, nodeRelationshipTypes, direction ?? 'BOTH');
}

/** The single node at the other end of a to-one relationship (country, partOf), or null. */
export async function firstNeighbour<L extends NodeLabel>(ctx: Context, id: string, type: string, label: L): Promise<NodeRecord<L> | null> {
  return (await loadNodes(ctx, await neighbourIds(ctx, id, [type], 'OUTGOING'), label))[0] ?? null;
}

/** The ids at the other end of a node's edges of the given types. */
export async function neighbourIds(ctx: Context, id: string, types: readonly string[], direction: Direction): Promise<string[]> {
  const edges = await edgesOf(ctx, id, types, direction);
  return edges.map((e) => (e.from === id ? e.to : e.from));
}

/** "joint-statement" → "JOINT_STATEMENT": stored values are slugs, GraphQL enums are upper snake case. */
export function toEnum<T extends string>(value: unknown, fallback: T): T {
  return typeof value === 'string' && value !== '' ? (value.toUpperCase().replace(/-/g, '_') as T) : fallback;
}

export function fromEnum(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}

export function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export interface PartialDateValue {
  value: string | null;
  precision: 'YEAR' | 'MONTH' | 'DAY' | null;
  year: number | null;
  status: 'KNOWN' | 'APPROXIMATE' | 'UNKNOWN' | 'DISPUTED';
  note: string | null;
}

/** Reads a dated field as the loader stored it (value, precision, year, status, note). */
export function partialDate(props: Record<string, unknown>, field: string): PartialDateValue {
  const value = optionalString(props[field]);
  const status = optionalString(props[`${field}Status`]);
  const year = props[`${field}Year`];
  return {
    value,
    precision: value ? toEnum(props[`${field}Precision`], 'YEAR') : null,
    year: typeof year === 'number' ? year : value ? Number(value.slice(0, 4)) : null,
    status: status ? toEnum(status, 'UNKNOWN') : value ? 'KNOWN' : 'UNKNOWN',
    note: optionalString(props[`${field}Note`]),
  };
}

/** Who wrote a record and when (see src/curation/stampProvenance.ts). */
export function curationOf(props: Record<string, unknown>): {
  origin: string;
  createdBy: string | null;
  createdAt: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
} {
  return {
    origin: optionalString(props.origin) ?? 'seed',
    createdBy: optionalString(props.createdBy),
    createdAt: optionalString(props.createdAt),
    updatedBy: optionalString(props.updatedBy),
    updatedAt: optionalString(props.updatedAt),
  };
}
