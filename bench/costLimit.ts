/**
 * npm run bench:cost
 *
 * What the cost limit costs a request, side by side in one run: operationCost on every request (as
 * src/http/costLimit.ts did first) against the cache every server now uses (createCostCache), on the
 * benchmark's six Kizuna queries with the full benchmark's variables (bench/operations.ts, drawn from
 * the 10,000-instrument generated graph, uniform and Zipf). In process, no Neo4j and no HTTP: the
 * plugin's own work only. Each query text is parsed once, as Apollo's document cache does. Both
 * sides must agree on every cost (the run fails otherwise). Writes bench/results/cost.{md,json}.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse, type DocumentNode } from 'graphql';
import { projectRoot } from '../src/config.js';
import { loadTypeDefs } from '../src/graphql/loadTypeDefs.js';
import { resolvers } from '../src/graphql/resolvers/index.js';
import { costVariables, createCostCache, operationCost } from '../src/http/costLimit.js';
import { generateScaleGraph } from './generateScaleGraph.js';
import { operationNames, populationOf, requestFor, sampleOf } from './operations.js';
import { distributions, indexStream } from './workload.js';

/** Requests per operation and distribution; bounded so the whole run takes well under a minute. */
const REQUESTS = 5_000;

const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
const sample = sampleOf(generateScaleGraph());
const documents = new Map<string, DocumentNode>();
const rows: { operation: string; distribution: string; uncachedUs: number; cachedUs: number; hitRate: number }[] = [];
let disagreements = 0;

for (const op of operationNames) {
  for (const distribution of distributions) {
    const next = indexStream(op, distribution, populationOf(op, sample), 'measure');
    const requests = Array.from({ length: REQUESTS }, () => {
      const { query, variables } = JSON.parse(requestFor('kizuna', op, sample, next()).body) as {
        query: string;
        variables: Record<string, unknown>;
      };
      let document = documents.get(query);
      if (!document) documents.set(query, (document = parse(query)));
      return { document, variables };
    });
    // A fresh cache per row, so every row starts cold and its hit rate is its own.
    const cached = createCostCache(schema);
    // A miss is a request whose (document, cost variables) pair was not seen before: the cache holds
    // 2,000 costs, more than any row has pairs, so nothing is evicted here.
    const pairs = new Set(
      requests.map((r) => JSON.stringify([r.document.loc?.source.body, costVariables(r.document).map((n) => r.variables[n])])),
    );
    const misses = pairs.size;
    // Warm-up of the JIT on a copy of the same work, then the measured passes.
    for (const r of requests.slice(0, 500)) operationCost(schema, r.document, r.variables, undefined);
    let t = process.hrtime.bigint();
    const plain = requests.map((r) => operationCost(schema, r.document, r.variables, undefined));
    const uncachedUs = Number(process.hrtime.bigint() - t) / 1_000 / REQUESTS;
    t = process.hrtime.bigint();
    const remembered = requests.map((r) => cached(r.document, r.variables, undefined));
    const cachedUs = Number(process.hrtime.bigint() - t) / 1_000 / REQUESTS;
    disagreements += plain.filter((cost, i) => cost !== remembered[i]).length;
    rows.push({
      operation: op,
      distribution,
      uncachedUs: Math.round(uncachedUs * 10) / 10,
      cachedUs: Math.round(cachedUs * 10) / 10,
      hitRate: Math.round(((REQUESTS - misses) / REQUESTS) * 10_000) / 100,
    });
    console.log(`[bench:cost] ${op} (${distribution}): ${rows.at(-1)!.uncachedUs} µs → ${rows.at(-1)!.cachedUs} µs per request`);
  }
}

const md = [
  `# What the cost limit costs a request, ${new Date().toISOString().slice(0, 10)}`,
  '',
  `${REQUESTS} requests per row with the full benchmark's variables (10,000-instrument graph), Node ${process.version}; µs of the cost plugin's work per request (mean). Costs agreed on every request: ${disagreements === 0 ? 'yes' : `NO (${disagreements} differ)`}.`,
  '',
  '| operation | workload | costed every request (µs) | cached (µs) | cache hit rate |',
  '| --- | --- | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.operation} | ${r.distribution} | ${r.uncachedUs} | ${r.cachedUs} | ${r.hitRate} % |`),
  '',
].join('\n');
const dir = path.join(projectRoot, 'bench', 'results');
fs.writeFileSync(path.join(dir, 'cost.md'), md);
fs.writeFileSync(path.join(dir, 'cost.json'), `${JSON.stringify({ requests: REQUESTS, disagreements, rows }, null, 2)}\n`);
console.log(md);
process.exit(disagreements === 0 ? 0 : 1);
