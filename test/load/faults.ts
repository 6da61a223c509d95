/**
 * npm run test:faults
 *
 * Kills Neo4j (SIGKILL to the local launcher's JVM) while Kizuna is under read load and a curator
 * is writing, then restarts it on the same port and data directory. Passes when:
 *  - while Neo4j is down, requests fail fast (< 2 s) with SERVICE_UNAVAILABLE and /ready is false
 *    (a read the read cache still holds may be answered instead: correctly, and as fast);
 *  - after the restart, Kizuna answers again by itself within 10 s (no restart of Kizuna);
 *  - every curator write acknowledged before the kill is in the graph afterwards (zero lost).
 * Bounded: a fixed number of clients, a fixed schedule, loopback only.
 */
import { startBenchNeo4j } from '../../bench/benchNeo4j.js';
import { openBenchDb, post, round, startServers } from '../../bench/benchHarness.js';
import { checkSeeds } from '../../src/seed/checkSeeds.js';
import { loadSeedGraph } from '../../src/seed/loadSeedGraph.js';

const token = 'faults-curator-token-0001';
const checks: { name: string; ok: boolean; detail: string }[] = [];
const check = (name: string, ok: boolean, detail: string): void => {
  checks.push({ name, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
};
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const neo = await startBenchNeo4j({ log: () => {} });
try {
  const { graph, problems } = checkSeeds();
  if (problems.length > 0) throw new Error('seed files invalid');
  const db = openBenchDb(neo);
  await db.applySchema();
  await loadSeedGraph(db, graph);
  await db.close();
  const instruments = graph.nodes.filter((n) => n.label === 'Instrument').map((n) => n.id);
  const seeded = new Set(graph.relationships.map((r) => `${r.type}|${r.from}|${r.to}`));
  const pairs = instruments.flatMap((a) =>
    instruments.filter((b) => b !== a && !seeded.has(`CITES|${a}|${b}`)).map((b) => [a, b] as const),
  );

  const srv = await startServers(neo, { BENCH_ONLY_KIZUNA: '1', KIZUNA_TOKENS: `${token}:curator:faults` });
  const url = `http://127.0.0.1:${srv.ports.kizuna}`;
  const read = (): Promise<{ status: number; json: unknown; ms: number }> =>
    post(
      `${url}/graphql`,
      JSON.stringify({ query: '{ instrument(id: "moc-2023-industrial-science-technology") { id title parties { role } } }' }),
      {},
      10_000,
    );
  // A read no earlier request made (its text is new each time), so the read cache cannot answer it.
  let searches = 0;
  const uncachedRead = (): Promise<{ status: number; json: unknown; ms: number }> =>
    post(`${url}/graphql`, JSON.stringify({ query: `{ search(text: "quantum ${(searches += 1)}") { node { id } } }` }), {}, 10_000);
  const write = (a: string, b: string): Promise<{ status: number; json: unknown; ms: number }> =>
    post(
      `${url}/graphql`,
      JSON.stringify({
        query: 'mutation ($i: RelationshipInput!) { addRelationship(input: $i) { id } }',
        variables: {
          i: {
            relation: 'CITES',
            from: a,
            to: b,
            evidence: [{ source: 'doc-moc-2023', locator: '§6.1', excerpt: 'This MOC is not legally binding.' }],
          },
        },
      }),
      { authorization: `Bearer ${token}` },
      10_000,
    );
  try {
    let phase: 'up' | 'down' | 'restarting' | 'recovered' = 'up';
    const acknowledged: string[] = [];
    // Requests sent while Neo4j was down: `code` is the error code, or 'answered' for a correct answer
    // (only the read cache can give one then).
    const downResults: { ms: number; code: string; cacheable: boolean }[] = [];
    let stop = false;
    // Eight readers, bounded by `stop` (set on a fixed schedule below); half repeat one read the
    // cache may hold, half make reads it cannot.
    const readers = Array.from({ length: 8 }, async (_, reader) => {
      const cacheable = reader % 2 === 0;
      while (!stop) {
        // Only requests sent after the kill count (in-flight ones may still have been answered).
        const sentWhileDown = phase === 'down';
        const res = await (cacheable ? read() : uncachedRead()).catch((e: unknown) => ({ status: 0, json: String(e), ms: 10_000 }));
        // Recorded whenever it comes back: a request that hangs until Neo4j returns is slow, and must count.
        if (sentWhileDown) {
          const body = res.json as {
            data?: { instrument?: { id?: string; title?: string; parties?: unknown[] } };
            errors?: { extensions?: { code?: string } }[];
          };
          const instrument = body.data?.instrument;
          const answered =
            res.status === 200 &&
            !body.errors &&
            instrument?.id === 'moc-2023-industrial-science-technology' &&
            /Industrial Science and Technology/.test(instrument.title ?? '') &&
            (instrument.parties?.length ?? 0) > 0;
          downResults.push({
            ms: res.ms,
            cacheable,
            code: answered ? 'answered' : (body.errors?.[0]?.extensions?.code ?? `status ${res.status}`),
          });
        }
        if (phase === 'down') await sleep(50);
      }
    });
    // One curator writing distinct relationships in sequence until the kill.
    const writer = (async () => {
      for (const [a, b] of pairs) {
        if (phase !== 'up') break;
        const res = await write(a, b).catch(() => undefined);
        const id = (res?.json as { data?: { addRelationship?: { id: string } } } | undefined)?.data?.addRelationship?.id;
        if (id && phase === 'up') acknowledged.push(`${a}|${b}`);
        else if (id) acknowledged.push(`${a}|${b}`); // acknowledged even if the kill raced it: must still be there
      }
    })();
    await sleep(8_000);
    const jvm = neo.local!.pid;
    process.kill(jvm, 'SIGKILL');
    phase = 'down';
    const killedAt = performance.now();
    await writer;
    await sleep(4_000);
    const ready = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(5_000) });
    const readyBody = (await ready.json()) as { ready: boolean };
    check(
      '/ready turns false while Neo4j is down',
      ready.status === 503 && readyBody.ready === false,
      `${ready.status} ${JSON.stringify(readyBody)}`,
    );
    const summary = (results: typeof downResults): { slowest: number; codes: string[]; text: string } => {
      const slowest = Math.max(...results.map((r) => r.ms));
      const codes = [...new Set(results.map((r) => r.code))].sort();
      const counts = codes.map((c) => `${results.filter((r) => r.code === c).length} ${c}`).join(', ');
      return { slowest, codes, text: `${results.length} requests while down (${counts}), slowest ${round(slowest, 0)} ms` };
    };
    const needNeo4j = summary(downResults.filter((r) => !r.cacheable));
    check(
      'requests that need Neo4j fail fast with SERVICE_UNAVAILABLE',
      needNeo4j.slowest < 2_000 && needNeo4j.codes.join() === 'SERVICE_UNAVAILABLE',
      needNeo4j.text,
    );
    const repeated = summary(downResults.filter((r) => r.cacheable));
    check(
      'a repeated read is answered correctly from the read cache or fails fast with SERVICE_UNAVAILABLE',
      repeated.codes.length > 0 && repeated.slowest < 2_000 && repeated.codes.every((c) => c === 'answered' || c === 'SERVICE_UNAVAILABLE'),
      repeated.text,
    );

    phase = 'restarting';
    const restartStarted = performance.now();
    await neo.restart();
    const neo4jBack = performance.now();
    // Bolt answers before a SIGKILLed store has been recovered: time, with a driver of our own, when
    // Neo4j itself first serves a query, to tell its recovery from Kizuna's.
    const direct = openBenchDb(neo);
    const neo4jServes = (async () => {
      for (let i = 0; i < 150 && performance.now() - neo4jBack < 15_000; i += 1) {
        if (await direct.ping()) return performance.now() - neo4jBack;
        await sleep(100);
      }
      return Infinity;
    })();
    let recoveredMs = Infinity;
    const failedWhileRecovering = new Map<string, number>();
    for (let i = 0; i < 200 && performance.now() - neo4jBack < 15_000; i += 1) {
      const res = await read().catch(() => undefined);
      if (res && res.status === 200 && !(res.json as { errors?: unknown }).errors) {
        recoveredMs = performance.now() - neo4jBack;
        break;
      }
      const code = (res?.json as { errors?: { extensions?: { code?: string } }[] } | undefined)?.errors?.[0]?.extensions?.code;
      const key = code ?? `status ${res?.status ?? 'none'}`;
      failedWhileRecovering.set(key, (failedWhileRecovering.get(key) ?? 0) + 1);
      await sleep(100);
    }
    const neo4jServesMs = await neo4jServes;
    await direct.close();
    phase = 'recovered';
    stop = true;
    await Promise.all(readers);
    check(
      'Kizuna recovers by itself within 10 s of Neo4j answering again',
      recoveredMs < 10_000,
      `first good answer ${round(recoveredMs, 0)} ms after Neo4j accepted connections again; Neo4j itself first served a query ` +
        `after ${round(neo4jServesMs, 0)} ms (store recovery); failed answers before Kizuna's first good one: ${[...failedWhileRecovering].map(([c, n]) => `${n} × ${c}`).join(', ') || 'none'} ` +
        `(Neo4j restart took ${round((neo4jBack - restartStarted) / 1000, 1)} s; down ${round((restartStarted - killedAt) / 1000, 1)} s)`,
    );
    const readyAgain = (await (await fetch(`${url}/ready`)).json()) as { ready: boolean };
    check('/ready is true again', readyAgain.ready === true, JSON.stringify(readyAgain));

    const db2 = openBenchDb(neo);
    const rows = await db2.read('edges-of-nodes', {
      keys: [...new Set(acknowledged.map((k) => k.split('|')[0]!))].map((id) => ({ key: id, id, types: ['CITES'], direction: 'OUTGOING' })),
    });
    await db2.close();
    const present = new Set(rows.map((r) => `${String(r.fromId)}|${String(r.toId)}`));
    const lost = acknowledged.filter((k) => !present.has(k));
    check(
      'no acknowledged curator write is lost',
      acknowledged.length > 0 && lost.length === 0,
      `${acknowledged.length} acknowledged before the kill, ${lost.length} lost`,
    );
  } finally {
    await srv.stop();
  }
} finally {
  await neo.stop();
}
const failed = checks.filter((c) => !c.ok).length;
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
