/**
 * Creates or updates one record of any curated kind (instrument, institution, technology area, mechanism,
 * event, country, change event, policy topic, post, person, provision, figure) from a curator's input, in one
 * write transaction: look up what the input refers to, validate with the seed validator against
 * those existing nodes, refuse seeded records (CONFLICT), then write with the seed upsert
 * statements under origin 'curator'. Any problem throws before the first write, and any failure
 * rolls the transaction back, so nothing is ever half-written. The write's revision (who, when, why,
 * the record before and after) is recorded in the same transaction (src/curation/recordRevision.ts).
 */
import type { Tx } from '../db/createDb.js';
import { createError, ErrorCode } from '../errors.js';
import { edgeKey, type NodeRecord } from '../model/records.js';
import { relationshipKey, type GraphNode, type GraphRelationship } from '../model/vocabulary.js';
import { nodeRow, relationshipRow } from '../seed/loadSeedGraph.js';
import { validateSeeds } from '../seed/validateSeeds.js';
import { assertCuratorOwnedNode, assertCuratorOwnedRelationship } from './assertCuratorOwned.js';
import { assertInputLengths } from './inputLimits.js';
import { createProblemsError } from './createProblemsError.js';
import type { CurationContext, CurationResult } from './curationContext.js';
import { assertNoCycles, assertNoSelfRelationships } from '../db/assertGraphInvariants.js';
import { findExistingNodes, findRelationships, referencedIds, toExistingNodes } from './findExisting.js';
import { assertNotRetired, readRecordSnapshot } from './recordSnapshot.js';
import { recordUpsertRevision } from './recordRevision.js';
import { stampProvenance, type Provenance } from './stampProvenance.js';
import { curatorTransaction } from './curatorTransaction.js';

/** A record as a seed file holds it (docs/curating.md): what a curator input is turned into. */
export type SeedRecord = Record<string, unknown>;

/** The seed-file lists a curator may write to, and the label of their records. */
export interface CuratedSections {
  instruments: 'Instrument';
  institutions: 'Institution';
  technologyAreas: 'TechnologyArea';
  mechanisms: 'Mechanism';
  events: 'Event';
  countries: 'Country';
  changeEvents: 'ChangeEvent';
  policyTopics: 'PolicyTopic';
  posts: 'Post';
  people: 'Person';
  provisions: 'Provision';
  figures: 'Figure';
}

const labels: { [S in keyof CuratedSections]: CuratedSections[S] } = {
  instruments: 'Instrument',
  institutions: 'Institution',
  technologyAreas: 'TechnologyArea',
  mechanisms: 'Mechanism',
  events: 'Event',
  countries: 'Country',
  changeEvents: 'ChangeEvent',
  policyTopics: 'PolicyTopic',
  posts: 'Post',
  people: 'Person',
  provisions: 'Provision',
  figures: 'Figure',
};

/**
 * The position (0-based, document order) of curator provision `id` among instrument `of`'s: an update
 * keeps the one it had; one being put back (restore, revert) takes `order` when no other provision
 * holds it; a new provision (or one moved to another instrument) goes after the last.
 */
export async function provisionPosition(tx: Tx, id: string, of: string, order: number | null = null): Promise<number> {
  const [row] = await tx.run('curator-next-provision-position', { of, id, order });
  return Number(row?.position ?? 0);
}

/**
 * The links a record of these kinds is the only definition of (its seed format lists them and no other
 * mutation writes them: addRelationship takes none of these types), by type and direction from the
 * record. An upsert replaces them: a provision moved to another instrument leaves the first, a change
 * event's originals and results are the ones given (a stale original could close a succession cycle).
 * Other kinds keep the documented rule: listed relationships are added or updated, others stay.
 */
const ownedLinks: Partial<Record<keyof CuratedSections, { type: string; direction: 'OUTGOING' | 'INCOMING' }[]>> = {
  provisions: [
    { type: 'HAS_PROVISION', direction: 'INCOMING' },
    { type: 'ACTS_IN', direction: 'INCOMING' },
    { type: 'ADDRESSES', direction: 'OUTGOING' },
    { type: 'MENTIONS', direction: 'OUTGOING' },
  ],
  figures: [{ type: 'ABOUT', direction: 'OUTGOING' }],
  changeEvents: [
    { type: 'ORIGINAL_ORGANIZATION', direction: 'OUTGOING' },
    { type: 'RESULTING_ORGANIZATION', direction: 'OUTGOING' },
  ],
  posts: [
    { type: 'POST_IN', direction: 'OUTGOING' },
    { type: 'PARTICIPATES_IN', direction: 'OUTGOING' },
  ],
  people: [
    { type: 'HOLDS', direction: 'OUTGOING' },
    { type: 'PARTICIPATES_IN', direction: 'OUTGOING' },
  ],
};

/** CONFLICT: an endpoint vanished between validation and write (a concurrent removal). */
export const missingEndpoints = (): Error =>
  createError(ErrorCode.CONFLICT, 'A node this write refers to was removed while it was being written. Nothing was written; try again.');

/**
 * Creates or updates the record (a seed record of `section`), returning the node as written and
 * every id it touched. Errors: BAD_USER_INPUT listing every problem (extensions.problems), CONFLICT
 * for a seeded record or an id of another kind; nothing is written when any is thrown.
 */
export async function upsertRecord<S extends keyof CuratedSections>(
  ctx: CurationContext,
  section: S,
  record: SeedRecord,
): Promise<CurationResult<NodeRecord<CuratedSections[S]>>> {
  // Before any database work: Neo4j cannot index an over-long value and would fail the write.
  assertInputLengths(record);
  const label = labels[section];
  const id = String(record.id);
  const by: Provenance = { name: ctx.curator, at: (ctx.now?.() ?? new Date()).toISOString() };

  const { written, touched } = await curatorTransaction(ctx, async (tx) => {
    const existing = await findExistingNodes(tx, referencedIds(record));
    assertCuratorOwnedNode(existing.get(id), id, label);
    // The record as it stood, for its revision; a retired record's id may not be taken over.
    const before = await readRecordSnapshot(tx, id);
    assertNotRetired(before, id);
    const { graph, problems } = validateSeeds([{ path: 'input', data: { [section]: [record] } }], ctx.readSourceText, {
      existing: toExistingNodes(existing),
    });
    if (problems.length > 0) throw createProblemsError(problems);

    // Names and date claims have derived ids: look them up too, to keep their creator and refuse any seeded one.
    const previousNodes = await findExistingNodes(
      tx,
      graph.nodes.map((n) => n.id),
    );
    const position = label === 'Provision' ? await provisionPosition(tx, id, String(record.of)) : undefined;
    const nodes: GraphNode[] = graph.nodes.map((n) => {
      const previous = previousNodes.get(n.id);
      assertCuratorOwnedNode(previous, n.id, n.label);
      const props = position !== undefined && n.id === id ? { ...n.props, order: position } : n.props;
      return { ...n, props: stampProvenance(props, previous?.props, by) };
    });
    const previousRelationships = new Map((await findRelationships(tx, id, [], 'BOTH')).map((e) => [edgeKey(e), e]));
    const relationships: GraphRelationship[] = graph.relationships.map((r) => {
      const previous = previousRelationships.get(relationshipKey(r));
      assertCuratorOwnedRelationship(previous);
      return { ...r, props: stampProvenance(r.props, previous?.props, by) };
    });

    assertNoSelfRelationships(relationships);
    const nodeRows = nodes.map(nodeRow);
    await tx.run('seed-upsert-nodes', { rows: nodeRows, origin: 'curator' });
    const [rels] = await tx.run('seed-upsert-relationships', { rows: relationships.map(relationshipRow), origin: 'curator' });
    if ((rels?.missing ?? 0) > 0) throw missingEndpoints();
    const listed = new Set(relationships.map(relationshipKey));
    const unlinked: string[] = [];
    for (const edge of previousRelationships.values()) {
      const owned = ownedLinks[section]?.some((o) => o.type === edge.type && (o.direction === 'OUTGOING') === (edge.from === id));
      if (!owned || listed.has(edgeKey(edge))) continue;
      unlinked.push(edge.from, edge.to);
      await tx.run('curator-delete-relationship', { type: edge.type, from: edge.from, to: edge.to, key: String(edge.props.key ?? '') });
    }
    // After the write, in the same transaction: a cycle found throws and rolls it back.
    await assertNoCycles(tx, relationships);
    await tx.run('curator-delete-stale-values', { owner: id, keep: nodes.filter((n) => n.id !== id).map((n) => n.id) });

    const row = nodeRows.find((r) => r.id === id);
    // Stryker disable next-line OptionalChaining: validation passed, so the record's own node is always among the rows written and row is never undefined.
    const written: NodeRecord<CuratedSections[S]> = { label, id, props: { ...row?.props, hash: row?.hash, origin: 'curator', id } };
    await recordUpsertRevision(tx, ctx, id, before, by.at);
    return { written, touched: new Set([...nodes.map((n) => n.id), ...relationships.flatMap((r) => [r.from, r.to]), ...unlinked]) };
  });

  ctx.log.info({ curator: by.name, label, id }, 'curator upserted a record');
  return { result: written, touched: [...touched], written: [written] };
}
