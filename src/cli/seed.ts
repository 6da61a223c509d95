/**
 * npm run seed [-- --reset] [-- --report]   validate, then load the seed files (one transaction)
 * npm run seed:check [-- --report]           validate only (and print what of each source is held); needs no database
 * Exit codes: 0 done, 1 invalid seeds (nothing written), 2 configuration or database problem.
 */
import { ConfigError, loadConfig } from '../config.js';
import { connectNeo4j } from '../app/connectNeo4j.js';
import { createLogger } from '../logger.js';
import { checkSeeds } from '../seed/checkSeeds.js';
import { graphReport, loadSeedGraph } from '../seed/loadSeedGraph.js';
import { formatProblem } from '../seed/validateSeeds.js';
import { coverageReport, formatCoverage } from '../seed/coverageReport.js';
import { readSourceTexts } from '../seed/readSeedFiles.js';

const args = new Set(process.argv.slice(2));
const known = new Set(['--check', '--reset', '--report']);
const unknownArgs = [...args].filter((a) => !known.has(a));
if (unknownArgs.length > 0) {
  console.error(`Unknown option ${unknownArgs.join(' ')}. Use --check, --reset or --report.`);
  process.exit(2);
}

let config;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : String(error));
  process.exit(2);
}

const { graph, problems } = checkSeeds(config.seedsDir);
if (problems.length > 0) {
  console.error(`The seed files have ${problems.length} problem(s); nothing was written:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
const counts = new Map<string, number>();
for (const n of graph.nodes) counts.set(n.label, (counts.get(n.label) ?? 0) + 1);
console.log(
  `Seed files are valid: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships (${[...counts].map(([l, c]) => `${l} ${c}`).join(', ')}).`,
);
if (args.has('--report')) console.log(`\n${formatCoverage(coverageReport(graph, readSourceTexts(graph, config.seedsDir)))}\n`);
if (args.has('--check')) process.exit(0);

try {
  const log = createLogger({ logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel });
  const connection = await connectNeo4j(config, log);
  try {
    await connection.db.applySchema();
    const result = await loadSeedGraph(connection.db, graph, { reset: args.has('--reset') });
    console.log(
      `Loaded into ${connection.uri}: ${result.nodesChanged} nodes and ${result.relationshipsChanged} relationships created or updated, ` +
        `${result.nodesDeleted} nodes and ${result.relationshipsDeleted} relationships removed.`,
    );
    if (args.has('--report')) {
      const rows = await graphReport(connection.db);
      for (const kind of ['node', 'relationship']) {
        console.log(kind === 'node' ? '\nNodes per label:' : '\nRelationships per type:');
        for (const r of rows.filter((row) => row.kind === kind)) console.log(`  ${r.name.padEnd(24)} ${String(r.count).padStart(6)}`);
      }
    }
  } finally {
    await connection.stop();
  }
} catch (error) {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
