/**
 * npm run bench [-- --smoke]
 *
 * Six operations against five servers on the same Neo4j, in one run, over HTTP on loopback with
 * autocannon: Kizuna with its read cache off (the headline: what query shape and batching give),
 * @neo4j/graphql, Kizuna's statements with no GraphQL (bench/rawServer.ts), the floor (one
 * hand-written statement per operation, bench/floor/*.cypher), and Kizuna as deployed (read cache
 * on) beside them. Requests are drawn from the whole generated graph (3,000 instrument ids, 200
 * search terms) under two distributions, uniform and Zipf (bench/workload.ts); every server sees the
 * same sequence. Reports requests/s, p50, p99, statements per request, the read cache's hit rate,
 * database hits (PROFILE) and a check that the floor answers as much as Kizuna, in
 * bench/results/<mode>.json and <mode>.md. Targets are reported, never asserted; the run fails only
 * on errors. Bounded: fixed durations per run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../src/config.js';
import { startBenchNeo4j } from './benchNeo4j.js';
import { loadScaleGraph, openBenchDb, post, round, startServers, type ServersProcess } from './benchHarness.js';
import {
  isKizuna,
  operationNames,
  populationOf,
  requestFor,
  resultSizes,
  sampleOf,
  type OperationName,
  type RequestSpec,
  type Sample,
  type ServerKind,
} from './operations.js';
import { measureDbHits, type DbHits } from './profile.js';
import { indexStream, topShare, ZIPF_S, type Distribution } from './workload.js';

const smoke = process.argv.includes('--smoke');
const mode = smoke ? 'smoke' : 'full';
// cachedWarmupSeconds: a cached run starts from an empty cache (Kizuna restarted), then warms it
// with the run's own distribution for this long before measuring.
const settings = smoke
  ? { instruments: 400, institutions: 120, technologyAreas: 30, warmupSeconds: 1, cachedWarmupSeconds: 1, seconds: 2, connections: 4 }
  : {
      instruments: 10_000,
      institutions: 3_000,
      technologyAreas: 300,
      warmupSeconds: 3,
      cachedWarmupSeconds: 10,
      seconds: 15,
      connections: 10,
    };
// A depth-6 lineage on the full graph reaches ~12,000 nodes and ~40,000 edges (seconds of work
// each): ten at once overload two cores, and no server completed one within the run. It gets two
// connections, a longer run and a longer timeout instead; in the smoke run too, where 2 s at four
// connections let some servers complete none.
const lineageSettings = smoke
  ? { ...settings, seconds: 4, connections: 2, timeout: 20 }
  : { ...settings, seconds: 30, connections: 2, timeout: 60 };
const settingsFor = (op: OperationName): typeof lineageSettings => (op === 'lineage' ? lineageSettings : { ...settings, timeout: 20 });

/**
 * The runs of each operation. The cold servers run the uniform workload: with no cache nothing is
 * kept between requests but Neo4j's page cache, which holds the whole graph either way, so the
 * distribution decides only which ids' costs are averaged, and uniform averages over all of them.
 * The full run also runs Kizuna cache off under Zipf, the control that shows how much that is; the
 * smoke run leaves it out to stay within ~5 minutes. Kizuna as deployed runs both distributions:
 * there the distribution is what decides the hit rate.
 */
const plan: { kind: ServerKind; distribution: Distribution }[] = [
  { kind: 'kizunaNoCache', distribution: 'uniform' },
  { kind: 'neo4jGraphql', distribution: 'uniform' },
  { kind: 'raw', distribution: 'uniform' },
  { kind: 'floor', distribution: 'uniform' },
  ...(smoke ? [] : [{ kind: 'kizunaNoCache' as const, distribution: 'zipf' as const }]),
  { kind: 'kizuna', distribution: 'uniform' },
  { kind: 'kizuna', distribution: 'zipf' },
];
const serverNames: Record<ServerKind, string> = {
  kizunaNoCache: 'Kizuna, cache off',
  neo4jGraphql: '@neo4j/graphql',
  raw: "Kizuna's statements, no GraphQL",
  floor: 'floor (one hand-written statement)',
  kizuna: 'Kizuna as deployed (cache on)',
};
const columns: Record<ServerKind, string> = {
  kizunaNoCache:
    'Kizuna (startKizuna, NODE_ENV=production) with its read cache off (READ_CACHE_TTL_MS=0): every request reaches Neo4j. The headline.',
  neo4jGraphql:
    '@neo4j/graphql 7 over equivalent type definitions (bench/neo4jGraphqlServer.ts), on the same Apollo Server and Express; no cache.',
  raw: "Kizuna's statements, no GraphQL: the raw neo4j-driver running Kizuna's named statements (cypher/*.cypher), batched as its loaders issue them with the statement planner off (STATEMENT_PLANNER=false), without GraphQL parsing, validation, resolvers or limits (bench/rawServer.ts). With the planner on (the default) Kizuna composes one statement per root field instead, which this column does not replay. Not a floor.",
  floor:
    'The floor: one hand-written Cypher statement per operation (bench/floor/<operation>.cypher), the best an expert would write for exactly the data Kizuna selects, run by the raw neo4j-driver in one auto-commit read (bench/floorServer.ts).',
  kizuna:
    'Kizuna as deployed: read cache on (60 s TTL); each cached run starts from an empty cache (Kizuna restarted) and warms it with its own distribution first.',
};
/** Sample indices every server is checked on (and PROFILEd on): the first of the population. */
const CHECKS = 3;
/** Seconds a run costs beyond its warm-up and measurement (checks, counters, restarts), for the estimate. */
const RUN_OVERHEAD_SECONDS = 1.5;

interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /**
   * Statements per request. Kizuna: over the measured run, from every response's stats (round trips
   * plus reads its cache answered); the others: over the checked samples.
   */
  statementsPerRequest: number;
  /** Read cache hits ÷ reads over the measured run (Kizuna as deployed only; null elsewhere). */
  hitRate: number | null;
  requests: number;
  errors: number;
  non2xx: number;
  /** 200 responses whose body carried GraphQL errors. */
  bodyErrors: number;
}

/** Throughput ratio; null when either side completed no request (a ratio of nothing is not a figure). */
const ratio = (a: Measurement | undefined, b: Measurement | undefined): number | null =>
  a && b && a.requestsPerSecond > 0 && b.requestsPerSecond > 0 ? round(a.requestsPerSecond / b.requestsPerSecond) : null;
/** p99 ratio; a p99 that rounds to 0 ms is a figure (the best one), so only the divisor is floored at 1 ms. */
const p99Ratio = (a: Measurement | undefined, b: Measurement | undefined): number | null =>
  a && b && a.requests > 0 && b.requests > 0 ? round(a.p99 / Math.max(b.p99, 1)) : null;

/** Seconds the whole run should take with these settings: printed at the start, so nobody waits blind. */
function estimateSeconds(): { total: number; parts: Record<string, number> } {
  // Measured on this 2-core machine: Neo4j starts in 25–45 s; the loader writes ~3,700 records/s on
  // the full graph (~700/s on the small one, where fixed costs dominate), and the unchanged reload
  // takes ~45 % of the load; the graph has ~31 records per instrument with provisions.
  const records = settings.instruments * 31;
  const load = (records / (smoke ? 700 : 3_700)) * 1.45;
  const runs = operationNames.reduce((sum, op) => {
    const s = settingsFor(op);
    return (
      sum + plan.reduce((t, r) => t + (r.kind === 'kizuna' ? s.cachedWarmupSeconds : s.warmupSeconds) + s.seconds + RUN_OVERHEAD_SECONDS, 0)
    );
  }, 0);
  // PROFILE: an in-process Kizuna and @neo4j/graphql, three samples per operation and server
  // (measured: ~25 s on the small graph, ~65 s on the full one, lineage most of it).
  const profile = smoke ? 30 : 90;
  // The checks before an operation's runs: a dozen requests, lineages of seconds among them.
  const checks = smoke ? 40 : 90;
  const parts = { neo4jStart: 35, load: Math.round(load), checks, runs: Math.round(runs), profile };
  return { total: Object.values(parts).reduce((a, b) => a + b, 0), parts };
}

const started = Date.now();
const log = (m: string): void => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${m}`);
const estimate = estimateSeconds();
log(
  `${mode}: estimated duration ≈ ${Math.ceil(estimate.total / 60)} min (${Object.entries(estimate.parts)
    .map(([k, v]) => `${k} ~${v} s`)
    .join(', ')}); ${plan.length} runs per operation, ${settings.seconds} s each (lineage ${lineageSettings.seconds} s)`,
);
const neo = await startBenchNeo4j({ log });
let stopServers = async (): Promise<void> => {};
process.once(
  'SIGINT',
  () =>
    void stopServers()
      .then(() => neo.stop())
      .then(() => process.exit(130)),
);

/** What one server answered for sample index i: status, body, and Kizuna's per-request stats. */
async function ask(
  srv: ServersProcess,
  kind: ServerKind,
  spec: RequestSpec,
): Promise<{ status: number; json: unknown; statements: number }> {
  const url = `http://127.0.0.1:${srv.ports[kind]}`;
  const counter = async (): Promise<number> => ((await (await fetch(`${url}/_roundtrips`)).json()) as { roundTrips: number }).roundTrips;
  const before = isKizuna(kind) ? 0 : await counter();
  const res = await post(`${url}${spec.path}`, spec.body, isKizuna(kind) ? { 'x-kizuna-stats': '1' } : {}, 120_000);
  const stats = (res.json as { extensions?: { stats?: { roundTrips: number; cacheHits: number } } }).extensions?.stats;
  // Kizuna's statements a request needed, whether Neo4j or the read cache answered them; the
  // others count the statements their driver ran.
  const statements = isKizuna(kind) ? (stats?.roundTrips ?? NaN) + (stats?.cacheHits ?? NaN) : (await counter()) - before;
  return { status: res.status, json: res.json, statements };
}

const STATS = /"stats":\{"roundTrips":(\d+),"cacheHits":(\d+)\}/;

/**
 * One autocannon run of `op` against `kind`: each request built takes the next index of the
 * workload stream, so every server gets the same sequence. Kizuna's requests ask for their stats
 * (x-kizuna-stats), summed over the run for the hit rate.
 */
async function run(
  srv: ServersProcess,
  kind: ServerKind,
  op: OperationName,
  sample: Sample,
  distribution: Distribution,
  phase: 'warmup' | 'measure',
  seconds: number,
): Promise<{ result: autocannon.Result; roundTrips: number; cacheHits: number; withStats: number; bodyErrors: number }> {
  const s = settingsFor(op);
  const population = populationOf(op, sample);
  const next = indexStream(op, distribution, population, phase);
  // Bodies are built once per index: the load generator shares the two cores with everything else.
  const specs = new Map<number, RequestSpec>();
  const specOf = (i: number): RequestSpec => specs.get(i) ?? specs.set(i, requestFor(kind, op, sample, i)).get(i)!;
  const tally = { roundTrips: 0, cacheHits: 0, withStats: 0, bodyErrors: 0 };
  const first = specOf(0);
  const result = await autocannon({
    url: `http://127.0.0.1:${srv.ports[kind]}`,
    connections: s.connections,
    duration: seconds,
    timeout: s.timeout,
    requests: [
      {
        method: 'POST',
        path: first.path,
        headers: { 'content-type': 'application/json', ...(isKizuna(kind) ? { 'x-kizuna-stats': '1' } : {}) },
        setupRequest: (request) => {
          const spec = specOf(next());
          return { ...request, path: spec.path, body: spec.body };
        },
        onResponse: (status, body) => {
          if (status !== 200) return;
          // GraphQL errors come with status 200; the stats sit at the end of Kizuna's body.
          if (body.includes('"errors"')) tally.bodyErrors += 1;
          const m = STATS.exec(body.slice(-200));
          if (m) {
            tally.withStats += 1;
            tally.roundTrips += Number(m[1]);
            tally.cacheHits += Number(m[2]);
          }
        },
      },
    ],
  });
  return { result, ...tally };
}

try {
  const db = openBenchDb(neo);
  log(`generating and loading ${settings.instruments} instruments through the seed loader…`);
  const { graph, report: load } = await loadScaleGraph(db, settings);
  await db.close();
  log(`loaded ${load.records} records in ${load.seconds} s (${load.recordsPerSecond} records/s); reload ${load.reloadSeconds} s`);
  const sample = sampleOf(graph);

  const srv = await startServers(neo);
  stopServers = srv.stop;
  const results = {} as Record<OperationName, Partial<Record<ServerKind, Partial<Record<Distribution, Measurement>>>>>;
  const checks = {} as Record<OperationName, { ok: boolean; kizuna: Record<string, number>; floor: Record<string, number> }>;
  // The cached Kizuna is the same code as the cold one: its answers are checked through that one.
  const kinds: ServerKind[] = ['kizunaNoCache', 'neo4jGraphql', 'raw', 'floor'];

  for (const op of operationNames) {
    const s = settingsFor(op);
    results[op] = {};
    // Every server answers the first samples without an error, and is counted statement by
    // statement; the floor's answer to the first is compared with Kizuna's, size by size.
    const statements = {} as Record<ServerKind, number>;
    const first = {} as Record<ServerKind, unknown>;
    for (const kind of kinds) {
      let total = 0;
      for (let i = 0; i < CHECKS; i += 1) {
        const res = await ask(srv, kind, requestFor(kind, op, sample, i));
        const body = res.json as { errors?: unknown[]; error?: unknown };
        if (res.status !== 200 || body.errors || body.error)
          throw new Error(`${serverNames[kind]} ${op} failed: ${res.status} ${JSON.stringify(res.json).slice(0, 500)}`);
        if (i === 0) first[kind] = res.json;
        total += res.statements;
      }
      statements[kind] = round(total / CHECKS, 1);
    }
    const kizunaSizes = resultSizes('kizuna', op, first.kizunaNoCache);
    const floorSizes = resultSizes('floor', op, first.floor);
    checks[op] = { ok: JSON.stringify(kizunaSizes) === JSON.stringify(floorSizes), kizuna: kizunaSizes, floor: floorSizes };
    if (!checks[op].ok) log(`WARNING ${op}: the floor's answer differs from Kizuna's: ${JSON.stringify(checks[op])}`);

    for (const { kind, distribution } of plan) {
      if (kind === 'kizuna') await srv.restartKizuna();
      await run(srv, kind, op, sample, distribution, 'warmup', kind === 'kizuna' ? s.cachedWarmupSeconds : s.warmupSeconds);
      const {
        result: r,
        roundTrips,
        cacheHits,
        withStats,
        bodyErrors,
      } = await run(srv, kind, op, sample, distribution, 'measure', s.seconds);
      const m: Measurement = {
        requestsPerSecond: round(r.requests.average, 1),
        p50: r.latency.p50,
        p99: r.latency.p99,
        statementsPerRequest: isKizuna(kind)
          ? withStats > 0
            ? round((roundTrips + cacheHits) / withStats, 1)
            : statements.kizunaNoCache
          : statements[kind],
        hitRate: kind === 'kizuna' && roundTrips + cacheHits > 0 ? round(cacheHits / (roundTrips + cacheHits), 3) : null,
        requests: r.requests.total,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
        bodyErrors,
      };
      (results[op][kind] ??= {})[distribution] = m;
      log(
        `${op} ${serverNames[kind]} (${distribution}): ${m.requestsPerSecond} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ` +
          `${m.statementsPerRequest} statements/request${m.hitRate === null ? '' : `, hit rate ${Math.round(m.hitRate * 100)} %`}`,
      );
    }
  }
  await srv.stop();

  log(`PROFILE: database hits of Kizuna's, @neo4j/graphql's and the floor's statements, samples 0–${CHECKS - 1}…`);
  const dbHits: Record<OperationName, DbHits> = await measureDbHits(
    neo,
    sample,
    operationNames,
    Array.from({ length: CHECKS }, (_, i) => i),
  );

  const operations = operationNames.map((op) => {
    const m = results[op];
    const cold = m.kizunaNoCache?.uniform;
    const asDeployed = (d: Distribution) => ({
      throughputRatioVsNeo4jGraphqlCold: ratio(m.kizuna?.[d], m.neo4jGraphql?.uniform),
      p99RatioVsFloor: p99Ratio(m.kizuna?.[d], m.floor?.uniform),
      hitRate: m.kizuna?.[d]?.hitRate ?? null,
    });
    return {
      operation: op,
      connections: settingsFor(op).connections,
      secondsPerRun: settingsFor(op).seconds,
      population: populationOf(op, sample),
      kizunaNoCache: m.kizunaNoCache,
      neo4jGraphql: m.neo4jGraphql,
      raw: m.raw,
      floor: m.floor,
      kizuna: m.kizuna,
      dbHits: dbHits[op],
      resultCheck: checks[op],
      throughputRatioVsNeo4jGraphqlCold: ratio(cold, m.neo4jGraphql?.uniform),
      p99RatioVsFloor: p99Ratio(cold, m.floor?.uniform),
      asDeployed: { uniform: asDeployed('uniform'), zipf: asDeployed('zipf') },
    };
  });
  const ids = sample.instrumentIds.length;
  const top = Math.max(1, Math.round(ids / 100));
  const output = {
    mode,
    date: new Date().toISOString(),
    conditions: {
      cpus: os.cpus().length,
      loadAverageAtEnd: os.loadavg().map((n) => round(n)),
      node: process.version,
      connections: settings.connections,
      secondsPerRun: settings.seconds,
      warmupSeconds: settings.warmupSeconds,
      cachedWarmupSeconds: settings.cachedWarmupSeconds,
      lineage: {
        connections: lineageSettings.connections,
        secondsPerRun: lineageSettings.seconds,
        timeoutSeconds: lineageSettings.timeout,
      },
      runs: plan.map((r) => `${r.kind}/${r.distribution}`),
      estimatedSeconds: estimate.total,
      elapsedSeconds: Math.round((Date.now() - started) / 1000),
    },
    load,
    workload: {
      instrumentIds: ids,
      searchTerms: sample.searchTerms.length,
      countries: sample.countryIds.length,
      uniform: 'each request draws an index uniformly over the operation’s population',
      zipf: `each request draws rank k with probability ∝ 1/(k+1)^${ZIPF_S} over the operation’s population (a seeded shuffle of the graph)`,
      zipfTopOnePercentShare: round(topShare(indexStream('share', 'zipf', ids, 'measure'), 100_000, top), 3),
    },
    columns,
    methods: {
      statementsPerRequest: `Kizuna: Σ (roundTrips + cacheHits) ÷ responses over the measured run, from each response's extensions.stats (header x-kizuna-stats: 1); the other servers: mean over sample indices 0–${CHECKS - 1}, sent one at a time, of their count of statements run (GET /_roundtrips) before and after`,
      hitRate:
        'cached runs only: every measured request carries x-kizuna-stats: 1; hit rate = Σ cacheHits ÷ Σ (roundTrips + cacheHits) over the run’s responses',
      dbHits: `PROFILE, summed over the plan tree, mean of sample indices 0–${CHECKS - 1}: the statements Kizuna (cache off) and @neo4j/graphql actually ran for the request, captured at the neo4j-driver in the bench process, and the floor's statement`,
      resultCheck: 'sizes of the floor’s answer and Kizuna’s for sample index 0 (nodes, edges, hits, parties …); a difference is a warning',
    },
    targets: { throughputRatioVsNeo4jGraphqlCold: '>= 1.5', p99RatioVsFloor: '<= 1.2', statementsPerRequest: '1 per root field' },
    operations,
  };
  const dir = path.join(projectRoot, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${mode}.json`), `${JSON.stringify(output, null, 2)}\n`);
  const fmt = (x: Measurement | undefined): string =>
    x ? `${x.requestsPerSecond} / ${x.p50} / ${x.p99} / ${x.statementsPerRequest}` : '–';
  const fmtCached = (x: Measurement | undefined): string =>
    x ? `${x.requestsPerSecond} / ${x.p50} / ${x.p99} / ${x.hitRate === null ? '–' : `${Math.round(x.hitRate * 100)} %`}` : '–';
  const target = (value: number | null, ok: (v: number) => boolean): string =>
    value === null ? 'n/a' : `${value} ${ok(value) ? '✓' : '✗'}`;
  const md = [
    `# Benchmark (${mode}), ${output.date.slice(0, 10)}`,
    '',
    `${settings.connections} connections (lineage ${lineageSettings.connections}), ${settings.seconds} s per run (lineage ${lineageSettings.seconds} s) ` +
      `after ${settings.warmupSeconds} s warm-up (cached runs: ${settings.cachedWarmupSeconds} s from an empty cache), ${output.conditions.cpus} cores, Node ${process.version}, ` +
      `load average at the end ${output.conditions.loadAverageAtEnd.join(' / ')}, ${output.conditions.elapsedSeconds} s in all. ` +
      `Graph: ${load.nodes} nodes, ${load.relationships} relationships loaded in ${load.seconds} s (${load.recordsPerSecond} records/s; an unchanged reload ${load.reloadSeconds} s).`,
    '',
    `Workload: requests drawn from ${ids} instrument ids, ${sample.searchTerms.length} search terms and ${sample.countryIds.length} countries × 40 years, ` +
      `uniform or Zipf (s = ${ZIPF_S}: the top 1 % of ids get ${Math.round(output.workload.zipfTopOnePercentShare * 100)} % of requests); every server gets the same sequence.`,
    '',
    'Cold (no cache anywhere), uniform workload; each cell is requests/s / p50 ms / p99 ms / statements per request.',
    'As deployed: Kizuna with its read cache on, each run from an empty cache; cells are requests/s / p50 / p99 / hit rate.',
    'Targets (reported, never asserted): Kizuna cold ≥ 1.5 × @neo4j/graphql in requests/s; Kizuna cold p99 ≤ 1.2 × the floor; 1 statement per root field.',
    '',
    `| operation | **Kizuna, cache off** | @neo4j/graphql | Kizuna's statements, no GraphQL | floor | req/s ÷ @neo4j/graphql (≥ 1.5) | p99 ÷ floor (≤ 1.2) | as deployed, uniform | as deployed, Zipf | as deployed ÷ @neo4j/graphql (uniform / Zipf) |`,
    '| --- | --- | --- | --- | --- | ---: | ---: | --- | --- | ---: |',
    ...operations.map(
      (o) =>
        `| ${o.operation} | ${fmt(o.kizunaNoCache?.uniform)} | ${fmt(o.neo4jGraphql?.uniform)} | ${fmt(o.raw?.uniform)} | ${fmt(o.floor?.uniform)} | ` +
        `${target(o.throughputRatioVsNeo4jGraphqlCold, (v) => v >= 1.5)} | ${target(o.p99RatioVsFloor, (v) => v <= 1.2)} | ` +
        `${fmtCached(o.kizuna?.uniform)} | ${fmtCached(o.kizuna?.zipf)} | ` +
        `${o.asDeployed.uniform.throughputRatioVsNeo4jGraphqlCold ?? 'n/a'} / ${o.asDeployed.zipf.throughputRatioVsNeo4jGraphqlCold ?? 'n/a'} |`,
    ),
    '',
    `Database hits per request (PROFILE, mean of samples 0–${CHECKS - 1}; statements per request in brackets), Kizuna cache off under Zipf (the control for the cold columns' choice of the uniform workload; full run only), and the size check of the floor's answer against Kizuna's (sample 0).`,
    '',
    '| operation | Kizuna db hits | @neo4j/graphql db hits | floor db hits | Kizuna, cache off, Zipf | floor answers as Kizuna |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...operations.map(
      (o) =>
        `| ${o.operation} | ${o.dbHits.kizuna} (${o.dbHits.statements.kizuna}) | ${o.dbHits.neo4jGraphql} (${o.dbHits.statements.neo4jGraphql}) | ${o.dbHits.floor} (${o.dbHits.statements.floor}) | ` +
        `${o.kizunaNoCache?.zipf ? fmt(o.kizunaNoCache.zipf) : 'not run (smoke)'} | ${o.resultCheck.ok ? `✓ ${JSON.stringify(o.resultCheck.kizuna)}` : `⚠ differs: Kizuna ${JSON.stringify(o.resultCheck.kizuna)}, floor ${JSON.stringify(o.resultCheck.floor)}`} |`,
    ),
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, `${mode}.md`), md);
  console.log(`\n${md}`);
  const failures = operations.flatMap((o) =>
    plan
      .filter(({ kind, distribution }) => {
        const x = o[kind]?.[distribution];
        return x !== undefined && x.errors + x.non2xx + x.bodyErrors > 0;
      })
      .map(({ kind, distribution }) => `${o.operation}/${kind}/${distribution}`),
  );
  if (failures.length > 0) {
    console.error(`errors during the runs: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await stopServers();
  await neo.stop();
}
log('done');
