/**
 * npm run test:abuse
 *
 * A generated corpus of hostile requests (depth and alias bombs, fragment cycles, oversized strings
 * and bodies, malformed JSON, wrong content types, Cypher injection strings in every string
 * argument, unknown ids, negative and huge pagination, batched arrays, the error classes of issue 15)
 * sent to Kizuna, then hostile values in every curator input field of every kind (each accepted write
 * read back), then concurrent writers (test/load/abuseWrites.ts). Passes when no response is a 5xx
 * or INTERNAL_SERVER_ERROR, the server is alive afterwards, every rejection carries an error code
 * (extensions.code; a curator write's is BAD_USER_INPUT or NOT_FOUND), accepted values read back as
 * sent, the revision history agrees with the racing writes, and the read-only corpus left the graph's
 * fingerprint unchanged. Bounded: a fixed corpus, 4 clients.
 */
import { createHash } from 'node:crypto';
import { startBenchNeo4j } from '../../bench/benchNeo4j.js';
import { openBenchDb, startServers } from '../../bench/benchHarness.js';
import { checkSeeds } from '../../src/seed/checkSeeds.js';
import { graphFingerprint, loadSeedGraph } from '../../src/seed/loadSeedGraph.js';
import { abuseTokens, curatorWriteCorpus, raceWrites, type Hostile } from './abuseWrites.js';

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
  // Cost-limit spellings (issue 15): the same selection with a literal page size, a variable, a
  // variable default, the schema default, a named fragment and nested fragments must get one verdict.
  const relationship = 'id relation from { id } to { id } evidence { locator excerpt }';
  const instrument = 'id title parties { role institution { id name acronym } } technologyAreas { how technologyArea { id name } }';
  for (const [label, query, variables] of [
    ['literal', `{ relationships(first: 100) { edges { node { ${relationship} } } totalCount } }`, undefined],
    ['variable', `query ($n: Int) { relationships(first: $n) { edges { node { ${relationship} } } totalCount } }`, { n: 100 }],
    ['variable default', `query ($n: Int = 100) { relationships(first: $n) { edges { node { ${relationship} } } totalCount } }`, undefined],
    ['schema default', `{ relationships { edges { node { ${relationship} } } totalCount } }`, undefined],
    ['huge variable', 'query ($n: Int) { relationships(first: $n) { edges { node { id } } } }', { n: 2 ** 31 - 1 }],
    ['literal', `{ instruments(first: 100) { edges { node { ${instrument} } } } }`, undefined],
    ['variable', `query ($n: Int) { instruments(first: $n) { edges { node { ${instrument} } } } }`, { n: 100 }],
    ['fragment', `{ instruments(first: 100) { edges { node { ...I } } } } fragment I on Instrument { ${instrument} }`, undefined],
    [
      'nested fragments',
      '{ instruments(first: 100) { ...C } } fragment C on InstrumentConnection { edges { node { ...I } } } ' +
        'fragment I on Instrument { id title parties { ...P } technologyAreas { how technologyArea { id name } } } ' +
        'fragment P on Participation { role institution { id name acronym } }',
      undefined,
    ],
    [
      'fragment fan-out',
      `query { ...F0 } ${Array.from({ length: 16 }, (_, i) => `fragment F${i} on Query { a: __typename ...F${i + 1} b: __typename ...F${i + 1} }`).join(' ')} fragment F16 on Query { __typename }`,
      undefined,
    ],
  ] as const) {
    corpus.push({ ...json(query, variables), kind: `cost spelling: ${label}` });
  }
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
  // Issue 15 items 3 and 4: spreadsheet-formula prefixes (OWASP CSV injection) in string arguments
  // and writes, and writes that break a graph invariant (self-relationship, a cycle reversing a
  // seeded link, an implausible date, a backwards name period). Each must be refused with a code
  // and leave the graph unchanged; test/integration/graph-invariants.test.ts and
  // exports-csv-safety.test.ts prove the curator-authenticated verdicts.
  const formulas = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(1)', '\t=1', '\r=1', '\uFF1D1+1'];
  for (const v of formulas) {
    corpus.push({ ...json('query ($v: String!) { search(text: $v) { score } }', { v }), kind: 'formula prefix in search' });
    corpus.push({
      ...json('mutation ($input: TechnologyAreaInput!) { upsertTechnologyArea(input: $input) { id } }', {
        input: { id: 'formula-area', name: v, evidence: [{ source: 'doc-moc-2023', locator: v, excerpt: 'x' }] },
      }),
      kind: 'formula prefix in a write',
    });
  }
  const add = (relation: string, from: string, to: string): Hostile => ({
    ...json('mutation ($input: RelationshipInput!) { addRelationship(input: $input) { id } }', {
      input: { relation, from, to, evidence: [{ source: 'doc-moc-2023', locator: '§6.1', excerpt: 'This MOC is not legally binding.' }] },
    }),
    kind: `graph invariant: ${relation} ${from === to ? 'to itself' : 'reversing a seeded link'}`,
  });
  corpus.push(
    add('PART_OF', 'nrc', 'nrc'),
    add('EVOLVED_INTO', 'semiconductors', 'semiconductors'),
    add('CITES', 'moc-2023-industrial-science-technology', 'moc-2023-industrial-science-technology'),
    add('SUPERSEDES', 'moc-2023-industrial-science-technology', 'moc-2023-industrial-science-technology'),
    add('BUILDS_ON', 'moc-2023-industrial-science-technology', 'roadmap-2026-comprehensive-strategic'),
    add('EVOLVED_INTO', 'semiconductors', 'microelectronics'),
    add('PART_OF', 'fujitsu', 'fujitsu-intelligence-technology'),
    add('BROADER', 'hydrogen', 'hydrogen-fuel-cells'),
  );
  for (const [label, extra] of [
    ['signedOn "0000"', { signedOn: '0000' }],
    ['name period 2020–2010', { names: [{ value: 'Backwards', kind: 'FORMER', from: '2020', to: '2010' }] }],
  ] as const) {
    corpus.push({
      ...json('mutation ($input: InstrumentInput!) { upsertInstrument(input: $input) { id } }', {
        input: { id: 'moc-2099-abuse', kind: 'MOC', title: 'Abuse', evidence: [], ...extra },
      }),
      kind: `graph invariant: ${label}`,
    });
  }
  return corpus;
}

// ---- Error policy (issue 15): client mistakes Apollo and graphql-js raise, and over-long and hostile values ----

/** Client mistakes that once answered INTERNAL_SERVER_ERROR: persisted queries, operation types, operation names. */
export function errorClassCorpus(): Hostile[] {
  const json = (kind: string, payload: unknown): Hostile => ({ kind, body: JSON.stringify(payload), contentType: 'application/json' });
  const hash = (v: string): string => createHash('sha256').update(v).digest('hex');
  return [
    json('APQ wrong hash', { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
    json('APQ version 2', { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: hash('{ __typename }') } } }),
    json('APQ unknown hash', { extensions: { persistedQuery: { version: 1, sha256Hash: hash('{ nope }') } } }),
    json('APQ hash not a string', { extensions: { persistedQuery: { version: 1, sha256Hash: 42 } } }),
    json('subscription', { query: 'subscription { __typename }' }),
    json('unknown operationName', { query: 'query A { __typename }', operationName: 'B' }),
    json('two operations, no name', { query: 'query A { __typename } query B { __typename }' }),
    json('variable of the wrong type', { query: 'query($n: Int) { instruments(first: $n) { totalCount } }', variables: { n: 'x' } }),
    json('over-long id literal', { query: `{ instrument(id: "${'x'.repeat(9_000)}") { id } }` }),
    json('over-long id variable', { query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: 'x'.repeat(9_000) } }),
    json('lone surrogate in search', { query: 'query($t: String!) { search(text: $t) { score } }', variables: { t: 'a\uD800b' } }),
  ];
}

const neo = await startBenchNeo4j({ log: () => {} });
let failed = 0;
try {
  const { graph } = checkSeeds();
  const db = openBenchDb(neo);
  await db.applySchema();
  await loadSeedGraph(db, graph);
  const before = await graphFingerprint(db);
  const srv = await startServers(neo, { BENCH_ONLY_KIZUNA: '1', KIZUNA_TOKENS: abuseTokens });
  const url = `http://127.0.0.1:${srv.ports.kizuna}/graphql`;
  // The read-only corpus first (the fingerprint below covers it), then the writes (which change the graph).
  const reads = [...hostileCorpus(), ...errorClassCorpus()];
  const writes = curatorWriteCorpus(url);
  const corpus = [...reads, ...writes];
  const problems: string[] = [];
  const byStatus = new Map<number, number>();
  let after = before;
  let raced = 0;
  /** Sends `phase` from `clients` clients; `allowed`, when given, lists the only codes a rejection may carry. */
  const send = async (phase: Hostile[], clients: number, allowed?: string[]): Promise<void> => {
    let next = 0;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < phase.length) {
          const h = phase[next++]!;
          const res = await fetch(
            h.method === 'GET'
              ? `${url}?query=${encodeURIComponent('mutation { removeRelationship(input: {relation: CITES, from: "a", to: "b"}) }')}`
              : url,
            {
              method: h.method ?? 'POST',
              headers: {
                ...(h.contentType === '' ? {} : { 'content-type': h.contentType, 'apollo-require-preflight': 'true' }),
                ...h.headers,
              },
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
          // The error policy: a client mistake is never masked as a server error.
          const codes = (body?.errors ?? []).map((e) => e.extensions?.code);
          if (codes.includes('INTERNAL_SERVER_ERROR')) problems.push(`${h.kind}: INTERNAL_SERVER_ERROR: ${text.slice(0, 200)}`);
          if (allowed && codes.some((c) => !allowed.includes(c ?? '')))
            problems.push(`${h.kind}: unexpected ${codes.join(', ')}: ${text.slice(0, 200)}`);
          if (!rejected && h.verify) {
            const problem = await h.verify();
            if (problem) problems.push(`${h.kind}: ${problem}`);
          }
        }
      }),
    );
  };
  try {
    await send(reads, 4);
    after = await graphFingerprint(db);
    // Stored as sent, or refused: BAD_USER_INPUT, or NOT_FOUND for removing a relationship that is not there.
    // One client: this checks what each value does, not concurrent writes to one record.
    await send(writes, 1, ['BAD_USER_INPUT', 'NOT_FOUND']);
    // Then concurrent writers from two curators, checked against the revision history.
    const race = await raceWrites(url);
    problems.push(...race.problems);
    raced = race.requests;
    const health = await fetch(`http://127.0.0.1:${srv.ports.kizuna}/health`)
      .then((r) => r.status)
      .catch(() => 0);
    if (health !== 200 || srv.child.exitCode !== null) problems.push('the server is not alive after the corpus');
  } finally {
    await srv.stop();
  }
  await db.close();
  if (before !== after) problems.push(`the read-only corpus changed the graph fingerprint: ${before} → ${after}`);
  console.log(
    `${corpus.length} hostile requests and ${raced} racing writes; responses by status: ${JSON.stringify(Object.fromEntries(byStatus))}; fingerprint ${before === after ? 'unchanged' : 'CHANGED'}`,
  );
  const unique = [...new Set(problems)];
  for (const p of unique.slice(0, 30)) console.log(`FAIL ${p}`);
  failed = problems.length;
  console.log(`${corpus.length - failed} passed, ${failed} failed`);
} finally {
  await neo.stop();
}
process.exit(failed > 0 ? 1 : 0);
