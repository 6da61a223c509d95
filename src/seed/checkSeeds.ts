/** Reads and validates every seed file; the graph is returned only when there is no problem. */
import type { SeedGraph } from '../model/vocabulary.js';
import { createSourceTextReader, readSeedFiles, seedsDir } from './readSeedFiles.js';
import { checkSeedShape } from './checkSeedShape.js';
import { validateSeeds, type Problem } from './validateSeeds.js';
import { invariantProblems } from './invariantProblems.js';

/**
 * Each file's shape against seeds/schema.json (unknown keys, kinds, required fields), and the checks
 * across records (references, excerpts, ids), in one run so a curator sees every problem at once. A
 * field the schema already faults is not reported a second time by the cross-record pass.
 */
export function checkSeeds(dir: string = seedsDir): { graph: SeedGraph; problems: Problem[] } {
  const read = readSeedFiles(dir);
  const shape = read.files.flatMap(checkSeedShape);
  const { graph, problems } = validateSeeds(read.files, createSourceTextReader(dir));
  // The two passes name a nested field differently ("x › parties[0]" + "role" vs "x" + "parties[0].role").
  const where = (p: Problem): string => `${p.file}|${p.record} › ${p.field}`.replace(/ › /g, '.');
  const faulted = new Set(shape.map(where));
  const rest = problems.filter((p) => !faulted.has(where(p)));
  // Self-relationships and cycles (src/model/graphInvariants.ts), the rules curator writes obey too.
  return { graph, problems: [...read.problems, ...shape, ...rest, ...invariantProblems(graph)] };
}
