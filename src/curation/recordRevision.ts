/**
 * The revision history of curator writes, modelled on W3C PROV: every write records one :Revision
 * (prov:generatedAtTime `at`, prov:wasAttributedTo `by`, the curator's `reason`, and the subject's
 * snapshot before and after, as JSON), in the write's own transaction, so a write that fails or is
 * refused leaves no revision and a revision never describes a write that did not happen.
 */
import type { Tx } from '../db/createDb.js';
import { badUserInput } from '../errors.js';
import type { CurationContext } from './curationContext.js';
import { readRecordSnapshot, relationshipId, type RecordSnapshot, type Snapshot } from './recordSnapshot.js';

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
  /** Relationships (Edge.id) a restore or revert could not put back because their other end no longer exists. */
  notRestored: string[];
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
    notRestored: Array.isArray(props.notRestored) ? props.notRestored.map(String) : [],
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
    notRestored?: string[];
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
    notRestored: revision.notRestored ?? [],
  });
  // Stryker disable next-line OptionalChaining: revision-create always returns one row.
  return toRevisionRecord(row?.props ?? {});
}

/**
 * A relationship's properties without the stamps every upsert rewrites on what it lists (updatedBy,
 * updatedAt), as text: two versions that say the same thing compare equal.
 */
export function whatItSays(props: Record<string, unknown>): string {
  return JSON.stringify(Object.entries(props).filter(([key]) => key !== 'updatedBy' && key !== 'updatedAt'));
}

/**
 * Every record id a write from `before` to `after` concerns, for history(id): the subject, and both ends
 * of each relationship it added, removed or changed (so an instrument's history shows the upsert of
 * another record that started citing it, or the retirement of a record that was linked to it).
 */
export function concernedIds(subject: string, before: Snapshot | null, after: Snapshot | null): string[] {
  const links = (s: Snapshot | null): Map<string, { from: string; to: string; text: string }> => {
    if (!s) return new Map();
    const list = s.kind === 'record' ? s.relationships : [s];
    return new Map(list.map((r) => [relationshipId(r), { from: r.from, to: r.to, text: whatItSays(r.props) }]));
  };
  const was = links(before);
  const is = links(after);
  const ids = new Set([subject]);
  for (const [key, link] of [...was, ...is]) {
    if (was.get(key)?.text === is.get(key)?.text) continue;
    ids.add(link.from).add(link.to);
  }
  return [...ids];
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
  const about = concernedIds(id, before, after);
  return recordRevision(tx, ctx, { subject: id, about, operation: before ? 'UPDATE' : 'CREATE', before, after, at });
}
