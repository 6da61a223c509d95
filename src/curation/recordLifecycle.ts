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
import { concernedIds, normaliseReason, whatItSays, recordRevision, writeTime, type RevisionRecord } from './recordRevision.js';
import { relationshipTypes } from '../model/vocabulary.js';
import { findExistingNodes, findRelationships } from './findExisting.js';
import { provisionPosition } from './upsertRecord.js';
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

/** Whether a `type` relationship may join a node of `fromLabel` to one of `toLabel` (src/model/vocabulary.ts). */
function kindsAllowed(type: string, fromLabel: string | undefined, toLabel: string | undefined): boolean {
  const allowed = (relationshipTypes as Record<string, { from: readonly string[]; to: readonly string[] } | undefined>)[type];
  return !!allowed && !!fromLabel && !!toLabel && allowed.from.includes(fromLabel) && allowed.to.includes(toLabel);
}

/**
 * The records that cannot stand without record `snapshot`: a provision without its instrument, a
 * change event without an original or result. Retiring or deleting it is refused while they exist
 * (CONFLICT, naming them): the validator would refuse them, so no write may leave them behind.
 */
function assertNoDependants(snapshot: RecordSnapshot): void {
  const dependants = snapshot.relationships.flatMap((r) =>
    r.type === 'HAS_PROVISION' && r.from === snapshot.id
      ? [r.to]
      : (r.type === 'ORIGINAL_ORGANIZATION' || r.type === 'RESULTING_ORGANIZATION') && r.to === snapshot.id
        ? [r.from]
        : [],
  );
  if (dependants.length === 0) return;
  const list = [...new Set(dependants)];
  throw createError(
    ErrorCode.CONFLICT,
    `The ${snapshot.label} "${snapshot.id}" cannot be removed while ${list.map((d) => `"${d}"`).join(', ')} ${list.length === 1 ? 'depends' : 'depend'} on it (a provision needs its instrument, a change event its institutions). Retire, delete or re-upsert ${list.length === 1 ? 'it' : 'them'} first.`,
    { id: snapshot.id, dependants: list },
  );
}

/**
 * CONFLICT when the record would come back without a link it cannot stand without (its other end is
 * gone, or is now another kind of record): a provision without its instrument, a change event without an
 * original or a result. The validator refuses such records, so a restore or revert may not make one.
 */
function assertCanStand(target: RecordSnapshot, relationships: RecordSnapshot['relationships']): void {
  const has = (type: string, end: 'from' | 'to'): boolean => relationships.some((r) => r.type === type && r[end] === target.id);
  const missing =
    target.label === 'Provision' && !has('HAS_PROVISION', 'to')
      ? 'its instrument'
      : target.label === 'ChangeEvent' && !(has('ORIGINAL_ORGANIZATION', 'from') && has('RESULTING_ORGANIZATION', 'from'))
        ? 'an original and a resulting institution'
        : null;
  if (!missing) return;
  const gone = target.relationships.filter((r) => !relationships.includes(r)).map((r) => (r.from === target.id ? r.to : r.from));
  throw createError(
    ErrorCode.CONFLICT,
    `The ${target.label} "${target.id}" cannot come back without ${missing}, and ${[...new Set(gone)].map((g) => `"${g}"`).join(', ')} no longer ${gone.length === 1 ? 'exists' : 'exist'} as ${gone.length === 1 ? 'it was' : 'they were'}. Restore or recreate ${gone.length === 1 ? 'it' : 'them'} first.`,
    { id: target.id, missing: [...new Set(gone)] },
  );
}

/**
 * Writes record `target` back (the caller removed whatever held its id), as an upsert would have
 * written it: only relationships whose other end exists now and is of a kind the relationship may
 * join (an id freed by a delete may have been taken by another kind of record meanwhile); a provision
 * back at its position when that is free, else after its instrument's others; and the graph
 * invariants checked on what came back (a relationship that would close a cycle formed while the
 * record was away is CYCLE, BAD_USER_INPUT, and the transaction rolls back). Returns the record as
 * written and the relationships (Edge.id) it could not put back.
 */
async function writeBack(
  tx: Tx,
  target: RecordSnapshot,
  by: { name: string; at: string },
): Promise<{ after: RecordSnapshot | null; notRestored: string[] }> {
  if (target.retired) {
    await writeRecordSnapshot(tx, target, by);
    return { after: await readRecordSnapshot(tx, target.id), notRestored: [] };
  }
  const ends = await findExistingNodes(
    tx,
    target.relationships.flatMap((r) => [r.from, r.to]).filter((id) => id !== target.id),
  );
  const labelOf = (id: string): string | undefined => (id === target.id ? target.label : ends.get(id)?.label);
  const relationships = target.relationships.filter((r) => kindsAllowed(r.type, labelOf(r.from), labelOf(r.to)));
  const props = { ...target.props };
  const owner = relationships.find((r) => r.type === 'HAS_PROVISION' && r.to === target.id)?.from;
  if (target.label === 'Provision' && owner) {
    props.order = await provisionPosition(tx, target.id, owner, typeof props.order === 'number' ? props.order : null);
  }
  assertCanStand(target, relationships);
  await writeRecordSnapshot(tx, { ...target, props, relationships }, by);
  const after = await readRecordSnapshot(tx, target.id);
  const back = new Set(after?.relationships.map(relationshipId));
  const notRestored = target.relationships.map(relationshipId).filter((id) => !back.has(id));
  // A succession step runs original → change event → result: check each change event whole.
  const changeEvents = new Set(
    relationships.filter((r) => r.type === 'ORIGINAL_ORGANIZATION' || r.type === 'RESULTING_ORGANIZATION').map((r) => r.from),
  );
  const steps = await Promise.all(
    [...changeEvents].map((id) => findRelationships(tx, id, ['ORIGINAL_ORGANIZATION', 'RESULTING_ORGANIZATION'], 'OUTGOING')),
  );
  await assertNoCycles(tx, [...(after?.relationships ?? []), ...steps.flat()]);
  return { after, notRestored };
}

/**
 * What reverting revision R (its subject went from `was` to `became`) puts back, given the record as it
 * is now (`now`): R's properties, names and date claims as they were before it, and R's own link
 * changes undone, while links written since by anyone (another record's provision, a relationship added
 * later) stay. Without `now` (the record is absent), the record as it was before R.
 */
export function revertTarget(was: RecordSnapshot, became: RecordSnapshot | null, now: RecordSnapshot | null): RecordSnapshot {
  if (!now) return was;
  const before = new Map(was.relationships.map((r) => [relationshipId(r), r]));
  const after = new Map((became?.relationships ?? []).map((r) => [relationshipId(r), r]));
  const result = new Map(now.relationships.map((r) => [relationshipId(r), r]));
  for (const id of after.keys()) if (!before.has(id)) result.delete(id);
  for (const [id, r] of before) {
    const then = after.get(id);
    if (!then || whatItSays(then.props) !== whatItSays(r.props)) result.set(id, r);
  }
  return { ...was, relationships: [...result.values()] };
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
 * Errors: BAD_USER_INPUT (an id or reason over its length limit), NOT_FOUND (no such record), CONFLICT
 * (seeded, already retired, or a record that cannot stand without it exists: extensions.dependants).
 */
export async function retireRecord(ctx: CurationContext, id: string): Promise<CurationResult<RevisionRecord>> {
  assertInputLengths(id, 'id');
  return lifecycleWrite(
    ctx,
    async (tx, at) => {
      const before = await curatorRecord(tx, id);
      if (before.retired) throw createError(ErrorCode.CONFLICT, `The ${before.label} "${id}" is already retired.`, { id });
      assertNoDependants(before);
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
 * Returns the DELETE revision. Errors: NOT_FOUND, CONFLICT (seeded, or a record that cannot stand
 * without it exists: extensions.dependants).
 */
export async function deleteRecord(ctx: CurationContext, id: string): Promise<CurationResult<RevisionRecord>> {
  assertInputLengths(id, 'id');
  return lifecycleWrite(
    ctx,
    async (tx, at) => {
      const before = await curatorRecord(tx, id);
      assertNoDependants(before);
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
  const ends = await findExistingNodes(tx, [target.from, target.to]);
  const [fromLabel, toLabel] = [ends.get(target.from)?.label, ends.get(target.to)?.label];
  if (fromLabel && toLabel && !kindsAllowed(target.type, fromLabel, toLabel)) {
    throw createError(
      ErrorCode.CONFLICT,
      `The ${target.type} relationship cannot be put back: "${target.from}" is now a ${fromLabel} and "${target.to}" a ${toLabel}, which ${target.type} may not join (the id was freed and taken by another record).`,
    );
  }
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
 * CONFLICT when the record now holding `subject` is not the one revision `revisionId` wrote (`then`,
 * its snapshot after the revision, or before it for a DELETE): the id was freed by a delete and taken
 * by another record, of the same kind or not, which a revert must never overwrite or remove.
 */
function assertSameRecord(now: RecordSnapshot | null, then: RecordSnapshot | null, subject: string, revisionId: string): void {
  if (!now || !then) return;
  if (now.label === then.label && now.props.createdAt === then.props.createdAt) return;
  throw createError(
    ErrorCode.CONFLICT,
    `"${subject}" now belongs to another record (a ${now.label} created ${String(now.props.createdAt ?? 'later')} by ${String(now.props.createdBy ?? 'a curator')}) than the one ${revisionId} changed; a revert does not touch it. Delete that record first if it should go.`,
    { id: subject },
  );
}

/**
 * Puts the subject of revision `revisionId` back as it was before that revision (a record or a
 * relationship; absent when the revision created it), recorded as a REVERT revision whose
 * `revertOf` names the one reverted. Like an undo, a record gets back its properties, names and date
 * claims, and that revision's own link changes are undone while later links stay (revertTarget); links
 * it cannot put back are listed in `notRestored`. Errors: NOT_FOUND (no such revision); CONFLICT (the
 * subject is now seeded; its id now belongs to another record; it is already absent; taking it out would
 * strand a dependant; a provision would lose its instrument; a relationship's end no longer exists or is
 * now of another kind); BAD_USER_INPUT (CYCLE, as restoreRecord).
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
        const now = await readRecordSnapshot(tx, subject);
        before = now;
        if (now) assertCuratorMade(now, `The ${now.label} "${subject}"`);
        assertSameRecord(now, (stored ?? target) as RecordSnapshot | null, subject, revisionId);
        if (!now && !target) {
          throw createError(
            ErrorCode.CONFLICT,
            `"${subject}" is already absent, as it was before ${revisionId}: there is nothing to revert.`,
            { id: subject },
          );
        }
        // Reverting to absent, or to retired (the revert of a RESTORE), takes the record out of the graph.
        if (now && !now.retired && (!target || (target as RecordSnapshot).retired)) assertNoDependants(now);
        await tx.run('curator-remove-record', { id: subject });
        if (target) {
          const put = revertTarget(target as RecordSnapshot, stored as RecordSnapshot | null, now?.retired ? null : now);
          ({ after, notRestored } = await writeBack(tx, put, { name: ctx.curator, at }));
        } else after = null;
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
