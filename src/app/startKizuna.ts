/**
 * Everything `npm start` does, as a function the tests can call too: open Neo4j (NEO4J_URI or
 * the local launcher), apply constraints and indexes, load the seeds idempotently, and serve.
 */
import type { Config } from '../config.js';
import { connectNeo4j, type Connection } from './connectNeo4j.js';
import type { Logger } from '../logger.js';
import { checkSeeds } from '../seed/checkSeeds.js';
import { loadSeedGraph } from '../seed/loadSeedGraph.js';
import { formatProblem } from '../seed/validateSeeds.js';
import { createServer, type KizunaServer } from '../http/createServer.js';

export interface RunningKizuna {
  url: string;
  port: number;
  connection: Connection;
  server: KizunaServer;
  /** Drains requests, closes the driver, stops the local Neo4j if it was started here. */
  stop(): Promise<void>;
}

export async function startKizuna(config: Config, log: Logger): Promise<RunningKizuna> {
  // Validate the seeds before starting anything: a broken seed file should not cost a JVM start.
  const seeds = config.seedOnStart ? checkSeeds(config.seedsDir) : undefined;
  if (seeds && seeds.problems.length > 0) {
    throw new Error(`The seed files have ${seeds.problems.length} problem(s):\n${seeds.problems.map(formatProblem).join('\n')}`);
  }
  const connection = await connectNeo4j(config, log);
  let schemaApplied = false;
  try {
    await connection.db.applySchema();
    schemaApplied = true;
    if (seeds) {
      const result = await loadSeedGraph(connection.db, seeds.graph);
      log.info(result, 'seed data loaded');
    }
    const server = await createServer(config, connection.db, log, { schemaApplied: () => schemaApplied });
    const port = await server.listen(config.port, config.host);
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;
    let stopping: Promise<void> | undefined;
    return {
      url,
      port,
      connection,
      server,
      stop: () => {
        stopping ??= (async () => {
          const started = Date.now();
          await server.stop();
          log.info(`HTTP server drained in ${Date.now() - started} ms`);
          await connection.stop();
          log.info(`Neo4j connection closed${connection.local ? ' and local Neo4j stopped' : ''} after ${Date.now() - started} ms`);
        })();
        return stopping;
      },
    };
  } catch (error) {
    await connection.stop();
    throw error;
  }
}
