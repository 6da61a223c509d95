/** Every misuse gets a stable code and a message a person can act on; nothing crashes or leaks a stack trace. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/http/createServer.js';
import { createDb } from '../../src/db/createDb.js';
import { createLogger } from '../../src/logger.js';
import { freePort } from '../../src/db/startLocalNeo4j.js';
import { startTestKizuna, testConfig, type TestKizuna } from './support/startTestKizuna.js';

let kizuna: TestKizuna;
beforeAll(async () => {
  kizuna = await startTestKizuna();
});
afterAll(async () => {
  await kizuna?.stop();
});

async function expectCode(query: string, code: string, message: RegExp, variables?: Record<string, unknown>): Promise<void> {
  const res = await kizuna.graphql(query, variables);
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  expect(res.errors?.[0]?.message).toMatch(message);
  expect(JSON.stringify(res)).not.toMatch(/\.ts:\d+|\.js:\d+|stacktrace/);
}

describe('misuse', () => {
  it.each([
    ['{ instrument(id: "nope") { id } }', /"nope"/],
    ['{ institution(id: "moc-2023-industrial-science-technology") { id } }', /No institution has the id/],
    ['{ lineage(id: "nope") { root { id } } }', /"nope"/],
    ['{ path(from: "meti", to: "nope") { length } }', /"nope"/],
    ['{ overlap(ids: ["moc-2023-industrial-science-technology", "nope"]) { score } }', /No instrument has the id "nope"/],
    ['{ graph(ids: ["nope"]) { truncated } }', /"nope"/],
    ['{ instruments(filter: { participant: "nope" }) { totalCount } }', /No institution has the id "nope"/],
  ])('%s → NOT_FOUND', async (query, message) => {
    await expectCode(query, 'NOT_FOUND', message);
  });

  it.each([
    ['{ overlap(ids: ["moc-2023-industrial-science-technology"]) { score } }', /ids: needs at least two/],
    ['{ overlap(ids: ["mou-2019-nrc-aist", "mou-2019-nrc-aist"]) { score } }', /ids: needs at least two different/],
    ['{ lineage(id: "meti", maxDepth: 0) { root { id } } }', /maxDepth: must be a whole number from 1 to 10; got 0/],
    ['{ lineage(id: "meti", maxDepth: 11) { root { id } } }', /maxDepth: must be a whole number from 1 to 10; got 11/],
    [
      '{ lineage(id: "canada") { root { id } } }',
      /lineage starts from an instrument, institution, technology area, policy topic or provision/,
    ],
    ['{ instruments(first: 101) { totalCount } }', /first: must be a whole number from 1 to 100; got 101/],
    ['{ instruments(first: -5) { totalCount } }', /first: must be a whole number from 1 to 100/],
    ['{ instruments(after: "not-a-cursor") { totalCount } }', /after: is not a cursor this API returned/],
    ['{ search(text: "") { score } }', /text: must not be empty/],
    ['{ search(text: "   ") { score } }', /text: must not be empty/],
    ['{ search(text: "quantum", first: 1000) { score } }', /first: must be a whole number from 1 to 100/],
    ['{ path(from: "meti", to: "miti", maxLength: 99) { length } }', /maxLength: must be a whole number from 1 to 10/],
    ['{ timeline(from: 2000, to: 1990) { year } }', /to: must not be before from/],
    ['{ timeline(from: 0, to: 5000) { year } }', /at most 200 years/],
    ['{ timeline(from: 1900, to: 2100) { year } }', /at most 200 years; got 201/],
    ['{ graph(ids: ["meti"], depth: 4) { truncated } }', /depth: must be a whole number from 1 to 3/],
  ])('%s → BAD_USER_INPUT', async (query, message) => {
    await expectCode(query, 'BAD_USER_INPUT', message);
  });

  it('rejects an over-long search text', async () => {
    await expectCode('query($t: String!) { search(text: $t) { score } }', 'BAD_USER_INPUT', /at most 300 characters; got 500/, {
      t: 'x'.repeat(500),
    });
    // Counted after NFKC, which expands some characters: 40 × "ﷺ" is 720 characters to search for.
    await expectCode('query($t: String!) { search(text: $t) { score } }', 'BAD_USER_INPUT', /at most 300 characters once normalised/, {
      t: '\ufdfa'.repeat(40),
    });
    await expectCode('query($p: String!) { suggest(prefix: $p) { title } }', 'BAD_USER_INPUT', /at most 100 characters once normalised/, {
      p: '\u3300'.repeat(100),
    });
    // Counted as a reader counts them: 300 emoji or accented letters written with a combining accent are 300 characters.
    for (const t of ['😀'.repeat(300), 'e\u0301'.repeat(300)]) {
      const res = await kizuna.graphql('query($t: String!) { search(text: $t, first: 1) { score } }', { t });
      expect(res.errors).toBeUndefined();
    }
  });

  it('rejects a query deeper than the limit, readably', async () => {
    // 13 levels of fields; inline fragments add none (test/integration/cost-limits.test.ts).
    const deep =
      '{ instrument(id: "mou-2019-nrc-aist") { parties { institution { participations { target { ... on Instrument { parties { institution { participations { target { ... on Instrument { parties { institution { participations { role } } } } } } } } } } } } } } }';
    await expectCode(deep, 'GRAPHQL_VALIDATION_FAILED', /Query depth limit of 12 exceeded, found 13/);
  });

  it('rejects an alias bomb', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: instrument(id: "mou-2019-nrc-aist") { id }`).join(' ');
    await expectCode(`{ ${aliases} }`, 'GRAPHQL_VALIDATION_FAILED', /aliases/i);
  });

  it('rejects a query with too many tokens', async () => {
    const fields = Array.from({ length: 2500 }, () => 'id').join(' ');
    await expectCode(
      `{ instrument(id: "mou-2019-nrc-aist") { ${fields} } }`,
      'GRAPHQL_PARSE_FAILED',
      /Document contains more \w+ 2000 tokens/,
    );
    const res = await fetch(`${kizuna.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ instrument(id: "mou-2019-nrc-aist") { ${fields} } }` }),
    });
    expect(res.status).toBe(400);
  });

  it('rejects batched requests', async () => {
    const res = await fetch(`${kizuna.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ node(id: "meti") { id } }' }, { query: '{ node(id: "miti") { id } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('refuses a cursor passed to another order, filter or listing, instead of silently skipping rows', async () => {
    const endCursor = async (query: string): Promise<string> => {
      const res = await kizuna.graphql<Record<string, { pageInfo: { endCursor: string } }>>(query);
      return Object.values(res.data!)[0]!.pageInfo.endCursor;
    };
    const byTitle = await endCursor('{ instruments(orderBy: TITLE, first: 2) { pageInfo { endCursor } } }');
    const institutions = await endCursor('{ institutions(first: 2) { pageInfo { endCursor } } }');
    const why = /another listing, order or filter/;
    await expectCode('query($after: String) { instruments(orderBy: DATE, after: $after) { totalCount } }', 'BAD_USER_INPUT', why, {
      after: byTitle,
    });
    await expectCode('query($after: String) { instruments(after: $after) { totalCount } }', 'BAD_USER_INPUT', why, { after: institutions });
    await expectCode(
      'query($after: String) { instruments(orderBy: TITLE, filter: { kinds: [MOC] }, after: $after) { totalCount } }',
      'BAD_USER_INPUT',
      why,
      {
        after: byTitle,
      },
    );
    const same = await kizuna.graphql<{ instruments: { edges: { node: { id: string } }[] } }>(
      'query($after: String) { instruments(orderBy: TITLE, first: 2, after: $after) { edges { node { id } } } }',
      { after: byTitle },
    );
    expect(same.errors).toBeUndefined();
    expect(same.data!.instruments.edges).toHaveLength(2);
  });

  it('reports a syntax error with its position', async () => {
    await expectCode('{ instrument(id: ) }', 'GRAPHQL_PARSE_FAILED', /Syntax Error: Unexpected "\)"/);
  });
});

describe('when Neo4j is down', () => {
  it('answers SERVICE_UNAVAILABLE fast and /ready says not ready', async () => {
    const port = await freePort();
    const config = testConfig();
    const db = createDb({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'whatever-password', database: 'neo4j' });
    const server = await createServer(config, db, createLogger({ logLevel: 'silent' }), { schemaApplied: () => true });
    const apiPort = await server.listen(0, '127.0.0.1');
    try {
      const started = Date.now();
      const res = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ instrument(id: "mou-2019-nrc-aist") { id } }' }),
      });
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(body.errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors[0]?.message).toMatch(/Try again shortly/);
      const ready = await fetch(`http://127.0.0.1:${apiPort}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ ready: false, neo4j: false });
    } finally {
      await server.stop();
      await db.close();
    }
  });
});
