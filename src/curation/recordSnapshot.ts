/**
 * Snapshots of curator-written records and relationships, as the revision history stores them
 * (before and after every write) and as restore and revert write them back. A record's snapshot is
 * its node, its value nodes (names, date claims) and every other relationship it has, in both
 * directions, so writing one back gives the record exactly the links it had (those whose other end
 * still exists). A retired record lives on only as a :Retired tombstone holding its snapshot, so no
 * read of the graph can see it (cypher/curator-retire-record.cypher).
 */
import type { Tx } from '../db/createDb.js';
import { createError, ErrorCode } from '../errors.js';
import type { EdgeRecord } from '../model/records.js';
import { findRelationships } from './findExisting.js';

/** A record (node) as it stood: `retired` when only its tombstone held it. Properties exclude the content hash. */
export interface RecordSnapshot {
  kind: 'record';
  id: string;
  label: string;
  retired: boolean;
  props: Record<string, unknown>;
  /** Names and date claims: the relationship to each (type, props) and the value node (label, valueProps). */
  values: { type: string; props: Record<string, unknown>; label: string; valueProps: Record<string, unknown> }[];
  /** Every other relationship of the node, in either direction, with its properties. */
  relationships: { type: string; from: string; to: string; props: Record<string, unknown> }[];
}

/** One relationship as it stood (properties exclude the content hash). */
export interface RelationshipSnapshot {
  kind: 'relationship';
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export type Snapshot = RecordSnapshot | RelationshipSnapshot;

/** Properties without the content hash: it is the loader's bookkeeping, not part of what a record says. */
function withoutHash(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => key !== 'hash'));
}

/** The record `id` as it stands in `tx` (active or retired), or null when no record has that id. */
export async function readRecordSnapshot(tx: Tx, id: string): Promise<RecordSnapshot | null> {
  const [row] = await tx.run('curator-record-snapshot', { id });
  if (row?.props && row.label) {
    return {
      kind: 'record',
      id,
      label: row.label,
      retired: false,
      props: withoutHash(row.props),
      values: row.values.map((v) => ({ ...v, valueProps: withoutHash(v.valueProps) })),
      relationships: row.relationships.map((r) => ({ ...r, props: withoutHash(r.props) })),
    };
  }
  if (row?.retired) return { ...(JSON.parse(row.retired) as RecordSnapshot), retired: true };
  return null;
}

/** Edge.id of a relationship: TYPE:from:to[:key] (the same as src/graphql/resolvers/Edge.ts). */
export function relationshipId(edge: { type: string; from: string; to: string; props: Record<string, unknown> }): string {
  const key = typeof edge.props.key === 'string' && edge.props.key !== '' ? `:${edge.props.key}` : '';
  return `${edge.type}:${edge.from}:${edge.to}${key}`;
}

/** A relationship read in a transaction, as a snapshot; null for none. */
export function toRelationshipSnapshot(edge: EdgeRecord | undefined): RelationshipSnapshot | null {
  return edge ? { kind: 'relationship', type: edge.type, from: edge.from, to: edge.to, props: withoutHash(edge.props) } : null;
}

/** The relationship (type, from, to, key) as it stands in `tx`, or null. */
export async function readRelationshipSnapshot(
  tx: Tx,
  ref: { type: string; from: string; to: string; key: string },
): Promise<RelationshipSnapshot | null> {
  const edges = await findRelationships(tx, ref.from, [ref.type], 'OUTGOING');
  return toRelationshipSnapshot(edges.find((e) => e.to === ref.to && String(e.props.key ?? '') === ref.key));
}

/** CONFLICT unless the snapshot is of something a curator made: seeded records change only through the seed files. */
export function assertCuratorMade(snapshot: Snapshot, what: string): void {
  if (snapshot.props.origin === 'curator') return;
  throw createError(
    ErrorCode.CONFLICT,
    `${what} is defined by the seed files, so it cannot be retired, deleted or reverted through the API. The seed files are the reviewed source of truth: change it there (docs/curating.md) and run \`npm run seed\`.`,
    { seeded: true },
  );
}

/** CONFLICT when the id belongs to a retired record: a new record may not take it over. */
export function assertNotRetired(snapshot: RecordSnapshot | null, id: string): void {
  if (!snapshot?.retired) return;
  throw createError(
    ErrorCode.CONFLICT,
    `"${id}" is the id of a retired ${snapshot.label}: restore it (restoreRecord) and update it, or delete it (deleteRecord) first.`,
    { id },
  );
}

/**
 * Writes a record back as the snapshot says, where nothing holds its id (the caller removed it):
 * active (node, values, relationships to nodes that exist) or retired (a tombstone). `by` names the
 * curator and time stamped on a tombstone.
 */
export async function writeRecordSnapshot(tx: Tx, snapshot: RecordSnapshot, by: { name: string; at: string }): Promise<void> {
  if (snapshot.retired) {
    const stored: RecordSnapshot = { ...snapshot, retired: false };
    await tx.run('curator-retire-record', {
      id: snapshot.id,
      label: snapshot.label,
      snapshot: JSON.stringify(stored),
      at: by.at,
      by: by.name,
    });
    return;
  }
  await tx.run('curator-materialise-record', {
    label: snapshot.label,
    props: snapshot.props,
    values: snapshot.values,
    relationships: snapshot.relationships,
  });
}
