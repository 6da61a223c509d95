/**
 * Shared by `npm run bench`, `test:load`, `test:faults` and `test:abuse`: start the bench Neo4j,
 * load a generated graph through the real loader (reporting records/s), and run the servers in a
 * child process (bench/servers.ts). Everything listens on 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { projectRoot } from '../src/config.js';
import { createDb, type Db } from '../src/db/createDb.js';
import { loadSeedGraph } from '../src/seed/loadSeedGraph.js';
import type { BenchNeo4j } from './benchNeo4j.js';
import { generateScaleGraph, type ScaleGraph, type ScaleOptions } from './generateScaleGraph.js';

export interface LoadReport {
  nodes: number;
  relationships: number;
  records: number;
  seconds: number;
  recordsPerSecond: number;
  /** A second load of the same graph (idempotent: nothing changes). */
  reloadSeconds: number;
}

/** A Db (no read cache) on the bench Neo4j, for loading and checking. */
export function openBenchDb(neo: BenchNeo4j): Db {
  return createDb({
    uri: neo.uri,
    user: neo.user,
    password: neo.password,
    database: 'neo4j',
    connectionTimeoutMs: 30_000,
  });
}

/** Generates the scale graph and loads it through the seed loader (twice when `reload`: the second must change nothing). */
export async function loadScaleGraph(db: Db, options: ScaleOptions, reload = true): Promise<{ graph: ScaleGraph; report: LoadReport }> {
  const graph = generateScaleGraph(options);
  await db.applySchema();
  const records = graph.nodes.length + graph.relationships.length;
  let started = performance.now();
  await loadSeedGraph(db, graph, { timeoutMs: 1_800_000 });
  const seconds = (performance.now() - started) / 1000;
  let reloadSeconds = 0;
  if (reload) {
    started = performance.now();
    const again = await loadSeedGraph(db, graph, { timeoutMs: 1_800_000 });
    reloadSeconds = (performance.now() - started) / 1000;
    if (again.nodesChanged + again.relationshipsChanged + again.nodesDeleted + again.relationshipsDeleted !== 0) {
      throw new Error(`a second load of the same graph changed something: ${JSON.stringify(again)}`);
    }
  }
  return {
    graph,
    report: {
      nodes: graph.nodes.length,
      relationships: graph.relationships.length,
      records,
      seconds: round(seconds),
      recordsPerSecond: Math.round(records / seconds),
      reloadSeconds: round(reloadSeconds),
    },
  };
}

/** Rounds to `digits` decimals (for reports). */
export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

export interface ServersProcess {
  /** 0 for a server not started (BENCH_ONLY_KIZUNA). `control` restarts the cached Kizuna. */
  ports: { kizuna: number; kizunaNoCache: number; neo4jGraphql: number; raw: number; floor: number; control: number };
  child: ChildProcess;
  /** Restarts the cached Kizuna on its port: its read cache starts empty again. */
  restartKizuna(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts bench/servers.ts in a child process and waits for its ports (at most 120 s). */
export async function startServers(neo: BenchNeo4j, extraEnv: Record<string, string> = {}): Promise<ServersProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bench', 'servers.ts')], {
    cwd: projectRoot,
    // graphql-js checks types more slowly outside production (jsutils/instanceOf): ~5% of the CPU
    // of a large lineage. Both GraphQL servers run in this process, so both get it.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BENCH_NEO4J_URI: neo.uri,
      BENCH_NEO4J_USER: neo.user,
      BENCH_NEO4J_PASSWORD: neo.password,
      ...extraEnv,
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const ports = await new Promise<ServersProcess['ports']>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the servers did not start within 120 s')), 120_000);
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (!line.startsWith('{')) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { ports: ServersProcess['ports'] }).ports);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the servers exited during start-up (code ${code})`));
    });
  });
  return {
    ports,
    child,
    restartKizuna: async () => {
      const res = await fetch(`http://127.0.0.1:${ports.control}/restart/kizuna`, { method: 'POST', signal: AbortSignal.timeout(60_000) });
      if (!res.ok) throw new Error(`restarting Kizuna failed: ${res.status} ${await res.text()}`);
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin?.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Sends one POST and returns status, parsed body and headers (for checks, not for measuring). */
export async function post(
  url: string,
  body: string,
  headers: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<{ status: number; json: unknown; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json, ms: performance.now() - started };
}
