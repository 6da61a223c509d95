/**
 * N+1 freedom, proved by counting database round trips (the x-kizuna-stats header) on a graph
 * enlarged with synthetic instruments. Listing instruments with their parties, technology areas and
 * each party's successors is one statement with the statement planner (src/graphql/plan), and at
 * most 4 without it (STATEMENT_PLANNER=false: the page, the edges of all listed instruments, the
 * successions of all parties, by level through the loaders) — whatever the number of rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/createDb.js';
import type { GraphNode, GraphRelationship } from '../../src/model/vocabulary.js';
import { checkSeeds } from '../../src/seed/checkSeeds.js';
import { loadSeedGraph } from '../../src/seed/loadSeedGraph.js';
import { openTestDb, restoreSeededGraph } from './support/testDb.js';
import { startTestKizuna, type TestKizuna } from './support/startTestKizuna.js';

const ROUND_TRIP_BOUND = 4;
let db: Db;
let kizuna: TestKizuna;
let unplanned: TestKizuna;

const evidence = [{ source: 'doc-moc-2023', locator: 'test', excerpt: 'synthetic test data' }];
const ev = { evSource: ['doc-moc-2023'], evLocator: ['test'], evExcerpt: ['synthetic test data'], evNote: [''] };

function syntheticGraph(count: number): { nodes: GraphNode[]; relationships: GraphRelationship[] } {
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  const parties = ['meti', 'ised', 'nrc', 'jetro', 'miti', 'drie'];
  const areas = ['quantum', 'semiconductors', 'microelectronics', 'life-sciences'];
  for (let i = 0; i < count; i += 1) {
    const id = `synthetic-instrument-${String(i).padStart(3, '0')}`;
    nodes.push({
      label: 'Instrument',
      id,
      props: { id, kind: 'moc', title: `Synthetic ${i}`, date: '2000-01-01', year: 2000, ...ev },
      evidence,
      origin: 'test',
    });
    for (const [k, party] of [parties[i % 6], parties[(i + 1) % 6]].entries()) {
      relationships.push({
        type: 'PARTICIPATES_IN',
        from: party!,
        to: id,
        key: `participant-${k}`,
        props: { role: 'participant', ...ev },
        evidence,
        origin: 'test',
      });
    }
    for (const area of [areas[i % 4], areas[(i + 2) % 4]]) {
      relationships.push({ type: 'COVERS', from: id, to: area!, key: 'listed', props: { how: 'listed', ...ev }, evidence, origin: 'test' });
    }
  }
  return { nodes, relationships };
}

beforeAll(async () => {
  db = openTestDb();
  const { graph } = checkSeeds();
  const extra = syntheticGraph(80);
  await loadSeedGraph(db, { nodes: [...graph.nodes, ...extra.nodes], relationships: [...graph.relationships, ...extra.relationships] });
  // The read cache off: these tests measure the shape of the queries, not how often they can be skipped.
  kizuna = await startTestKizuna({ SEED_ON_START: 'false', READ_CACHE_TTL_MS: '0' });
  unplanned = await startTestKizuna({ SEED_ON_START: 'false', READ_CACHE_TTL_MS: '0', STATEMENT_PLANNER: 'false' });
});
afterAll(async () => {
  await kizuna?.stop();
  await unplanned?.stop();
  await restoreSeededGraph(db);
  await db.close();
});

const LIST = `query($first: Int!) { instruments(first: $first) {
  totalCount
  nodes { id title parties { role institution { id name successors { institution { id name } changeEvent { id } } } } technologyAreas { how technologyArea { id name } } }
} }`;

async function roundTrips(first: number, server: TestKizuna = kizuna): Promise<{ trips: number; rows: number }> {
  const res = await server.graphql<{ instruments: { nodes: unknown[] } }>(LIST, { first }, { 'x-kizuna-stats': '1' });
  expect(res.errors).toBeUndefined();
  const body = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kizuna-stats': '1' },
    body: JSON.stringify({ query: LIST, variables: { first } }),
  });
  const json = (await body.json()) as { extensions: { stats: { roundTrips: number } }; data: { instruments: { nodes: unknown[] } } };
  return { trips: json.extensions.stats.roundTrips, rows: json.data.instruments.nodes.length };
}

describe('database round trips', () => {
  it("listing 50 instruments with parties, areas and each party's successors is one statement", async () => {
    const { trips, rows } = await roundTrips(50);
    expect(rows).toBe(50);
    expect(trips).toBe(1);
  });

  it(`without the planner it costs at most ${ROUND_TRIP_BOUND}, by level`, async () => {
    const { trips, rows } = await roundTrips(50, unplanned);
    expect(rows).toBe(50);
    expect(trips).toBeGreaterThan(1);
    expect(trips).toBeLessThanOrEqual(ROUND_TRIP_BOUND);
  });

  it('costs the same for 5, 50 and 100 rows, planned or not', async () => {
    for (const server of [kizuna, unplanned]) {
      const counts = await Promise.all([5, 50, 100].map((n) => roundTrips(n, server)));
      expect(counts.map((c) => c.rows)).toEqual([5, 50, 100]);
      expect(new Set(counts.map((c) => c.trips)).size).toBe(1);
    }
  });

  it('lineage of depth d costs at most d + 1 round trips', async () => {
    const body = await fetch(`${kizuna.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kizuna-stats': '1' },
      body: JSON.stringify({
        query:
          '{ lineage(id: "moc-2023-industrial-science-technology", maxDepth: 6) { nodes { id } edges { relation from { id } to { id } year } } }',
      }),
    });
    const json = (await body.json()) as { extensions: { stats: { roundTrips: number } } };
    expect(json.extensions.stats.roundTrips).toBeLessThanOrEqual(7);
  });
});
