/**
 * The one place that reads the environment. Every setting has a default that works on a laptop;
 * an invalid value stops start-up with a message naming the variable and what it allows.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type Role = 'reader' | 'curator';

export interface LocalNeo4jConfig {
  /** Bolt port of the launcher-managed Neo4j. */
  port: number;
  /** Data directory (git-ignored). */
  dataDir: string;
  /** JVM heap, e.g. "512m". */
  heap: string;
  /** Page cache, e.g. "256m". */
  pageCache: string;
  /** How long to wait for Bolt to answer before giving up. */
  startTimeoutMs: number;
}

export interface Config {
  /** Unset: Kizuna starts the local Neo4j. Set: bolt://, neo4j://, neo4j+s:// (Aura) … */
  neo4jUri: string | undefined;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  neo4jMaxPoolSize: number;
  /**
   * The read cache (src/db/createReadCache.ts): how long an answer may be reused in ms (0 turns the
   * cache off), how many bytes of results it may hold (an estimate: their JSON), and how often, in
   * ms, it polls the graph's version token (0: never). Writes through this process invalidate it at
   * once; writes through others (`npm run seed`, other instances) once a poll sees the token change,
   * or, with polling off, only when the TTL runs out.
   */
  readCache: { ttlMs: number; maxBytes: number; versionPollMs: number };
  local: LocalNeo4jConfig;
  port: number;
  host: string;
  logLevel: LogLevel;
  /** Allowed CORS origins; `*` allows any. Empty: same-origin only. */
  corsOrigins: string[];
  bodyLimit: string;
  /** Development mode shows stack traces in GraphQL errors; never in production. */
  development: boolean;
  /** Load the seed files at start-up (idempotent). */
  seedOnStart: boolean;
  /** Where the curated YAML lives (seeds/ by default). */
  seedsDir: string;
  /** Bearer tokens and the role each grants, from KIZUNA_TOKENS="token:role,token:role". */
  tokens: Map<string, { role: Role; name: string }>;
  /** Depth, alias, token and cost limits applied to every operation. */
  limits: { maxDepth: number; maxAliases: number; maxTokens: number; maxCost: number };
  /** Base of the stable IRIs in exports (`<base>id/<id>`); always ends with a slash. */
  baseIri: string;
  /**
   * One statement per root field (src/graphql/plan): on by default; STATEMENT_PLANNER=false reads
   * level by level through the loaders instead, as a baseline for tests and the benchmark.
   */
  statementPlanner: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

function text(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value === '' ? fallback : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be from ${min} to ${max}, got ${value}`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function memory(env: Env, name: string, fallback: string): string {
  const value = text(env, name, fallback);
  if (!/^\d+[kmg]$/i.test(value)) throw new ConfigError(name, `must be a size such as 512m or 1g, got "${value}"`);
  return value.toLowerCase();
}

function baseIri(env: Env): string {
  const value = text(env, 'KIZUNA_BASE_IRI', 'https://kizuna.example/');
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !['http:', 'https:'].includes(url.protocol) || /[?#]/.test(value)) {
    throw new ConfigError(
      'KIZUNA_BASE_IRI',
      `must be an absolute http(s) IRI without query or fragment, such as https://kizuna.example/, got "${value}"`,
    );
  }
  return value.endsWith('/') ? value : `${value}/`;
}

function parseTokens(raw: string): Map<string, { role: Role; name: string }> {
  const tokens = new Map<string, { role: Role; name: string }>();
  if (raw.trim() === '') return tokens;
  raw.split(',').forEach((entry, index) => {
    const [token, role, name] = entry.trim().split(':');
    if (!token || token.length < 16) {
      throw new ConfigError('KIZUNA_TOKENS', `entry ${index + 1}: a token must have at least 16 characters`);
    }
    if (role !== 'reader' && role !== 'curator') {
      throw new ConfigError('KIZUNA_TOKENS', `entry ${index + 1}: role must be reader or curator, got "${role ?? ''}"`);
    }
    tokens.set(token, { role, name: name && name !== '' ? name : `${role}-${index + 1}` });
  });
  return tokens;
}

export function loadConfig(env: Env = process.env): Config {
  const neo4jUri = env.NEO4J_URI === '' ? undefined : env.NEO4J_URI;
  if (neo4jUri !== undefined) {
    const scheme = neo4jUri.split('://')[0] ?? '';
    if (!neo4jUri.includes('://') || !NEO4J_SCHEMES.includes(scheme)) {
      throw new ConfigError('NEO4J_URI', `must start with one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}, got "${neo4jUri}"`);
    }
  }
  const logLevel = text(env, 'LOG_LEVEL', 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const nodeEnv = text(env, 'NODE_ENV', 'production');
  const neo4jPassword = text(env, 'NEO4J_PASSWORD', 'kizuna-local-password');
  if (neo4jUri === undefined && neo4jPassword.length < 8) {
    throw new ConfigError('NEO4J_PASSWORD', 'must have at least 8 characters (Neo4j refuses shorter passwords)');
  }
  const database = text(env, 'NEO4J_DATABASE', 'neo4j');
  if (!/^[a-z0-9][a-z0-9.-]{2,62}$/i.test(database)) {
    throw new ConfigError('NEO4J_DATABASE', `must be a Neo4j database name (3–63 letters, digits, dots, dashes), got "${database}"`);
  }
  const corsRaw = text(env, 'CORS_ORIGINS', '');
  const bodyLimit = text(env, 'BODY_LIMIT', '100kb');
  if (!/^\d+(b|kb|mb)$/i.test(bodyLimit)) throw new ConfigError('BODY_LIMIT', `must be a size such as 100kb or 1mb, got "${bodyLimit}"`);

  return {
    neo4jUri,
    neo4jUser: text(env, 'NEO4J_USER', 'neo4j'),
    neo4jPassword,
    neo4jDatabase: database,
    neo4jMaxPoolSize: integer(env, 'NEO4J_MAX_POOL_SIZE', 50, 1, 1000),
    readCache: {
      ttlMs: integer(env, 'READ_CACHE_TTL_MS', 60_000, 0, 86_400_000),
      // 64 MiB of result JSON. Measured with the benchmark's operations on its 1,000-instrument graph:
      // the whole working set is 89 MB over 583 results (1.8 KB a row on average: 250 B for a lineage
      // step, 14-20 KB for an instrument with its parties and areas), the largest result 1.3 MB (far
      // below the quarter-budget cap of 16 MiB), and the heap holds 3.0 times the estimate. So the
      // budget keeps most of that working set for ~190 MiB of heap, which fits beside Node's own
      // ~80 MiB in a 512 MiB container.
      maxBytes: integer(env, 'READ_CACHE_MAX_BYTES', 64 * 1024 * 1024, 1024 * 1024, 16 * 1024 * 1024 * 1024),
      versionPollMs: integer(env, 'READ_CACHE_VERSION_POLL_MS', 250, 0, 60_000),
    },
    local: {
      port: integer(env, 'NEO4J_LOCAL_PORT', 7687, 1, 65535),
      dataDir: path.resolve(projectRoot, text(env, 'NEO4J_LOCAL_DATA_DIR', '.kizuna/neo4j')),
      heap: memory(env, 'NEO4J_LOCAL_HEAP', '768m'),
      pageCache: memory(env, 'NEO4J_LOCAL_PAGECACHE', '256m'),
      startTimeoutMs: integer(env, 'NEO4J_LOCAL_START_TIMEOUT_MS', 180_000, 1_000, 1_800_000),
    },
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: text(env, 'HOST', '127.0.0.1'),
    logLevel,
    corsOrigins: corsRaw
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
    bodyLimit,
    development: nodeEnv === 'development',
    seedOnStart: bool(env, 'SEED_ON_START', true),
    statementPlanner: bool(env, 'STATEMENT_PLANNER', true),
    seedsDir: path.resolve(projectRoot, text(env, 'KIZUNA_SEEDS_DIR', 'seeds')),
    tokens: parseTokens(text(env, 'KIZUNA_TOKENS', '')),
    limits: {
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 12, 2, 50),
      maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 15, 1, 1000),
      maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', 2000, 100, 100_000),
      maxCost: integer(env, 'GRAPHQL_MAX_COST', 20_000, 100, 1_000_000),
    },
    baseIri: baseIri(env),
  };
}
