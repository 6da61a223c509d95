/**
 * npm start (with NODE_ENV=production unless set: graphql-js checks types more slowly outside
 * production, ~5% of the CPU of a large query): the API on a seeded Neo4j. Ctrl-C (SIGINT) or SIGTERM drains requests, closes the
 * driver and stops the local Neo4j, leaving no Java process behind.
 */
import { ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { startKizuna } from '../app/startKizuna.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : String(error));
  process.exit(2);
}
const log = createLogger(config);

try {
  const kizuna = await startKizuna(config, log);
  log.info(`Kizuna is ready: ${kizuna.url} (Neo4j at ${kizuna.connection.uri}${kizuna.connection.local ? ', local' : ''})`);
  let signalled = false;
  const shutdown = (signal: string): void => {
    if (signalled) return;
    signalled = true;
    log.info(`${signal} received, shutting down`);
    const force = setTimeout(() => {
      log.error('shutdown took longer than 45 s, exiting');
      process.exit(1);
    }, 45_000);
    force.unref();
    kizuna.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  log.fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
