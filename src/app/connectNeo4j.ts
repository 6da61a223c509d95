/**
 * Opens the database the configuration names: NEO4J_URI when set, otherwise the local Neo4j,
 * started on demand. Returns the Db and a stop function that closes the driver and, if this
 * process started it, the local Neo4j.
 */
import type { Config } from '../config.js';
import { createDb, type Db } from '../db/createDb.js';
import { loadStatements } from '../db/statements.js';
import type { Logger } from '../logger.js';
import { startLocalNeo4j } from '../db/startLocalNeo4j.js';

export interface Connection {
  db: Db;
  uri: string;
  local: boolean;
  stop(): Promise<void>;
}

export async function connectNeo4j(config: Config, log: Logger): Promise<Connection> {
  // Read the Cypher files first: a missing statement fails start-up before any JVM is started.
  const statements = loadStatements();
  const local =
    config.neo4jUri === undefined
      ? await startLocalNeo4j({
          ...config.local,
          user: config.neo4jUser,
          password: config.neo4jPassword,
          log: { info: (m) => log.info(m), debug: (m) => log.debug(m) },
        })
      : undefined;
  const uri = local?.uri ?? config.neo4jUri ?? '';
  const db = createDb({
    uri,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
    maxPoolSize: config.neo4jMaxPoolSize,
    readCache: config.readCache,
    statements,
  });
  return {
    db,
    uri,
    local: local !== undefined,
    async stop() {
      await db.close();
      await local?.stop();
    },
  };
}
