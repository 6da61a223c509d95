/**
 * npm run bench [-- --smoke]
 *
 * The same five operations against three servers on the same Neo4j, in one run, over HTTP on
 * loopback with autocannon: (a) Kizuna (and, to show what its read cache adds, Kizuna with the cache
 * off), (b) @neo4j/graphql, (c) the raw driver with Kizuna's statements and no GraphQL layer. Writes bench/results/<mode>.json and <mode>.md with requests/s,
 * p50, p99, database round trips per request, Kizuna ÷ @neo4j/graphql (throughput) and
 * Kizuna ÷ raw (p99). Targets are reported, never asserted. Bounded: fixed durations per run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../src/config.js';
import { startBenchNeo4j } from './benchNeo4j.js';
import { loadScaleGraph, openBenchDb, post, round, startServers } from './benchHarness.js';
import { isKizuna, operationNames, requestFor, sampleOf, type OperationName, type ServerKind } from './operations.js';

const smoke = process.argv.includes('--smoke');
const mode = smoke ? 'smoke' : 'full';
const settings = smoke
  ? { instruments: 400, institutions: 120, technologyAreas: 30, warmupSeconds: 1, seconds: 2, connections: 4 }
  : { instruments: 10_000, institutions: 3_000, technologyAreas: 300, warmupSeconds: 3, seconds: 15, connections: 10 };
// A depth-6 lineage on the full graph reaches ~12,000 nodes and ~40,000 edges (seconds of work
// each): ten at once overload two cores, and no server completed one within the run. It gets two
// connections, a longer run and a longer timeout instead.
const lineageSettings = smoke ? { ...settings, timeout: 20 } : { ...settings, seconds: 30, connections: 2, timeout: 60 };
const settingsFor = (op: OperationName): typeof lineageSettings => (op === 'lineage' ? lineageSettings : { ...settings, timeout: 20 });
const servers: ServerKind[] = ['kizuna', 'kizunaNoCache', 'neo4jGraphql', 'raw'];
const serverNames: Record<ServerKind, string> = {
  kizuna: 'Kizuna',
  kizunaNoCache: 'Kizuna, read cache off',
  neo4jGraphql: '@neo4j/graphql',
  raw: 'raw driver',
};

interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  roundTrips: number;
  errors: number;
  non2xx: number;
  requests: number;
}

/** Throughput ratio; null when either side completed no request (a ratio of nothing is not a figure). */
const ratio = (a: number, b: number): number | null => (a > 0 && b > 0 ? round(a / b) : null);
/** p99 ratio; a p99 that rounds to 0 ms is a figure (the best one), so only the divisor is floored at 1 ms. */
const p99Ratio = (a: Measurement, b: Measurement): number | null =>
  a.requests > 0 && b.requests > 0 ? round(a.p99 / Math.max(b.p99, 1)) : null;

const started = Date.now();
const log = (m: string): void => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${m}`);
const neo = await startBenchNeo4j({ log });
let stopServers = async (): Promise<void> => {};
process.once(
  'SIGINT',
  () =>
    void stopServers()
      .then(() => neo.stop())
      .then(() => process.exit(130)),
);
try {
  const db = openBenchDb(neo);
  log(`generating and loading ${settings.instruments} instruments through the seed loader…`);
  const { graph, report: load } = await loadScaleGraph(db, settings);
  await db.close();
  log(`loaded ${load.records} records in ${load.seconds} s (${load.recordsPerSecond} records/s); reload ${load.reloadSeconds} s`);
  const sample = sampleOf(graph);

  const srv = await startServers(neo);
  stopServers = srv.stop;
  const base = (kind: ServerKind): string => `http://127.0.0.1:${srv.ports[kind]}`;
  const results: Record<string, Record<ServerKind, Measurement>> = {};

  for (const op of operationNames) {
    const opSettings = settingsFor(op);
    results[op] = {} as Record<ServerKind, Measurement>;
    for (const kind of servers) {
      // Check the answers first (no errors on any sample) and count round trips per request.
      let trips = 0;
      const checks = Math.min(5, sample.instrumentIds.length);
      // The other servers count the statements their driver ran since they started.
      const statementsSoFar = async (): Promise<number> =>
        ((await (await fetch(`${base(kind)}/_roundtrips`)).json()) as { roundTrips: number }).roundTrips;
      for (let i = 0; i < checks; i += 1) {
        const spec = requestFor(kind, op, sample, i);
        const before = isKizuna(kind) ? 0 : await statementsSoFar();
        const res = await post(`${base(kind)}${spec.path}`, spec.body, isKizuna(kind) ? { 'x-kizuna-stats': '1' } : {});
        const body = res.json as { errors?: unknown[]; extensions?: { stats?: { roundTrips: number; cacheHits: number } } };
        if (res.status !== 200 || body.errors)
          throw new Error(`${serverNames[kind]} ${op} failed: ${res.status} ${JSON.stringify(res.json).slice(0, 500)}`);
        trips += isKizuna(kind)
          ? // Statements the request needed, whether Neo4j or the read cache answered them.
            (body.extensions?.stats?.roundTrips ?? NaN) + (body.extensions?.stats?.cacheHits ?? NaN)
          : (await statementsSoFar()) - before;
      }
      const requests = Array.from({ length: 50 }, (_, i) => {
        const spec = requestFor(kind, op, sample, i);
        return { method: 'POST' as const, path: spec.path, body: spec.body, headers: { 'content-type': 'application/json' } };
      });
      const run = (seconds: number): Promise<autocannon.Result> =>
        autocannon({ url: base(kind), connections: opSettings.connections, duration: seconds, requests, timeout: opSettings.timeout });
      await run(opSettings.warmupSeconds);
      const r = await run(opSettings.seconds);
      results[op][kind] = {
        requestsPerSecond: round(r.requests.average, 1),
        p50: r.latency.p50,
        p99: r.latency.p99,
        roundTrips: round(trips / checks, 1),
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
        requests: r.requests.total,
      };
      log(
        `${op} ${serverNames[kind]}: ${results[op][kind].requestsPerSecond} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${round(trips / checks, 1)} round trips`,
      );
    }
  }
  await srv.stop();

  const operations = operationNames.map((op: OperationName) => {
    const m = results[op]!;
    return {
      operation: op,
      kizuna: m.kizuna,
      kizunaNoCache: m.kizunaNoCache,
      neo4jGraphql: m.neo4jGraphql,
      raw: m.raw,
      connections: settingsFor(op).connections,
      throughputRatioVsNeo4jGraphql: ratio(m.kizuna.requestsPerSecond, m.neo4jGraphql.requestsPerSecond),
      p99RatioVsRaw: p99Ratio(m.kizuna, m.raw),
      noCache: {
        throughputRatioVsNeo4jGraphql: ratio(m.kizunaNoCache.requestsPerSecond, m.neo4jGraphql.requestsPerSecond),
        p99RatioVsRaw: p99Ratio(m.kizunaNoCache, m.raw),
      },
    };
  });
  const output = {
    mode,
    date: new Date().toISOString(),
    conditions: {
      cpus: os.cpus().length,
      loadAverageAtEnd: os.loadavg().map((n) => round(n)),
      node: process.version,
      connections: settings.connections,
      secondsPerRun: settings.seconds,
      lineage: {
        connections: lineageSettings.connections,
        secondsPerRun: lineageSettings.seconds,
        timeoutSeconds: lineageSettings.timeout,
      },
      warmupSeconds: settings.warmupSeconds,
    },
    load,
    targets: { throughputRatioVsNeo4jGraphql: '>= 1.5', p99RatioVsRaw: '<= 1.5' },
    operations,
  };
  const dir = path.join(projectRoot, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${mode}.json`), `${JSON.stringify(output, null, 2)}\n`);
  const fmt = (m: Measurement): string => `${m.requestsPerSecond} / ${m.p50} / ${m.p99} / ${m.roundTrips}`;
  const md = [
    `# Benchmark (${mode}), ${output.date.slice(0, 10)}`,
    '',
    `${settings.connections} connections (lineage ${lineageSettings.connections}), ${settings.seconds} s per run (lineage ${lineageSettings.seconds} s) ` +
      `after ${settings.warmupSeconds} s warm-up, ${output.conditions.cpus} cores, Node ${process.version}, ` +
      `load average at the end ${output.conditions.loadAverageAtEnd.join(' / ')}. Graph: ${load.nodes} nodes, ${load.relationships} relationships ` +
      `loaded in ${load.seconds} s (${load.recordsPerSecond} records/s; an unchanged reload ${load.reloadSeconds} s).`,
    '',
    'Per server: requests/s / p50 ms / p99 ms / database statements per request (for Kizuna, whether Neo4j',
    'or the read cache answered them). "Kizuna" is as deployed (read cache on); the cache-off column',
    'shows what query shape and batching alone give, with its ratios in brackets.',
    '',
    '| operation | Kizuna | Kizuna, cache off | @neo4j/graphql | raw driver | Kizuna ÷ @neo4j/graphql (req/s, target ≥ 1.5) | Kizuna ÷ raw (p99, target ≤ 1.5) |',
    '| --- | --- | --- | --- | --- | ---: | ---: |',
    ...operations.map(
      (o) =>
        `| ${o.operation} | ${fmt(o.kizuna)} | ${fmt(o.kizunaNoCache)} | ${fmt(o.neo4jGraphql)} | ${fmt(o.raw)} | ` +
        `${o.throughputRatioVsNeo4jGraphql ?? 'n/a'} (${o.noCache.throughputRatioVsNeo4jGraphql ?? 'n/a'}) | ` +
        `${o.p99RatioVsRaw ?? 'n/a'} (${o.noCache.p99RatioVsRaw ?? 'n/a'}) |`,
    ),
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, `${mode}.md`), md);
  console.log(`\n${md}`);
  const failures = operations.flatMap((o) => servers.filter((k) => o[k].errors + o[k].non2xx > 0).map((k) => `${o.operation}/${k}`));
  if (failures.length > 0) {
    console.error(`errors during the runs: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await stopServers();
  await neo.stop();
}
log('done');
