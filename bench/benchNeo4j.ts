/**
 * The Neo4j the benchmark, load, fault and abuse runs use: NEO4J_URI when set (a scratch database:
 * it is overwritten), otherwise the local launcher on a free loopback port with a throwaway data
 * directory (never the default port or .kizuna/neo4j, so a running `npm start` is left alone).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../src/db/startLocalNeo4j.js';

export interface BenchNeo4j {
  uri: string;
  user: string;
  password: string;
  port: number;
  dataDir: string;
  /** The launcher's JVM, when this process started it (the fault test kills it). */
  local: LocalNeo4j | undefined;
  /** Starts the local Neo4j again on the same port and data directory (after a kill). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startBenchNeo4j(options: { heap?: string; pageCache?: string; log?: (m: string) => void } = {}): Promise<BenchNeo4j> {
  const log = options.log ?? ((m: string) => console.log(m));
  const env = process.env;
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      port: 0,
      dataDir: '',
      local: undefined,
      restart: () => Promise.reject(new Error('restart needs the local launcher (unset NEO4J_URI)')),
      stop: async () => {},
    };
  }
  const password = 'kizuna-bench-password';
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kizuna-bench-neo4j-'));
  const launch = (): Promise<LocalNeo4j> =>
    startLocalNeo4j({
      port,
      dataDir,
      // The 10,000-instrument graph loads in one transaction (all or nothing), and Neo4j caps a
      // transaction's memory at 70 % of the heap: with name keys and word tails for suggestions
      // (~160,000 index entries) it needs more than 1 GiB, which a 1.5 GiB heap refused.
      heap: options.heap ?? '3g',
      pageCache: options.pageCache ?? '512m',
      startTimeoutMs: 300_000,
      user: 'neo4j',
      password,
      log: { info: log, debug: () => {} },
    });
  const handle: BenchNeo4j = {
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password,
    port,
    dataDir,
    local: await launch(),
    async restart() {
      handle.local = await launch();
    },
    async stop() {
      await handle.local?.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return handle;
}
