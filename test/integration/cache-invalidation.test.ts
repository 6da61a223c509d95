/**
 * Two API instances with the read cache on, over one Neo4j: a write through one is seen through
 * the other within a second (the graph version poll, src/db/createDb.ts), not after the 60 s TTL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/createDb.js';
import { startTestKizuna, type TestKizuna } from './support/startTestKizuna.js';
import { openTestDb, restoreSeededGraph } from './support/testDb.js';

const CURATOR_TOKEN = 'curator-token-0123456789abcdef';
const CURATOR = { authorization: `Bearer ${CURATOR_TOKEN}` };
const STATS = { 'x-kizuna-stats': '1' };

const ROUNDS = 20;
const POLL_TRIES = 40;
const POLL_EVERY_MS = 50;
const WITHIN_MS = 1_000;

/** Verbatim in seeds/sources/000_….txt (the 2023 MOC), as in curator-writes.test.ts. */
const evidence = [{ source: 'doc-moc-2023', locator: '§6.1', excerpt: 'This MOC is not legally binding.' }];

const UPSERT = /* GraphQL */ `
  mutation ($input: InstrumentInput!) {
    upsertInstrument(input: $input) {
      id
      title
    }
  }
`;
const READ = /* GraphQL */ `
  query ($id: ID!) {
    instrument(id: $id) {
      id
      title
    }
  }
`;

type Read = { instrument: { id: string; title: string } | null };

let a: TestKizuna;
let b: TestKizuna;
let db: Db;

beforeAll(async () => {
  // Ids of its own (moc-2099-cache-*), and the seeded graph put back afterwards, as the other
  // writing tests do: no other file sees what this one creates.
  db = openTestDb();
  await restoreSeededGraph(db);
  const env = { KIZUNA_TOKENS: `${CURATOR_TOKEN}:curator:alice`, SEED_ON_START: 'false', READ_CACHE_TTL_MS: '60000' };
  a = await startTestKizuna(env);
  b = await startTestKizuna(env);
});

afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await restoreSeededGraph(db);
  await db.close();
});

/** Reads `id` through B asking for its round trips (the test helper drops `extensions`). */
async function readWithStats(id: string): Promise<{ code?: string; stats: unknown }> {
  const res = await fetch(`${b.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...STATS },
    body: JSON.stringify({ query: READ, variables: { id } }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[]; extensions?: { stats?: unknown } };
  return { code: body.errors?.[0]?.extensions?.code, stats: body.extensions?.stats };
}

/** Polls B (at most POLL_TRIES reads, POLL_EVERY_MS apart) until `seen` holds; the ms since `since`, or undefined. */
async function untilSeen(id: string, seen: (res: Read | null | undefined) => boolean, since: number): Promise<number | undefined> {
  for (let attempt = 0; attempt < POLL_TRIES; attempt += 1) {
    const res = await b.graphql<Read>(READ, { id });
    if (seen(res.data)) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
  }
  return undefined;
}

describe('the read cache across two API instances', () => {
  it(`shows a write through one instance on the other within ${WITHIN_MS} ms, ${ROUNDS} times`, async () => {
    const delays: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      // Even rounds create an instrument B has cached as NOT_FOUND; odd rounds retitle the one B
      // has just cached with its old title.
      const id = `moc-2099-cache-${Math.floor(round / 2)}`;
      const creating = round % 2 === 0;
      const title = creating ? `Cache test memorandum ${round}` : `Cache test memorandum ${round - 1}, revised`;

      await b.graphql<Read>(READ, { id });
      // B now answers from its cache: without the version poll it would keep this answer for 60 s.
      const cached = await readWithStats(id);
      expect(cached.stats).toEqual({ roundTrips: 0, cacheHits: 1 });
      expect(cached.code).toBe(creating ? 'NOT_FOUND' : undefined);

      const write = await a.graphql<{ upsertInstrument: { id: string; title: string } }>(
        UPSERT,
        { input: { id, kind: 'MOC', title, signedOn: '2099-04', legallyBinding: 'FALSE', countries: ['canada', 'japan'], evidence } },
        CURATOR,
      );
      expect(write.errors).toBeUndefined();
      expect(write.data?.upsertInstrument).toEqual({ id, title });
      const acknowledged = Date.now();

      const delay = await untilSeen(id, (data) => data?.instrument?.title === title, acknowledged);
      expect(delay, `round ${round}: B never saw the write`).toBeDefined();
      delays.push(delay!);
    }
    const max = Math.max(...delays);
    console.log(`cross-instance invalidation over ${ROUNDS} rounds: max ${max} ms, rounds ${delays.join(', ')} ms`);
    for (const [round, delay] of delays.entries()) expect(delay, `round ${round}`).toBeLessThanOrEqual(WITHIN_MS);
  });
});
