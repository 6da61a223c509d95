/**
 * Builds Kizuna exactly as `npm start` does (startKizuna: schema, seeds, server), against the
 * test Neo4j from globalSetup, on a free port, with a helper to post GraphQL over real HTTP.
 */
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { startKizuna, type RunningKizuna } from '../../../src/app/startKizuna.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [k: string]: unknown } }[];
}

export interface TestKizuna extends RunningKizuna {
  config: Config;
  origin: string;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
}

export function testConfig(extra: Record<string, string> = {}): Config {
  const neo4j = inject('neo4j');
  return loadConfig({
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...extra,
  });
}

export async function startTestKizuna(extra: Record<string, string> = {}): Promise<TestKizuna> {
  const config = testConfig(extra);
  const kizuna = await startKizuna(config, createLogger(config));
  const origin = `http://127.0.0.1:${kizuna.port}`;
  return {
    ...kizuna,
    config,
    origin,
    async graphql(query, variables, headers = {}) {
      const res = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: never; errors?: never };
      return { status: res.status, headers: res.headers, data: body.data, errors: body.errors };
    },
  };
}
