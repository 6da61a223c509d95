/** Reads and validates every seed file; the graph is returned only when there is no problem. */
import type { SeedGraph } from '../model/vocabulary.js';
import { createSourceTextReader, readSeedFiles, seedsDir } from './readSeedFiles.js';
import { validateSeeds, type Problem } from './validateSeeds.js';

export function checkSeeds(dir: string = seedsDir): { graph: SeedGraph; problems: Problem[] } {
  const read = readSeedFiles(dir);
  const { graph, problems } = validateSeeds(read.files, createSourceTextReader(dir));
  return { graph, problems: [...read.problems, ...problems] };
}
