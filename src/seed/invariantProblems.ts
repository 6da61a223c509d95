/**
 * The graph invariants (src/model/graphInvariants.ts) a seed graph breaks, as seed problems naming
 * the file and record that declare the offending relationship, so `npm run seed:check` lists them
 * with the rest and the loader refuses the graph.
 */
import { findInvariantViolations } from '../model/graphInvariants.js';
import type { SeedGraph } from '../model/vocabulary.js';
import type { Problem } from './validateSeeds.js';

/** One Problem per violation: file and record from the relationship's origin ("file › record…"), field its type. */
export function invariantProblems(graph: SeedGraph): Problem[] {
  return findInvariantViolations(graph.relationships).map(({ relationship, message }) => {
    const [file = '', ...rest] = relationship.origin.split(' › ');
    return { file, record: rest.join(' › '), field: relationship.type, message };
  });
}
