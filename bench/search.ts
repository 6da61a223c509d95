/**
 * npm run bench:search [-- --scale]
 *
 * Search quality and suggestion speed, over HTTP on loopback, against a Kizuna started here on its
 * own Neo4j (bench/benchNeo4j.ts):
 *  1. The judged relevance set (test/relevance/judged.yaml) on the seeded graph: MRR and recall@3,
 *     overall and per category, and every miss.
 *  2. `suggest` as a user types: every prefix (1 to 12 characters) of names drawn uniformly from all
 *     the names in the graph, one request after another, as one person typing would send them. p50,
 *     p99 and max per request, with the read cache off (every keystroke reads Neo4j: the honest
 *     figure) and as deployed (cache on), with the cache hit rate the server reported. Targets: p99
 *     under 20 ms on the seeded graph, under 50 ms on the scale graph. Reported, never asserted.
 *     Beside it, the floor: node(id) for ids drawn from the whole graph, cache off — one database
 *     read over the same HTTP and GraphQL path, the least any uncached request costs.
 *  3. With --scale: 2 again on the 10,000-instrument generated graph (bench/generateScaleGraph.ts).
 * Writes bench/results/search.json and search.md. Bounded: at most 1,500 requests or 60 s per run.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as hdr from 'hdr-histogram-js';
import { startKizuna } from '../src/app/startKizuna.js';
import { loadConfig, projectRoot } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { nameFields } from '../src/model/nameKey.js';
import type { SeedGraph } from '../src/model/vocabulary.js';
import { checkSeeds } from '../src/seed/checkSeeds.js';
import { formatRelevanceReport, loadJudgedSet, scoreJudgedSet, type RelevanceReport } from '../test/relevance/judgedSet.js';
import { startBenchNeo4j, type BenchNeo4j } from './benchNeo4j.js';
import { loadScaleGraph, openBenchDb, post, round } from './benchHarness.js';

const scale = process.argv.includes('--scale');
const MAX_REQUESTS = 1_500;
const MAX_SECONDS = 60;
const MAX_PREFIX = 12;

const started = Date.now();
const log = (m: string): void => console.log(`[bench:search ${((Date.now() - started) / 1000).toFixed(0)}s] ${m}`);

/** mulberry32: a seeded PRNG, so every run replays the same keystrokes. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every name in the graph (own name fields and Name nodes), once each. */
function allNames(graph: SeedGraph): string[] {
  const names = new Set<string>();
  for (const n of graph.nodes) for (const f of nameFields) if (typeof n.props[f] === 'string') names.add(n.props[f] as string);
  return [...names];
}

/** Node ids drawn uniformly from the whole graph (with a seeded PRNG), for the one-read floor. */
function idsOf(graph: SeedGraph, seed: number): string[] {
  const random = prng(seed);
  const ids = graph.nodes.filter((n) => n.label !== 'Name' && n.label !== 'DateClaim').map((n) => n.id);
  return Array.from({ length: MAX_REQUESTS }, () => ids[Math.floor(random() * ids.length)]!);
}

/** The keystrokes of names drawn uniformly (with a seeded PRNG): each name's prefixes of 1 to 12 characters. */
function keystrokes(names: string[], seed: number): string[] {
  const random = prng(seed);
  const out: string[] = [];
  while (out.length < MAX_REQUESTS) {
    const chars = [...names[Math.floor(random() * names.length)]!];
    for (let i = 1; i <= Math.min(chars.length, MAX_PREFIX); i++) {
      const prefix = chars.slice(0, i).join('');
      if (prefix.trim() !== '') out.push(prefix);
    }
  }
  return out.slice(0, MAX_REQUESTS);
}

interface SuggestRun {
  /** suggest, or node(id): the one-read floor. */
  operation: string;
  graph: string;
  cache: 'off' | 'on';
  requests: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
  cacheHitRate: number | null;
  targetP99: number;
}

const SUGGEST = 'query($prefix: String!) { suggest(prefix: $prefix, first: 8) { node { id } kind title year matchedName } }';
// The floor beside it: the cheapest read there is, one node by id, over the same HTTP and GraphQL path.
const NODE = 'query($prefix: ID!) { node(id: $prefix) { id } }';

/**
 * Sends `prefixes` one after another (after 20 warm-up requests) and reports latency; `query` is
 * SUGGEST, or NODE for the one-read floor (the "prefixes" are then node ids).
 */
async function measure(
  url: string,
  prefixes: string[],
  graph: string,
  cache: 'off' | 'on',
  targetP99: number,
  query = SUGGEST,
): Promise<SuggestRun> {
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });
  let errors = 0;
  let reads = 0;
  let hits = 0;
  const deadline = performance.now() + MAX_SECONDS * 1000;
  let requests = 0;
  // Warm-up: the first requests pay for JIT and connection set-up, not for suggest.
  for (const prefix of prefixes.slice(0, 20)) await post(url, JSON.stringify({ query, variables: { prefix } }));
  for (const prefix of prefixes) {
    if (performance.now() > deadline) break;
    const res = await post(url, JSON.stringify({ query, variables: { prefix } }), { 'x-kizuna-stats': '1' });
    requests++;
    histogram.recordValue(Math.max(1, Math.round(res.ms * 1000))); // microseconds
    const body = res.json as { errors?: unknown; extensions?: { stats?: { roundTrips: number; cacheHits: number } } };
    if (res.status !== 200 || body.errors) errors++;
    reads += (body.extensions?.stats?.roundTrips ?? 0) + (body.extensions?.stats?.cacheHits ?? 0);
    hits += body.extensions?.stats?.cacheHits ?? 0;
  }
  const ms = (us: number): number => round(us / 1000, 1);
  return {
    operation: query === SUGGEST ? 'suggest' : 'node(id) (floor)',
    graph,
    cache,
    requests,
    errors,
    p50: ms(histogram.getValueAtPercentile(50)),
    p99: ms(histogram.getValueAtPercentile(99)),
    max: ms(histogram.maxValue),
    cacheHitRate: cache === 'on' && reads > 0 ? round(hits / reads, 3) : null,
    targetP99,
  };
}

/** Starts Kizuna on the bench Neo4j (cache off or on), runs `work` against its /graphql, stops it. */
async function withKizuna<T>(neo: BenchNeo4j, cache: 'off' | 'on', seed: boolean, work: (url: string) => Promise<T>): Promise<T> {
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: neo.uri,
    NEO4J_USER: neo.user,
    NEO4J_PASSWORD: neo.password,
    PORT: '0',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    SEED_ON_START: String(seed),
    READ_CACHE_TTL_MS: cache === 'off' ? '0' : '60000',
  });
  const kizuna = await startKizuna(config, createLogger(config));
  try {
    return await work(`http://127.0.0.1:${kizuna.port}/graphql`);
  } finally {
    await kizuna.stop();
  }
}

const neo = await startBenchNeo4j({ log });
const runs: SuggestRun[] = [];
let relevance: RelevanceReport | undefined;
try {
  const seeds = checkSeeds().graph;
  log('seeded graph: judged relevance set');
  relevance = await withKizuna(neo, 'off', true, (url) =>
    scoreJudgedSet(loadJudgedSet(), async (text) => {
      const res = await post(
        url,
        JSON.stringify({ query: 'query($t: String!) { search(text: $t, first: 10) { node { id } } }', variables: { t: text } }),
      );
      return ((res.json as { data?: { search: { node: { id: string } }[] } }).data?.search ?? []).map((h) => h.node.id);
    }),
  );
  console.log(formatRelevanceReport(relevance));

  const seededKeys = keystrokes(allNames(seeds), 12);
  const seededIds = idsOf(seeds, 12);
  for (const cache of ['off', 'on'] as const) {
    log(`seeded graph: suggest, read cache ${cache}`);
    runs.push(await withKizuna(neo, cache, false, (url) => measure(url, seededKeys, 'seeded', cache, 20)));
  }
  log('seeded graph: node(id), read cache off (the floor)');
  runs.push(await withKizuna(neo, 'off', false, (url) => measure(url, seededIds, 'seeded', 'off', 20, NODE)));

  if (scale) {
    log('loading the scale graph (10,000 instruments)');
    const db = openBenchDb(neo);
    const { graph } = await loadScaleGraph(db, { instruments: 10_000, institutions: 3_000, technologyAreas: 300 }, false);
    await db.close();
    const scaleKeys = keystrokes(allNames(graph), 12);
    for (const cache of ['off', 'on'] as const) {
      log(`scale graph: suggest, read cache ${cache}`);
      runs.push(await withKizuna(neo, cache, false, (url) => measure(url, scaleKeys, 'scale (10,000 instruments)', cache, 50)));
    }
    log('scale graph: node(id), read cache off (the floor)');
    runs.push(await withKizuna(neo, 'off', false, (url) => measure(url, idsOf(graph, 12), 'scale (10,000 instruments)', 'off', 50, NODE)));
  }
} finally {
  await neo.stop();
}

const table = [
  '| operation | graph | read cache | requests | errors | p50 ms | p99 ms | max ms | cache hit rate | suggest p99 target |',
  '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...runs.map(
    (r) =>
      `| ${r.operation} | ${r.graph} | ${r.cache} | ${r.requests} | ${r.errors} | ${r.p50} | ${r.p99} | ${r.max} | ${r.cacheHitRate ?? '–'} | ${r.operation === 'suggest' ? `< ${r.targetP99} ms ${r.p99 < r.targetP99 ? '✓' : '✗'}` : '–'} |`,
  ),
].join('\n');
console.log(table);
const out = path.join(projectRoot, 'bench', 'results');
fs.mkdirSync(out, { recursive: true });
const rel = relevance!;
fs.writeFileSync(
  path.join(out, 'search.json'),
  `${JSON.stringify({ relevance: { queries: rel.queries, mrr: round(rel.mrr, 3), recallAt3: round(rel.recallAt3, 3), byCategory: rel.byCategory }, suggest: runs }, null, 2)}\n`,
);
fs.writeFileSync(
  path.join(out, 'search.md'),
  [
    `# Search: relevance and suggestions (${new Date().toISOString().slice(0, 10)}, \`npm run bench:search${scale ? ' -- --scale' : ''}\`)`,
    '',
    '```',
    formatRelevanceReport(rel),
    '```',
    '',
    `Suggest: every prefix (1–${MAX_PREFIX} characters) of names drawn uniformly from the graph's names, sent one after another as one person types; at most ${MAX_REQUESTS} requests or ${MAX_SECONDS} s per run.`,
    '',
    table,
    '',
  ].join('\n'),
);
log(`wrote bench/results/search.{json,md}`);
