/**
 * The revision history of curator writes, modelled on W3C PROV: every write records one :Revision
 * (prov:generatedAtTime `at`, prov:wasAttributedTo `by`, the curator's `reason`, and the subject's
 * snapshot before and after, as JSON), in the write's own transaction, so a write that fails or is
 * refused leaves no revision and a revision never describes a write that did not happen.
 */
import type { Tx } from '../db/createDb.js';
import { badUserInput } from '../errors.js';
import type { CurationContext } from './curationContext.js';
import { readRecordSnapshot, type RecordSnapshot, type Snapshot } from './recordSnapshot.js';

/** What a curator write did to its subject. */
export type RevisionOperation = 'CREATE' | 'UPDATE' | 'RETIRE' | 'RESTORE' | 'DELETE' | 'REVERT';

/** A revision as stored and as the API returns it: snapshots are JSON text (null: the subject did not exist). */
export interface RevisionRecord {
  id: string;
  subject: string;
  about: string[];
  operation: RevisionOperation;
  at: string;
  by: string;
  reason: string | null;
  before: string | null;
  after: string | null;
  revertOf: string | null;
}

/** Longest reason accepted, in characters (UTF-16 code units). */
export const MAX_REASON_LENGTH = 1_000;

/**
 * The reason a curator gave, trimmed; null when none (or only blanks). BAD_USER_INPUT (argument
 * `reason`) over MAX_REASON_LENGTH characters.
 */
export function normaliseReason(reason: string | null | undefined): string | null {
  const text = reason?.trim() ?? '';
  if (text.length > MAX_REASON_LENGTH) {
    throw badUserInput('reason', `reason has ${text.length} characters; at most ${MAX_REASON_LENGTH} are allowed.`);
  }
  return text === '' ? null : text;
}

/** A stored revision's properties as a RevisionRecord. */
export function toRevisionRecord(props: Record<string, unknown>): RevisionRecord {
  const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return {
    id: String(props.id),
    subject: String(props.subject),
    about: Array.isArray(props.about) ? props.about.map(String) : [],
    operation: String(props.operation) as RevisionOperation,
    at: String(props.at),
    by: String(props.by),
    reason: text(props.reason),
    before: text(props.before),
    after: text(props.after),
    revertOf: text(props.revertOf),
  };
}

/** The time one curator write stamps on everything it stores (ISO 8601 UTC). */
export function writeTime(ctx: CurationContext): string {
  return (ctx.now?.() ?? new Date()).toISOString();
}

/**
 * Records one revision in `tx` as `ctx.curator`, with `ctx.reason`. `about` lists every record id the
 * write concerns (history(id) finds the revision under each). Returns the revision as stored.
 */
export async function recordRevision(
  tx: Tx,
  ctx: CurationContext,
  revision: {
    subject: string;
    about: string[];
    operation: RevisionOperation;
    before: Snapshot | null;
    after: Snapshot | null;
    at?: string;
    revertOf?: string;
  },
): Promise<RevisionRecord> {
  const [row] = await tx.run('revision-create', {
    subject: revision.subject,
    about: [...new Set(revision.about)],
    operation: revision.operation,
    at: revision.at ?? writeTime(ctx),
    by: ctx.curator,
    reason: normaliseReason(ctx.reason),
    before: revision.before ? JSON.stringify(revision.before) : null,
    after: revision.after ? JSON.stringify(revision.after) : null,
    revertOf: revision.revertOf ?? null,
  });
  // Stryker disable next-line OptionalChaining: revision-create always returns one row.
  return toRevisionRecord(row?.props ?? {});
}

/**
 * Records the revision of an upsert of record `id` whose snapshot before the write was `before`:
 * reads the record as written (in `tx`) for the after snapshot. CREATE when there was none, else UPDATE;
 * `at` is the time stamped on the record (its updatedAt).
 */
export async function recordUpsertRevision(
  tx: Tx,
  ctx: CurationContext,
  id: string,
  before: RecordSnapshot | null,
  at: string,
): Promise<RevisionRecord> {
  const after = await readRecordSnapshot(tx, id);
  return recordRevision(tx, ctx, { subject: id, about: [id], operation: before ? 'UPDATE' : 'CREATE', before, after, at });
}
