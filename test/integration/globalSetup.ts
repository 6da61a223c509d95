/**
 * One real Neo4j for the integration tests, chosen in this order:
 *  1. NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) when set — the tests reset that
 *     database, so point it at a scratch one;
 *  2. Testcontainers' Neo4j module (neo4j:5.26-community) when a Docker engine answers;
 *  3. otherwise the local launcher on a free port with a throwaway data directory.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startLocalNeo4j } from '../../src/db/startLocalNeo4j.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  provider: 'NEO4J_URI' | 'testcontainers' | 'local-launcher';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = process.env;
  if (env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE ?? 'neo4j',
      provider: 'NEO4J_URI',
    });
    return async () => {};
  }
  const password = 'kizuna-test-password';
  if (env.KIZUNA_TEST_NO_DOCKER !== '1' && (await dockerAnswers())) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword(password).start();
    project.provide('neo4j', { uri: container.getBoltUri(), user: 'neo4j', password, database: 'neo4j', provider: 'testcontainers' });
    return async () => {
      await container.stop();
    };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kizuna-test-neo4j-'));
  const neo4j = await startLocalNeo4j({
    port: await freePort(),
    dataDir,
    heap: '768m',
    pageCache: '128m',
    startTimeoutMs: 300_000,
    user: 'neo4j',
    password,
    log: { info: (m) => console.log(`[test neo4j] ${m}`), debug: () => {} },
  });
  project.provide('neo4j', { uri: neo4j.uri, user: 'neo4j', password, database: 'neo4j', provider: 'local-launcher' });
  return async () => {
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
