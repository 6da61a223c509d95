import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestKizuna, type TestKizuna } from './support/startTestKizuna.js';

const FIXED_INSTRUMENTS = [
  'arrangement-1985-industrial-cooperation',
  'agreement-1986-science-technology',
  'mou-2019-nrc-aist',
  'moc-2023-industrial-science-technology',
  'roadmap-2026-comprehensive-strategic',
];

let kizuna: TestKizuna;
beforeAll(async () => {
  kizuna = await startTestKizuna();
});
afterAll(async () => {
  await kizuna?.stop();
});

describe('the platform, over HTTP on a real Neo4j', () => {
  it('reports itself alive on /health and ready on /ready once Neo4j answers and the schema is applied', async () => {
    const health = await fetch(`${kizuna.origin}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${kizuna.origin}/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { cache: { entries: number; bytes: number; maxBytes: number; hitRate: number | null } };
    expect(body).toEqual({ ready: true, neo4j: true, schema: true, cache: expect.any(Object) });
    // The read cache is on by default: its size against its budget, and the share of reads it answered.
    expect(body.cache).toEqual({
      entries: expect.any(Number),
      bytes: expect.any(Number),
      maxBytes: 64 * 1024 * 1024,
      hitRate: body.cache.hitRate,
    });
    expect(body.cache.hitRate === null || (body.cache.hitRate >= 0 && body.cache.hitRate <= 1)).toBe(true);
  });

  it('answers the README query for the 1986 Agreement from Neo4j', async () => {
    const res = await kizuna.graphql<{ instrument: { id: string; title: string } }>(
      '{ instrument(id: "agreement-1986-science-technology") { id title } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.instrument).toEqual({
      id: 'agreement-1986-science-technology',
      title: 'Agreement Between the Government of Canada and the Government of Japan on Cooperation in Science and Technology',
    });
  });

  it.each(FIXED_INSTRUMENTS)('resolves the fixed id %s through node(id) as an Instrument', async (id) => {
    const res = await kizuna.graphql<{ node: { __typename: string; id: string; title: string } }>(
      'query($id: ID!) { node(id: $id) { __typename id ... on Instrument { title } } }',
      { id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.node.__typename).toBe('Instrument');
    expect(res.data?.node.id).toBe(id);
    expect(res.data?.node.title.length).toBeGreaterThan(10);
  });

  it('answers an unknown id with NOT_FOUND and a message naming the id', async () => {
    const res = await kizuna.graphql('{ instrument(id: "no-such-instrument") { id } }');
    expect(res.data?.instrument).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toContain('"no-such-instrument"');
  });

  it('echoes a caller-supplied request id and invents one otherwise', async () => {
    const given = await fetch(`${kizuna.origin}/health`, { headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
    const invented = await fetch(`${kizuna.origin}/health`);
    expect(invented.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects malformed JSON with 400 and a code, not a stack trace', async () => {
    const res = await fetch(`${kizuna.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('rejects a body over the size limit with 413', async () => {
    const res = await fetch(`${kizuna.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ node(id: "${'x'.repeat(200_000)}") { id } }` }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('serves no CDN landing page on GET /graphql (it could not work offline)', async () => {
    const res = await fetch(`${kizuna.origin}/graphql`, { headers: { accept: 'text/html' } });
    const text = await res.text();
    // A GET without a query is a client mistake, answered as one (no page, no 200, no 5xx).
    expect(res.status).toBe(400);
    expect(text).not.toContain('apollo-server-landing-page');
    expect(text).not.toMatch(/cdn\./i);
  });

  it('refuses an unknown bearer token with UNAUTHENTICATED', async () => {
    const res = await kizuna.graphql('{ instrument(id: "mou-2019-nrc-aist") { id } }', undefined, {
      authorization: 'Bearer not-a-real-token-at-all',
    });
    expect(res.status).toBe(401);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves Prometheus metrics on /metrics: latency per root field, the read cache, the process', async () => {
    const nrc = '{ instrument(id: "mou-2019-nrc-aist") { id } }';
    expect((await kizuna.graphql(nrc)).errors).toBeUndefined();
    expect((await kizuna.graphql(nrc)).errors).toBeUndefined();
    expect((await kizuna.graphql('query ListTwo { first: instruments(first: 2) { totalCount } }')).errors).toBeUndefined();
    await kizuna.graphql('{ instrument(id: "no-such-instrument") { id } }');
    await kizuna.graphql('{ instrument(id: ) }');

    const res = await fetch(`${kizuna.origin}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await res.text();
    /** The sum of the samples of `name` whose labels include `labels` (0 when there are none). */
    const sample = (name: string, labels: Record<string, string> = {}): number =>
      text
        .split('\n')
        .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
        .filter((line) => Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)))
        .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);

    const requests = 'kizuna_graphql_request_duration_seconds_count';
    expect(sample(requests, { root_field: 'instrument', outcome: 'ok' })).toBeGreaterThanOrEqual(2);
    expect(sample(requests, { root_field: 'instruments', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(sample(requests, { root_field: 'instrument', outcome: 'error' })).toBeGreaterThanOrEqual(1);
    expect(sample(requests, { root_field: '(none)', outcome: 'error' })).toBeGreaterThanOrEqual(1);
    expect(text).toContain('kizuna_graphql_request_duration_seconds_bucket{le="0.005",root_field="instrument",outcome="ok"}');
    // Labels are the schema's root field names: never an alias, an operation name or query text.
    expect(text).not.toMatch(/root_field="first"|ListTwo|no-such-instrument/);
    expect(sample('kizuna_graphql_request_db_round_trips_count', { root_field: 'instrument' })).toBeGreaterThanOrEqual(3);

    expect(sample('kizuna_read_cache_max_bytes')).toBe(64 * 1024 * 1024);
    expect(sample('kizuna_read_cache_entries')).toBeGreaterThan(0);
    expect(sample('kizuna_read_cache_bytes')).toBeGreaterThan(0);
    expect(sample('kizuna_read_cache_hits_total')).toBeGreaterThanOrEqual(1);
    expect(sample('kizuna_read_cache_misses_total')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^kizuna_read_cache_invalidations_total\{cause="version"\} \d+$/m);
    expect(sample('kizuna_db_round_trips_total', { kind: 'read' })).toBeGreaterThan(0);
    expect(sample('kizuna_db_round_trips_total', { kind: 'version_poll' })).toBeGreaterThan(0);
    expect(sample('process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample('nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    // The lag can be measured as 0 on an idle loop: its presence is what counts.
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
  });
});
