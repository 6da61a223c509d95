/**
 * The rest of a curator-made record's life, each in one write transaction with its revision:
 * retire (soft delete: the record leaves the graph for a :Retired tombstone holding its snapshot, so
 * no read — node(id), search, listings, exports, counts, lineage, overlap, paths — can see it, and
 * its id stays reserved), restore (writes the snapshot back, with the relationships whose other end
 * still exists), delete (removes the record, or its tombstone, for good; its history stays), and
 * revert (puts a record or relationship back as a revision's `before` says, recorded as a revision
 * itself). Seeded records are refused (CONFLICT, extensions.seeded): they change only through the
 * seed files.
 */
import type { Tx } from '../db/createDb.js';
import { createError, ErrorCode, notFound } from '../errors.js';
import type { CurationContext, CurationResult } from './curationContext.js';
import { assertInputLengths } from './inputLimits.js';
import { assertNoCycles } from '../db/assertGraphInvariants.js';
import { concernedIds, normaliseReason, recordRevision, writeTime, type RevisionRecord } from './recordRevision.js';
import { findRelationships } from './findExisting.js';
import {
  assertCuratorMade,
  readRecordSnapshot,
  readRelationshipSnapshot,
  relationshipId,
  writeRecordSnapshot,
  type RecordSnapshot,
  type RelationshipSnapshot,
  type Snapshot,
} from './recordSnapshot.js';
import { curatorTransaction } from './curatorTransaction.js';

/** Every record id a write of these snapshots touched: the subject and the other end of each relationship. */
function touchedBy(...snapshots: (Snapshot | null)[]): string[] {
  const ids = new Set<string>();
  for (const s of snapshots) {
    if (!s) continue;
    if (s.kind === 'relationship') {
      ids.add(s.from).add(s.to);
      continue;
    }
    ids.add(s.id);
    for (const r of s.relationships) ids.add(r.from).add(r.to);
    for (const v of s.values) ids.add(String(v.valueProps.id));
  }
  return [...ids];
}

/** The record `id` as it stands, NOT_FOUND when no record (active or retired) has it, CONFLICT when seeded. */
async function curatorRecord(tx: Tx, id: string): Promise<RecordSnapshot> {
  const snapshot = await readRecordSnapshot(tx, id);
  if (!snapshot) throw notFound('record', id);
  assertCuratorMade(snapshot, `The ${snapshot.label} "${id}"`);
  return snapshot;
}

/**
 * Writes record `target` back (the caller removed whatever held its id) and checks the graph invariants
 * on what came back, as an upsert does: a relationship put back may not close a cycle formed while the
 * record was away (CYCLE, BAD_USER_INPUT; the transaction rolls back). Returns the record as written and the
 * relationships (Edge.id) that could not be put back because their other end no longer exists.
 */
async function writeBack(
  tx: Tx,
  target: RecordSnapshot,
  by: { name: string; at: string },
): Promise<{ after: RecordSnapshot | null; notRestored: string[] }> {
  await writeRecordSnapshot(tx, target, by);
  const after = await readRecordSnapshot(tx, target.id);
  if (!after || after.retired) return { after, notRestored: [] };
  const back = new Set(after.relationships.map(relationshipId));
  const notRestored = target.relationships.map(relationshipId).filter((id) => !back.has(id));
  // A succession step runs original → change event → result: check each change event whole.
  const changeEvents = new Set(
    after.relationships.filter((r) => r.type === 'ORIGINAL_ORGANIZATION' || r.type === 'RESULTING_ORGANIZATION').map((r) => r.from),
  );
  const steps = await Promise.all(
    [...changeEvents].map((id) => findRelationships(tx, id, ['ORIGINAL_ORGANIZATION', 'RESULTING_ORGANIZATION'], 'OUTGOING')),
  );
  await assertNoCycles(tx, [...after.relationships, ...steps.flat()]);
  return { after, notRestored };
}

/** Runs one lifecycle write and returns its revision with the ids it touched. */
async function lifecycleWrite(
  ctx: CurationContext,
  work: (tx: Tx, at: string) => Promise<{ revision: RevisionRecord; touched: string[] }>,
  message: string,
): Promise<CurationResult<RevisionRecord>> {
  // Checked before the transaction opens: an over-long reason would otherwise fail only at its end.
  normaliseReason(ctx.reason);
  const at = writeTime(ctx);
  const { revision, touched } = await curatorTransaction(ctx, (tx) => work(tx, at));
  ctx.log.info({ curator: ctx.curator, subject: revision.subject, revision: revision.id }, message);
  return { result: revision, touched, written: [] };
}

/**
 * Retires the curator-made record `id`: reversible (restoreRecord). Returns the RETIRE revision.
 * Errors: BAD_USER_INPUT (an id or reason over its length limit), NOT_FOUND (no such record), CONFLICT (seeded, or already retired).
 */
export async function retireRecord(ctx: CurationContext, id: string): Promise<CurationResult<RevisionRecord>> {
  assertInputLengths(id, 'id');
  return lifecycleWrite(
    ctx,
    async (tx, at) => {
      const before = await curatorRecord(tx, id);
      if (before.retired) throw createError(ErrorCode.CONFLICT, `The ${before.label} "${id}" is already retired.`, { id });
      await tx.run('curator-remove-record', { id });
      await writeRecordSnapshot(tx, { ...before, retired: true }, { name: ctx.curator, at });
      const after = await readRecordSnapshot(tx, id);
      const about = concernedIds(id, before, null);
      const revision = await recordRevision(tx, ctx, { subject: id, about, operation: 'RETIRE', before, after, at });
      return { revision, touched: touchedBy(before) };
    },
    'curator retired a record',
  );
}

/**
 * Restores the retired record `id` with its names, date claims and every relationship whose other
 * end still exists; the RESTORE revision it returns lists the others in `notRestored` (Edge ids).
 * Errors: NOT_FOUND, CONFLICT (seeded, or not retired), BAD_USER_INPUT (CYCLE: a relationship put back
 * would close a cycle formed while it was retired; nothing is restored).
 */
export async function restoreRecord(ctx: CurationContext, id: string): Promise<CurationResult<RevisionRecord>> {
  assertInputLengths(id, 'id');
  return lifecycleWrite(
    ctx,
    async (tx, at) => {
      const before = await curatorRecord(tx, id);
      if (!before.retired) throw createError(ErrorCode.CONFLICT, `The ${before.label} "${id}" is not retired.`, { id });
      await tx.run('curator-remove-record', { id });
      const { after, notRestored } = await writeBack(tx, { ...before, retired: false }, { name: ctx.curator, at });
      const about = concernedIds(id, null, after);
      const revision = await recordRevision(tx, ctx, { subject: id, about, operation: 'RESTORE', before, after, at, notRestored });
      return { revision, touched: touchedBy(before, after) };
    },
    'curator restored a record',
  );
}

/**
 * Deletes the curator-made record `id` (active or retired) with its names, date claims and
 * relationships; the id becomes free, and its history stays (revert of the DELETE brings it back).
 * Returns the DELETE revision. Errors: NOT_FOUND, CONFLICT (seeded).
 */
export async function deleteRecord(ctx: CurationContext, id: string): Promise<CurationResult<RevisionRecord>> {
  assertInputLengths(id, 'id');
  return lifecycleWrite(
    ctx,
    async (tx, at) => {
      const before = await curatorRecord(tx, id);
      await tx.run('curator-remove-record', { id });
      const about = concernedIds(id, before, null);
      const revision = await recordRevision(tx, ctx, { subject: id, about, operation: 'DELETE', before, after: null, at });
      return { revision, touched: touchedBy(before) };
    },
    'curator deleted a record',
  );
}

/** Puts a relationship back as `target` says (null: absent); CONFLICT when it is seeded or an end is gone. */
async function revertRelationship(tx: Tx, current: RelationshipSnapshot | null, target: RelationshipSnapshot | null): Promise<void> {
  if (current) {
    assertCuratorMade(current, `The ${current.type} relationship "${current.from}" → "${current.to}"`);
    await tx.run('curator-delete-relationship', {
      type: current.type,
      from: current.from,
      to: current.to,
      key: String(current.props.key ?? ''),
    });
  }
  if (!target) return;
  const [row] = await tx.run('curator-create-relationship', { type: target.type, from: target.from, to: target.to, props: target.props });
  if ((row?.created ?? 0) !== 1) {
    throw createError(
      ErrorCode.CONFLICT,
      `The ${target.type} relationship cannot be put back: "${target.from}" or "${target.to}" no longer exists. Restore that record first.`,
    );
  }
  // Links written since may make the one put back close a cycle.
  await assertNoCycles(tx, [target]);
}

/**
 * Puts the subject of revision `revisionId` back as it was before that revision (a record or a
 * relationship; absent when the revision created it), recorded as a REVERT revision whose
 * `revertOf` names the one reverted; a record's relationships to ends that no longer exist are listed in
 * its `notRestored`. Errors: NOT_FOUND (no such revision), CONFLICT (the subject is now seeded, or a
 * relationship's end no longer exists), BAD_USER_INPUT (CYCLE, as restoreRecord).
 */
export async function revertRevision(ctx: CurationContext, revisionId: string): Promise<CurationResult<RevisionRecord>> {
  assertInputLengths(revisionId, 'revisionId');
  return lifecycleWrite(
    ctx,
    async (tx, at) => {
      const [row] = await tx.run('revision-by-id', { id: revisionId });
      if (!row) {
        throw createError(ErrorCode.NOT_FOUND, `No revision has the id "${revisionId}". history(id:) lists a record's revisions.`, {
          id: revisionId,
        });
      }
      const subject = String(row.props.subject);
      const target = typeof row.props.before === 'string' ? (JSON.parse(row.props.before) as Snapshot) : null;
      const stored = typeof row.props.after === 'string' ? (JSON.parse(row.props.after) as Snapshot) : null;
      const shape = target ?? stored;
      let before: Snapshot | null;
      let after: Snapshot | null;
      let notRestored: string[] = [];
      if (shape?.kind === 'relationship') {
        const ref = { type: shape.type, from: shape.from, to: shape.to, key: String(shape.props.key ?? '') };
        before = await readRelationshipSnapshot(tx, ref);
        await revertRelationship(tx, before, target as RelationshipSnapshot | null);
        after = await readRelationshipSnapshot(tx, ref);
      } else {
        before = await readRecordSnapshot(tx, subject);
        if (before) assertCuratorMade(before, `The ${before.label} "${subject}"`);
        await tx.run('curator-remove-record', { id: subject });
        if (target) ({ after, notRestored } = await writeBack(tx, target as RecordSnapshot, { name: ctx.curator, at }));
        else after = null;
      }
      const about = concernedIds(subject, before, after);
      const revision = await recordRevision(tx, ctx, {
        subject,
        about,
        operation: 'REVERT',
        before,
        after,
        at,
        revertOf: revisionId,
        notRestored,
      });
      return { revision, touched: touchedBy(before, after) };
    },
    'curator reverted a revision',
  );
}
