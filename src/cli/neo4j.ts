/**
 * npm run neo4j: runs only the local Neo4j (same settings as npm start) until Ctrl-C, for
 * cypher-shell, Neo4j tools or a second API process pointed at it with NEO4J_URI.
 */
import { ConfigError, loadConfig } from '../config.js';
import { startLocalNeo4j } from '../db/startLocalNeo4j.js';

try {
  const config = loadConfig();
  const neo4j = await startLocalNeo4j({
    ...config.local,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    log: { info: (m) => console.log(m), debug: () => {} },
  });
  console.log(`Connect with NEO4J_URI=${neo4j.uri} NEO4J_USER=neo4j NEO4J_PASSWORD=<your NEO4J_PASSWORD>. Ctrl-C stops it.`);
  const stop = (): void => {
    neo4j.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error));
  process.exit(2);
}
