/**
 * Enforces the graph invariants (src/model/graphInvariants.ts) on a write, inside its transaction:
 * self-relationships are refused outright, and after the write the relationships of acyclic types
 * and the succession steps just written are checked against the whole stored graph
 * (cypher/invariant-cycles.cypher, cypher/invariant-succession-cycles.cypher). Throwing rolls the
 * transaction back, so a refused write leaves the graph unchanged.
 */
import type { GraphQLError } from 'graphql';
import type { Tx } from './createDb.js';
import { createError, ErrorCode } from '../errors.js';
import {
  cycleMessage,
  InvariantCode,
  isAcyclicType,
  selfRelationshipMessage,
  SUCCESSION,
  successionSteps,
} from '../model/graphInvariants.js';

/** A relationship as the checks need it. */
type Written = { type: string; from: string; to: string };

/**
 * BAD_USER_INPUT for a broken invariant: the message names it (and the cycle), extensions.invariant
 * is the stable sub-code (SELF_RELATIONSHIP or CYCLE), extensions.problems lists it under `input`
 * like the validator's problems, and a cycle's ids are in extensions.cycle.
 */
export function invariantError(code: InvariantCode, message: string, cycle?: readonly string[]): GraphQLError {
  return createError(ErrorCode.BAD_USER_INPUT, message, {
    invariant: code,
    problems: [{ path: 'input', message }],
    ...(cycle ? { cycle: [...cycle] } : {}),
  });
}

/** Throws SELF_RELATIONSHIP for the first relationship joining a node to itself; call before writing. */
export function assertNoSelfRelationships(relationships: readonly Written[]): void {
  const self = relationships.find((r) => r.from === r.to);
  if (self) throw invariantError(InvariantCode.SELF_RELATIONSHIP, selfRelationshipMessage(self.type, self.from));
}

/**
 * Throws CYCLE when a relationship just written (in `tx`, not yet committed) closes a cycle of its
 * acyclic type, or a succession step does; the message names the first cycle found, e.g.
 * "BUILDS_ON would close a cycle: moc-2023 → roadmap-2026 → moc-2023". Call after writing, in the
 * same transaction, so relationships written together are checked together. At most two reads.
 */
export async function assertNoCycles(tx: Tx, relationships: readonly Written[]): Promise<void> {
  const edges = relationships.filter((r) => isAcyclicType(r.type) && r.from !== r.to).map(({ type, from, to }) => ({ type, from, to }));
  const steps = successionSteps(relationships).map(({ from, to }) => ({ from, to }));
  // Serialise the checks of concurrent writes (see cypher/write-lock.cypher), or two writes
  // each adding half of a cycle both pass.
  if (edges.length > 0 || steps.length > 0) await tx.run('write-lock', {});
  if (edges.length > 0) {
    const [found] = await tx.run('invariant-cycles', { edges });
    if (found)
      throw invariantError(InvariantCode.CYCLE, cycleMessage(found.type, [found.from, ...found.path]), [found.from, ...found.path]);
  }
  if (steps.length > 0) {
    const [found] = await tx.run('invariant-succession-cycles', { steps });
    if (found)
      throw invariantError(InvariantCode.CYCLE, cycleMessage(SUCCESSION, [found.from, ...found.path]), [found.from, ...found.path]);
  }
}
