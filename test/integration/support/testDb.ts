/** A Db on the test Neo4j, seeded from the real seed files, for tests below the HTTP layer. */
import { inject } from 'vitest';
import { createDb, type Db } from '../../../src/db/createDb.js';
import { checkSeeds } from '../../../src/seed/checkSeeds.js';
import { loadSeedGraph } from '../../../src/seed/loadSeedGraph.js';

export function openTestDb(): Db {
  const neo4j = inject('neo4j');
  return createDb({
    uri: neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    database: neo4j.database,
    connectionTimeoutMs: 5_000,
  });
}

/** Puts the graph back to exactly the seed files, so a test that wrote leaves nothing behind. */
export async function restoreSeededGraph(db: Db): Promise<void> {
  await db.applySchema();
  const { graph, problems } = checkSeeds();
  if (problems.length > 0) throw new Error(`seed files invalid: ${problems.length} problems`);
  await loadSeedGraph(db, graph, { reset: true });
}
