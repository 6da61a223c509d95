/**
 * Runs the benchmarked servers in one child process, on free loopback ports, against the
 * Neo4j named by BENCH_NEO4J_URI/USER/PASSWORD: (a) Kizuna exactly as `npm start` builds it
 * (startKizuna, seeds off: the bench loaded the graph), the same with its read cache off,
 * (b) @neo4j/graphql, (c) Kizuna's statements with no GraphQL (rawServer.ts), (d) the floor: one
 * hand-written statement per operation (floorServer.ts).
 * A control endpoint (POST /restart/kizuna) restarts the cached Kizuna on the same port, so each
 * cached run of the bench starts from an empty read cache, whatever the previous run left in it.
 * Prints one JSON line with the ports, then runs until its standard input closes or SIGTERM.
 * The harness runs it in a separate process so the load generator does not share its event loop.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startKizuna } from '../src/app/startKizuna.js';
import { startFloorServer } from './floorServer.js';
import { startNeo4jGraphqlServer } from './neo4jGraphqlServer.js';
import { startRawServer } from './rawServer.js';

const env = process.env;
const neo4jOptions = { uri: env.BENCH_NEO4J_URI ?? '', user: env.BENCH_NEO4J_USER ?? 'neo4j', password: env.BENCH_NEO4J_PASSWORD ?? '' };
const settings = {
  NEO4J_URI: neo4jOptions.uri,
  NEO4J_USER: neo4jOptions.user,
  NEO4J_PASSWORD: neo4jOptions.password,
  NEO4J_MAX_POOL_SIZE: env.NEO4J_MAX_POOL_SIZE,
  PORT: '0',
  LOG_LEVEL: 'silent',
  SEED_ON_START: 'false',
  KIZUNA_TOKENS: env.KIZUNA_TOKENS,
  READ_CACHE_TTL_MS: env.READ_CACHE_TTL_MS,
};
const config = loadConfig(settings);
let kizuna = await startKizuna(config, createLogger(config));
// The load, fault and abuse tests need Kizuna alone.
const onlyKizuna = env.BENCH_ONLY_KIZUNA === '1';
const noCacheConfig = loadConfig({ ...settings, READ_CACHE_TTL_MS: '0' });
const kizunaNoCache = onlyKizuna ? undefined : await startKizuna(noCacheConfig, createLogger(noCacheConfig));
const neo4jGraphql = onlyKizuna ? undefined : await startNeo4jGraphqlServer(neo4jOptions);
const raw = onlyKizuna ? undefined : await startRawServer(neo4jOptions);
const floor = onlyKizuna ? undefined : await startFloorServer(neo4jOptions);

// A fresh Kizuna (and so a fresh read cache) on the port the bench already knows.
let restarting: Promise<void> = Promise.resolve();
const restartKizuna = (): Promise<void> =>
  (restarting = restarting.then(async () => {
    const port = kizuna.port;
    await kizuna.stop();
    const again = loadConfig({ ...settings, PORT: String(port) });
    kizuna = await startKizuna(again, createLogger(again));
  }));
const control = http.createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/restart/kizuna') {
    restartKizuna().then(
      () => res.end(JSON.stringify({ port: kizuna.port })),
      (error: unknown) => {
        res.statusCode = 500;
        res.end(JSON.stringify({ error: String(error) }));
      },
    );
    return;
  }
  res.statusCode = 404;
  res.end();
});
await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));

console.log(
  JSON.stringify({
    ports: {
      kizuna: kizuna.port,
      kizunaNoCache: kizunaNoCache?.port ?? 0,
      neo4jGraphql: neo4jGraphql?.port ?? 0,
      raw: raw?.port ?? 0,
      floor: floor?.port ?? 0,
      control: (control.address() as AddressInfo).port,
    },
    pid: process.pid,
  }),
);

let stopping = false;
const stop = async (): Promise<void> => {
  if (stopping) return;
  stopping = true;
  await restarting.catch(() => undefined);
  control.close();
  await Promise.allSettled([kizuna.stop(), kizunaNoCache?.stop(), neo4jGraphql?.stop(), raw?.stop(), floor?.stop()]);
  process.exit(0);
};
process.stdin.on('close', () => void stop());
process.stdin.resume();
process.on('SIGTERM', () => void stop());
