/**
 * Adds one relationship between existing nodes (seeded or curator-made), or updates one a curator
 * added, in one write transaction and with the seed validator's rules: allowed endpoint kinds
 * (src/model/vocabulary.ts), qualifiers, evidence with verbatim excerpts. A seeded relationship with
 * the same key is refused (CONFLICT) rather than overwritten.
 */
import type { EdgeRecord } from '../model/records.js';
import { relationshipRow } from '../seed/loadSeedGraph.js';
import { validateRelationship } from '../seed/validateSeeds.js';
import { assertCuratorOwnedRelationship } from './assertCuratorOwned.js';
import { createProblemsError } from './createProblemsError.js';
import type { CurationContext, CurationResult } from './curationContext.js';
import { assertNoCycles, assertNoSelfRelationships } from '../db/assertGraphInvariants.js';
import { findExistingNodes, findRelationships, referencedIds, toExistingNodes } from './findExisting.js';
import { assertInputLengths } from './inputLimits.js';
import { stampProvenance } from './stampProvenance.js';
import { recordRevision } from './recordRevision.js';
import { readRelationshipSnapshot, relationshipId, toRelationshipSnapshot } from './recordSnapshot.js';
import { missingEndpoints, type SeedRecord } from './upsertRecord.js';
import { curatorTransaction } from './curatorTransaction.js';

/**
 * Adds (or updates a curator-made) relationship from a seed-style record { type, from, to, role?,
 * how?, evidence, … }, returning it as stored. Errors: BAD_USER_INPUT listing every problem,
 * CONFLICT for a seeded relationship or an endpoint removed meanwhile; nothing written on error.
 */
export async function addRelationship(ctx: CurationContext, record: SeedRecord): Promise<CurationResult<EdgeRecord>> {
  // Before any database work: Neo4j cannot index an over-long value and would fail the write.
  assertInputLengths(record);
  const by = { name: ctx.curator, at: (ctx.now?.() ?? new Date()).toISOString() };

  const edge = await curatorTransaction(ctx, async (tx) => {
    const existing = await findExistingNodes(tx, referencedIds(record));
    // Stryker disable next-line StringLiteral: the file name only reaches Problem.file, which toInputProblem drops; one relationship's messages never quote it.
    const { graph, problems } = validateRelationship({ path: 'input', data: record }, ctx.readSourceText, {
      existing: toExistingNodes(existing),
    });
    const [rel] = graph.relationships;
    if (problems.length > 0 || !rel) throw createProblemsError(problems);

    const previous = (await findRelationships(tx, rel.from, [rel.type], 'OUTGOING')).find(
      (e) => e.to === rel.to && String(e.props.key ?? '') === rel.key,
    );
    assertCuratorOwnedRelationship(previous);
    assertNoSelfRelationships([rel]);
    const row = relationshipRow({ ...rel, props: stampProvenance(rel.props, previous?.props, by) });
    const [result] = await tx.run('seed-upsert-relationships', { rows: [row], origin: 'curator' });
    if ((result?.missing ?? 0) > 0) throw missingEndpoints();
    // After the write, in the same transaction: a cycle found throws and rolls it back.
    await assertNoCycles(tx, [rel]);
    const after = await readRelationshipSnapshot(tx, { type: rel.type, from: rel.from, to: rel.to, key: rel.key });
    await recordRevision(tx, ctx, {
      subject: relationshipId({ type: rel.type, from: rel.from, to: rel.to, props: { key: rel.key } }),
      about: [rel.from, rel.to],
      operation: previous ? 'UPDATE' : 'CREATE',
      before: toRelationshipSnapshot(previous),
      after,
      at: by.at,
    });
    return { type: rel.type, from: rel.from, to: rel.to, props: { ...row.props, key: rel.key, hash: row.hash, origin: 'curator' } };
  });

  ctx.log.info({ curator: by.name, type: edge.type, from: edge.from, to: edge.to }, 'curator added a relationship');
  return { result: edge, touched: [edge.from, edge.to], written: [] };
}
