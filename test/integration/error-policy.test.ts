/**
 * One error policy (README "Errors"): a client mistake answers with a specific code and a 4xx
 * status when the request cannot be executed at all (body, parse, validation, variables, persisted
 * queries, over-long values), or 200 with the code when GraphQL over HTTP says so (an error from
 * executing a valid request; PERSISTED_QUERY_NOT_FOUND, which the APQ protocol answers with 200 so
 * the client resends the query). No client mistake is ever a 5xx or INTERNAL_SERVER_ERROR.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/createDb.js';
import { inputLimits } from '../../src/curation/inputLimits.js';
import { startTestKizuna, type TestKizuna } from './support/startTestKizuna.js';
import { openTestDb, restoreSeededGraph } from './support/testDb.js';

const CURATOR = 'Bearer curator-token-0123456789abcdef';
const evidence = [{ source: 'doc-moc-2023', locator: '§6.1', excerpt: 'This MOC is not legally binding.' }];
const long = (n: number): string => 'x'.repeat(n);

let kizuna: TestKizuna;
let db: Db;
beforeAll(async () => {
  db = openTestDb();
  await restoreSeededGraph(db);
  kizuna = await startTestKizuna({ KIZUNA_TOKENS: 'curator-token-0123456789abcdef:curator:alice' });
});
afterAll(async () => {
  await kizuna?.stop();
  if (db) {
    await restoreSeededGraph(db);
    await db.close();
  }
});

interface Answer {
  status: number;
  codes: string[];
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string; problems?: { path: string }[] } }[] };
}

async function send(init: { body?: string; method?: string; query?: string; headers?: Record<string, string> }): Promise<Answer> {
  const res = await fetch(`${kizuna.origin}/graphql${init.query ? `?${init.query}` : ''}`, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body,
  });
  const text = await res.text();
  const body = JSON.parse(text) as Answer['body'];
  const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
  // The policy itself: never a 5xx, never a masked error, always a code.
  expect(res.status, text).toBeLessThan(500);
  expect(codes, text).not.toContain('INTERNAL_SERVER_ERROR');
  expect(codes, text).not.toContain('(none)');
  return { status: res.status, codes, body };
}

const post = (payload: unknown, headers: Record<string, string> = {}): Promise<Answer> => send({ body: JSON.stringify(payload), headers });
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('request errors: 4xx with a specific code', () => {
  it.each<[string, () => Promise<Answer>, number, string]>([
    [
      'APQ with a wrong sha256Hash',
      () => post({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
      400,
      'PERSISTED_QUERY_HASH_MISMATCH',
    ],
    [
      'APQ version 2',
      () => post({ query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: sha256('{ __typename }') } } }),
      400,
      'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
    ],
    // The APQ protocol: 200, so the client resends the hash with its query.
    [
      'APQ with an unknown hash and no query',
      () => post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ unknown }') } } }),
      200,
      'PERSISTED_QUERY_NOT_FOUND',
    ],
    ['a subscription (the schema has none)', () => post({ query: 'subscription { __typename }' }), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['an unknown query field', () => post({ query: '{ nope }' }), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['an unknown mutation', () => post({ query: 'mutation { nope }' }), 400, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a mutation selecting a query field',
      () => post({ query: 'mutation { instrument(id: "meti") { id } }' }),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['a syntax error', () => post({ query: '{ instrument(id: ) }' }), 400, 'GRAPHQL_PARSE_FAILED'],
    ['malformed JSON', () => send({ body: '{"query": ' }), 400, 'BAD_REQUEST'],
    ['no query', () => post({ variables: {} }), 400, 'BAD_REQUEST'],
    ['a query that is not a string', () => post({ query: 42 }), 400, 'BAD_REQUEST'],
    ['variables that are not an object', () => post({ query: '{ __typename }', variables: 'nope' }), 400, 'BAD_REQUEST'],
    ['a batched array', () => post([{ query: '{ __typename }' }]), 400, 'BAD_REQUEST'],
    [
      'a text/plain body (CSRF prevention)',
      () => send({ body: '{"query":"{ __typename }"}', headers: { 'content-type': 'text/plain' } }),
      400,
      'BAD_REQUEST',
    ],
    [
      'GET with a mutation',
      () =>
        send({
          method: 'GET',
          query: `query=${encodeURIComponent('mutation { removeRelationship(input: {relation: CITES, from: "a", to: "b"}) }')}`,
          headers: { 'apollo-require-preflight': 'true' },
        }),
      405,
      'BAD_REQUEST',
    ],
    ['an unknown operationName', () => post({ query: 'query A { __typename }', operationName: 'B' }), 400, 'OPERATION_RESOLUTION_FAILURE'],
    [
      'two operations and no operationName',
      () => post({ query: 'query A { __typename } query B { __typename }' }),
      400,
      'OPERATION_RESOLUTION_FAILURE',
    ],
    [
      'a variable of the wrong type',
      () => post({ query: 'query($n: Int) { instruments(first: $n) { totalCount } }', variables: { n: 'ten' } }),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'a missing required variable',
      () => post({ query: 'query($id: ID!) { instrument(id: $id) { id } }', variables: {} }),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'an unknown enum value in a variable',
      () =>
        post({ query: 'query($k: [InstrumentKind!]) { instruments(filter: { kinds: $k }) { totalCount } }', variables: { k: ['NOPE'] } }),
      400,
      'BAD_USER_INPUT',
    ],
  ])('%s → %i %s', async (_name, request, status, code) => {
    const answer = await request();
    expect(answer.codes).toEqual([code]);
    expect(answer.status).toBe(status);
  });

  it('APQ with the right hash runs and registers the query', async () => {
    const query = '{ __typename }';
    const persistedQuery = { version: 1, sha256Hash: sha256(query) };
    expect((await post({ query, extensions: { persistedQuery } })).body.data).toEqual({ __typename: 'Query' });
    expect((await post({ extensions: { persistedQuery } })).body.data).toEqual({ __typename: 'Query' });
  });
});

describe('execution errors of a valid request: 200 with the code', () => {
  it.each<[string, () => Promise<Answer>, string]>([
    ['an unknown id', () => post({ query: '{ instrument(id: "nope") { id } }' }), 'NOT_FOUND'],
    ['an argument out of range', () => post({ query: '{ instruments(first: 101) { totalCount } }' }), 'BAD_USER_INPUT'],
    [
      'a curator write without a token',
      () => post({ query: 'mutation { removeRelationship(input: { relation: CITES, from: "a", to: "b" }) }' }),
      'UNAUTHENTICATED',
    ],
  ])('%s → 200 %s', async (_name, request, code) => {
    const answer = await request();
    expect(answer.codes).toEqual([code]);
    expect(answer.status).toBe(200);
  });
});

describe('over-long query arguments: 400 BAD_USER_INPUT before any resolver', () => {
  it.each<[string, string, Record<string, unknown> | undefined, RegExp]>([
    ['an id literal', `{ instrument(id: "${long(200)}") { id } }`, undefined, /^id: must be at most 128 characters; got 200$/],
    ['an id variable', 'query($id: ID!) { node(id: $id) { id } }', { id: long(9_000) }, /^\$id: must be at most 128/],
    [
      'an id in a list',
      'query($ids: [ID!]!) { graph(ids: $ids) { truncated } }',
      { ids: ['meti', long(300)] },
      /^\$ids\[1\]: must be at most 128/,
    ],
    [
      'an id in a filter',
      `{ instruments(filter: { participant: "${long(129)}" }) { totalCount } }`,
      undefined,
      /^participant: must be at most 128/,
    ],
    [
      'a search text',
      'query($t: String!) { search(text: $t) { score } }',
      { t: long(9_000) },
      /^\$t: must be at most 4000 characters; got 9000$/,
    ],
    [
      'a literal in a fragment',
      `{ ...F } fragment F on Query { instrument(id: "${long(130)}") { id } }`,
      undefined,
      /^id: must be at most 128/,
    ],
  ])('%s', async (_name, query, variables, message) => {
    const answer = await post({ query, variables });
    expect(answer.status).toBe(400);
    expect(answer.codes).toEqual(['BAD_USER_INPUT']);
    expect(answer.body.errors?.[0]?.message).toMatch(message);
  });

  it('keeps the resolvers’ own, tighter limits for values under the ceiling', async () => {
    const answer = await post({ query: 'query($t: String!) { search(text: $t) { score } }', variables: { t: long(500) } });
    expect(answer.status).toBe(200);
    expect(answer.body.errors?.[0]?.message).toMatch(/at most 300 characters; got 500/);
  });
});

const instrument = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'moc-2099-error-policy',
  kind: 'MOC',
  title: 'An error-policy test memorandum',
  evidence,
  ...overrides,
});
const institution = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'error-policy-institute',
  kind: 'DEPARTMENT',
  name: 'Error Policy Institute',
  evidence,
  ...overrides,
});
const area = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'error-policy-area',
  name: 'Error policy',
  evidence,
  ...overrides,
});
const relationship = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  relation: 'CITES',
  from: 'moc-2023-battery-supply-chains',
  to: 'moc-2023-industrial-science-technology',
  evidence,
  ...overrides,
});

const mutations = {
  upsertInstrument: 'mutation($i: InstrumentInput!) { upsertInstrument(input: $i) { id title } }',
  upsertInstitution: 'mutation($i: InstitutionInput!) { upsertInstitution(input: $i) { id } }',
  upsertTechnologyArea: 'mutation($i: TechnologyAreaInput!) { upsertTechnologyArea(input: $i) { id } }',
  addRelationship: 'mutation($i: RelationshipInput!) { addRelationship(input: $i) { id } }',
  removeRelationship: 'mutation($i: RelationshipKeyInput!) { removeRelationship(input: $i) }',
};

describe('over-long curator inputs: 400 BAD_USER_INPUT naming the field, nothing written', () => {
  const big = 9_000;
  it.each<[keyof typeof mutations, Record<string, unknown>, string]>([
    ['upsertInstrument', instrument({ title: long(big) }), '$i.title'],
    ['upsertInstrument', instrument({ title: long(inputLimits.title + 1) }), '$i.title'],
    ['upsertInstrument', instrument({ id: long(big) }), '$i.id'],
    ['upsertInstrument', instrument({ names: [{ value: long(big), kind: 'APPLIED' }] }), '$i.names[0].value'],
    ['upsertInstrument', instrument({ evidence: [{ ...evidence[0], excerpt: long(big) }] }), '$i.evidence[0].excerpt'],
    ['upsertInstrument', instrument({ evidence: [{ ...evidence[0], note: long(big) }] }), '$i.evidence[0].note'],
    ['upsertInstrument', instrument({ summary: long(big) }), '$i.summary'],
    ['upsertInstitution', institution({ name: long(big) }), '$i.name'],
    ['upsertInstitution', institution({ id: long(big) }), '$i.id'],
    ['upsertInstitution', institution({ acronym: long(inputLimits.name + 1) }), '$i.acronym'],
    ['upsertTechnologyArea', area({ name: long(big) }), '$i.name'],
    ['upsertTechnologyArea', area({ aliases: ['ok', long(big)] }), '$i.aliases[1]'],
    ['upsertTechnologyArea', area({ id: long(big) }), '$i.id'],
    ['addRelationship', relationship({ from: long(big) }), '$i.from'],
    ['addRelationship', relationship({ note: long(big) }), '$i.note'],
    ['addRelationship', relationship({ evidence: [{ ...evidence[0], locator: long(big) }] }), '$i.evidence[0].locator'],
    ['removeRelationship', { relation: 'CITES', from: long(big), to: 'meti' }, '$i.from'],
  ])('%s with an over-long %#', async (mutation, input, path) => {
    const answer = await post({ query: mutations[mutation], variables: { i: input } }, { authorization: CURATOR });
    expect(answer.status).toBe(400);
    expect(answer.codes).toEqual(['BAD_USER_INPUT']);
    expect(answer.body.errors?.[0]?.extensions?.problems?.map((p) => p.path)).toEqual([path]);
  });

  it('refuses an over-long literal in the mutation text too', async () => {
    const answer = await post(
      {
        query: `mutation { removeRelationship(input: { relation: CITES, from: "${long(big)}", to: "meti" }) }`,
      },
      { authorization: CURATOR },
    );
    expect(answer.status).toBe(400);
    expect(answer.codes).toEqual(['BAD_USER_INPUT']);
  });

  it('stores values at the limit as they are, in any script (the limits keep Neo4j’s index keys small enough)', async () => {
    for (const title of ['t'.repeat(inputLimits.title), '日'.repeat(inputLimits.title), '😀'.repeat(inputLimits.title / 2)]) {
      const answer = await post({ query: mutations.upsertInstrument, variables: { i: instrument({ title }) } }, { authorization: CURATOR });
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({ upsertInstrument: { id: 'moc-2099-error-policy', title } });
    }
    const name = '名'.repeat(inputLimits.name);
    const answer = await post({ query: mutations.upsertInstitution, variables: { i: institution({ name }) } }, { authorization: CURATOR });
    expect(answer.status).toBe(200);
  });
});
