/**
 * Removes one relationship a curator added, in one write transaction. The relationship is found by
 * relation, ends and, when several join the same two nodes, role or how. Seeded relationships are
 * refused (CONFLICT): they change only through the seed files.
 */
import { badUserInput, createError, ErrorCode } from '../errors.js';
import { assertCuratorOwnedRelationship } from './assertCuratorOwned.js';
import type { CurationContext, CurationResult } from './curationContext.js';
import { findRelationships } from './findExisting.js';
import { recordRevision } from './recordRevision.js';
import { relationshipId, toRelationshipSnapshot } from './recordSnapshot.js';
import { assertInputLengths } from './inputLimits.js';
import { curatorTransaction } from './curatorTransaction.js';

/** Which relationship to remove: its type, ends and, when several join the same ends, its key (a role or coverage slug). */
export interface RelationshipKey {
  relation: string;
  from: string;
  to: string;
  qualifier?: string | undefined;
}

/**
 * Removes one curator-made relationship. Errors: NOT_FOUND (no such relationship), BAD_USER_INPUT
 * (several match and no qualifier chooses), CONFLICT (seeded, or changed meanwhile).
 */
export async function removeRelationship(ctx: CurationContext, key: RelationshipKey): Promise<CurationResult<boolean>> {
  assertInputLengths(key);
  const { relation, from, to, qualifier } = key;

  await curatorTransaction(ctx, async (tx) => {
    const matches = (await findRelationships(tx, from, [relation], 'OUTGOING')).filter(
      (e) => e.to === to && (qualifier === undefined || e.props.key === qualifier),
    );
    const [match] = matches;
    if (!match) {
      throw createError(
        ErrorCode.NOT_FOUND,
        `There is no ${relation} relationship from "${from}" to "${to}"${qualifier ? ` with ${qualifier}` : ''}. The edges field of either node lists its relationships.`,
        { from, to, relation },
      );
    }
    if (matches.length > 1) {
      const keys = matches.map((m) => String(m.props.key)).join(', ');
      throw badUserInput(
        'input',
        `${matches.length} ${relation} relationships join "${from}" to "${to}" (${keys}); give role or how to choose one.`,
      );
    }
    assertCuratorOwnedRelationship(match);
    const [row] = await tx.run('curator-delete-relationship', { type: relation, from, to, key: String(match.props.key ?? '') });
    // The relationship was read in this transaction, so anything but one deletion is a concurrent change.
    if ((row?.deleted ?? 0) !== 1) {
      throw createError(
        ErrorCode.CONFLICT,
        `The ${relation} relationship from "${from}" to "${to}" changed while it was being removed; read it again and retry.`,
      );
    }
    await recordRevision(tx, ctx, {
      subject: relationshipId(match),
      about: [from, to],
      operation: 'DELETE',
      before: toRelationshipSnapshot(match),
      after: null,
    });
  });

  ctx.log.info({ curator: ctx.curator, type: relation, from, to }, 'curator removed a relationship');
  return { result: true, touched: [from, to], written: [] };
}
