/**
 * npm run test:abuse
 *
 * A generated corpus of hostile requests (depth and alias bombs, fragment cycles, oversized strings
 * and bodies, malformed JSON, wrong content types, Cypher injection strings in every string
 * argument, unknown ids, negative and huge pagination, batched arrays) sent to Kizuna. Passes when
 * no response is a 5xx, the server is alive afterwards, every rejection carries an error code
 * (extensions.code), and the graph's fingerprint is unchanged. Bounded: a fixed corpus, 4 clients.
 */
import { startBenchNeo4j } from '../../bench/benchNeo4j.js';
import { openBenchDb, startServers } from '../../bench/benchHarness.js';
import { checkSeeds } from '../../src/seed/checkSeeds.js';
import { graphFingerprint, loadSeedGraph } from '../../src/seed/loadSeedGraph.js';

interface Hostile {
  kind: string;
  body: string;
  contentType: string;
  method?: string;
}

const injections = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "x') DETACH DELETE n RETURN 1 //",
  '`; DROP CONSTRAINT entity_id; //',
  '\\u0027 UNION MATCH (n) RETURN n',
  '${__proto__}',
  '*:*',
  'a~999999',
  '"',
  '\u0000\u0001',
  '日本'.repeat(50),
  'AND OR NOT (((',
  '/.*/',
  'CALL dbms.killQueries([])',
  '\n\r\t',
  'MATCH (n) SET n.id = 1',
  '}}}}',
  '%00',
  '<script>alert(1)</script>',
  '-1',
];
const unknownIds = ['does-not-exist', '', ' ', 'x'.repeat(300), '../../etc/passwd', 'UPPER-CASE'];

export function hostileCorpus(): Hostile[] {
  const json = (query: string, variables?: unknown): Hostile => ({
    kind: 'query',
    body: JSON.stringify({ query, variables }),
    contentType: 'application/json',
  });
  const corpus: Hostile[] = [];
  const stringFields: [string, (v: string) => string][] = [
    ['instrument', (v) => `{ instrument(id: ${JSON.stringify(v)}) { id } }`],
    ['node', (v) => `{ node(id: ${JSON.stringify(v)}) { id } }`],
    ['institution', (v) => `{ institution(id: ${JSON.stringify(v)}) { id } }`],
    ['search', (v) => `{ search(text: ${JSON.stringify(v)}) { score } }`],
    ['lineage', (v) => `{ lineage(id: ${JSON.stringify(v)}) { nodes { id } } }`],
    ['overlap', (v) => `{ overlap(ids: [${JSON.stringify(v)}, "moc-2023-industrial-science-technology"]) { score } }`],
    ['path', (v) => `{ path(from: ${JSON.stringify(v)}, to: "moc-2023-industrial-science-technology") { length } }`],
    ['instruments.text', (v) => `{ instruments(filter: { text: ${JSON.stringify(v)} }) { totalCount } }`],
    ['instruments.country', (v) => `{ instruments(filter: { country: ${JSON.stringify(v)} }) { totalCount } }`],
    ['instruments.after', (v) => `{ instruments(after: ${JSON.stringify(v)}) { totalCount } }`],
    ['relationships.types', (v) => `{ relationships(types: [${JSON.stringify(v)}]) { totalCount } }`],
    ['graph', (v) => `{ graph(ids: [${JSON.stringify(v)}]) { truncated } }`],
    ['technologyArea', (v) => `{ technologyArea(id: ${JSON.stringify(v)}) { id } }`],
    ['mechanism', (v) => `{ mechanism(id: ${JSON.stringify(v)}) { id } }`],
    ['event', (v) => `{ event(id: ${JSON.stringify(v)}) { id } }`],
    ['country', (v) => `{ country(id: ${JSON.stringify(v)}) { id } }`],
    ['source', (v) => `{ source(id: ${JSON.stringify(v)}) { id } }`],
    ['instruments.participant', (v) => `{ instruments(filter: { participant: ${JSON.stringify(v)} }) { totalCount } }`],
    ['instruments.technologyArea', (v) => `{ instruments(filter: { technologyArea: ${JSON.stringify(v)} }) { totalCount } }`],
    ['institutions.after', (v) => `{ institutions(after: ${JSON.stringify(v)}) { totalCount } }`],
  ];
  for (const [name, q] of stringFields) {
    for (const v of [...injections, ...unknownIds]) {
      corpus.push({ ...json(q(v)), kind: `injection/unknown id in ${name}` });
      corpus.push({
        ...json(q('placeholder').replace('"placeholder"', '$v').replace('{', 'query ($v: String!) {'), { v }),
        kind: `variable in ${name}`,
      });
    }
  }
  for (const n of [-1, 0, 101, 1_000_000, 2 ** 31, -(2 ** 31)]) {
    corpus.push({ ...json(`{ instruments(first: ${n}) { totalCount } }`), kind: 'pagination' });
    corpus.push({ ...json(`{ institutions(first: ${n}) { totalCount } }`), kind: 'pagination' });
    corpus.push({ ...json(`{ search(text: "a", first: ${n}) { score } }`), kind: 'pagination' });
    corpus.push({
      ...json(`{ lineage(id: "moc-2023-industrial-science-technology", maxDepth: ${n}) { nodes { id } } }`),
      kind: 'pagination',
    });
    corpus.push({ ...json(`{ graph(ids: ["moc-2023-industrial-science-technology"], depth: ${n}) { truncated } }`), kind: 'pagination' });
    corpus.push({ ...json(`{ timeline(from: ${n}, to: ${n + 500}) { year } }`), kind: 'pagination' });
    corpus.push({ ...json(`{ relationships(first: ${n}) { totalCount } }`), kind: 'pagination' });
  }
  for (let depth = 5; depth <= 60; depth += 5) {
    const nest = (d: number): string =>
      d === 0 ? 'id' : `id parties { institution { participations { target { ... on Instrument { ${nest(d - 1)} } } } } }`;
    corpus.push({ ...json(`{ instrument(id: "moc-2023-industrial-science-technology") { ${nest(depth)} } }`), kind: 'depth bomb' });
  }
  for (const n of [16, 50, 200, 1000]) {
    corpus.push({
      ...json(
        `{ ${Array.from({ length: n }, (_, i) => `a${i}: lineage(id: "moc-2023-industrial-science-technology", maxDepth: 10) { nodes { id } }`).join(' ')} }`,
      ),
      kind: 'alias bomb',
    });
    corpus.push({ ...json(`{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`), kind: 'alias bomb' });
    corpus.push({ ...json(`{ instrument(id: "x") { ${'id @skip(if: false) '.repeat(n)} } }`), kind: 'directive bomb' });
  }
  corpus.push({ ...json('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), kind: 'fragment cycle' });
  corpus.push({ ...json('query { ...A } fragment A on Query { ...A }'), kind: 'fragment cycle' });
  corpus.push({
    ...json(
      '{ instrument(id: "x") { ...F } } fragment F on Instrument { parties { institution { ...G } } } fragment G on Institution { participations { target { ...on Instrument { ...F } } } }',
    ),
    kind: 'fragment cycle',
  });
  for (const size of [1_000, 50_000, 99_000, 200_000, 2_000_000]) {
    corpus.push({ ...json(`{ search(text: "${'a'.repeat(size)}") { score } }`), kind: 'oversized string' });
    corpus.push({
      kind: 'oversized body',
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(size) } }),
      contentType: 'application/json',
    });
  }
  for (const bad of [
    '{',
    '{"query": ',
    'null',
    '[]',
    '"just a string"',
    '{"query": 42}',
    '{"query": null}',
    '{"query": "{ __typename }", "variables": "nope"}',
    '\u0000',
    'not json at all',
    '{"query":"{ __typename }"'.repeat(3),
  ]) {
    corpus.push({ kind: 'malformed JSON', body: bad, contentType: 'application/json' });
  }
  for (const ct of [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    '',
    'application/graphql',
  ]) {
    corpus.push({ kind: 'wrong content type', body: '{"query":"{ __typename }"}', contentType: ct });
  }
  corpus.push({ kind: 'GET mutation', body: '', contentType: 'application/json', method: 'GET' });
  for (const n of [1, 2, 10, 100]) {
    corpus.push({
      kind: 'batched array',
      body: JSON.stringify(Array.from({ length: n }, () => ({ query: '{ __typename }' }))),
      contentType: 'application/json',
    });
  }
  corpus.push({
    ...json('mutation { addRelationship(input: { relation: CITES, from: "a", to: "b", evidence: [] }) { id } }'),
    kind: 'unauthenticated write',
  });
  corpus.push({
    ...json('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }'),
    kind: 'introspection depth',
  });
  return corpus;
}

const neo = await startBenchNeo4j({ log: () => {} });
let failed = 0;
try {
  const { graph } = checkSeeds();
  const db = openBenchDb(neo);
  await db.applySchema();
  await loadSeedGraph(db, graph);
  const before = await graphFingerprint(db);
  const srv = await startServers(neo, { BENCH_ONLY_KIZUNA: '1' });
  const url = `http://127.0.0.1:${srv.ports.kizuna}/graphql`;
  const corpus = hostileCorpus();
  const problems: string[] = [];
  const byStatus = new Map<number, number>();
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < corpus.length) {
          const h = corpus[next++]!;
          const res = await fetch(
            h.method === 'GET'
              ? `${url}?query=${encodeURIComponent('mutation { removeRelationship(input: {relation: CITES, from: "a", to: "b"}) }')}`
              : url,
            {
              method: h.method ?? 'POST',
              headers: h.contentType === '' ? {} : { 'content-type': h.contentType, 'apollo-require-preflight': 'true' },
              body: h.method === 'GET' ? undefined : h.body,
              signal: AbortSignal.timeout(30_000),
            },
          );
          byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
          const text = await res.text();
          if (res.status >= 500) problems.push(`${h.kind}: HTTP ${res.status} ${text.slice(0, 200)}`);
          let body: { errors?: { extensions?: { code?: string } }[] } | undefined;
          try {
            body = JSON.parse(text) as typeof body;
          } catch {
            body = undefined;
          }
          const rejected = res.status !== 200 || (body?.errors?.length ?? 0) > 0;
          if (rejected && !(body?.errors ?? []).every((e) => typeof e.extensions?.code === 'string')) {
            problems.push(`${h.kind}: rejection without a code: HTTP ${res.status} ${text.slice(0, 200)}`);
          } else if (rejected && (body?.errors ?? []).length === 0) {
            problems.push(`${h.kind}: rejection without an error body: HTTP ${res.status} ${text.slice(0, 200)}`);
          }
        }
      }),
    );
    const health = await fetch(`http://127.0.0.1:${srv.ports.kizuna}/health`)
      .then((r) => r.status)
      .catch(() => 0);
    if (health !== 200 || srv.child.exitCode !== null) problems.push('the server is not alive after the corpus');
  } finally {
    await srv.stop();
  }
  const after = await graphFingerprint(db);
  await db.close();
  if (before !== after) problems.push(`the graph fingerprint changed: ${before} → ${after}`);
  console.log(
    `${corpus.length} hostile requests; responses by status: ${JSON.stringify(Object.fromEntries(byStatus))}; fingerprint ${before === after ? 'unchanged' : 'CHANGED'}`,
  );
  const unique = [...new Set(problems)];
  for (const p of unique.slice(0, 30)) console.log(`FAIL ${p}`);
  failed = problems.length;
  console.log(`${corpus.length - failed} passed, ${failed} failed`);
} finally {
  await neo.stop();
}
process.exit(failed > 0 ? 1 : 0);
