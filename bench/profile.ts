/**
 * Database hits per operation: what each server's statements cost Neo4j for one request, summed
 * over the PROFILE plan tree (`dbHits` of every operator), averaged over a few fixed samples.
 *
 * How the statements are found, with no change to Kizuna: the bench runs Kizuna (`startKizuna`, read
 * cache off) and @neo4j/graphql in this process, and while one request is in flight it records
 * every statement any neo4j-driver session or transaction of the process runs (Session.run and
 * Transaction.run, patched for the duration of the pass). Those are exactly the Cypher text and
 * parameters each server sent, whatever its implementation (named statements, composed ones, or
 * @neo4j/graphql's generated Cypher). Each is then run again under PROFILE, in a read transaction.
 * The floor's one statement is PROFILEd directly.
 */
import neo4j, { Session, Transaction, type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { startKizuna } from '../src/app/startKizuna.js';
import { toCypherParams } from '../src/db/createDb.js';
import { createLogger } from '../src/logger.js';
import type { BenchNeo4j } from './benchNeo4j.js';
import { post, round } from './benchHarness.js';
import { floorParams, loadFloorStatements } from './floorServer.js';
import { startNeo4jGraphqlServer } from './neo4jGraphqlServer.js';
import { requestFor, variablesFor, type OperationName, type Sample, type ServerKind } from './operations.js';

/** A statement as a server handed it to the driver. */
export interface CapturedStatement {
  cypher: string;
  params: Record<string, unknown>;
}

/** Database hits per request (mean over the samples) and statements per request, per server. */
export interface DbHits {
  kizuna: number;
  neo4jGraphql: number;
  floor: number;
  statements: { kizuna: number; neo4jGraphql: number; floor: number };
}

interface ProfiledPlan {
  dbHits: number;
  children: ProfiledPlan[];
}

/** The sum of `dbHits` over a plan and all its descendants. */
export function sumDbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + sumDbHits(child), 0);
}

type Run = (this: unknown, query: unknown, parameters?: unknown, config?: unknown) => unknown;

/**
 * Runs `work` and returns every statement run through any neo4j-driver Session.run or
 * Transaction.run (executeRead's managed transactions delegate to it) while it was in flight.
 * Nothing else may run statements meanwhile: the bench's PROFILE pass is sequential.
 */
export async function captureStatements(work: () => Promise<void>): Promise<CapturedStatement[]> {
  const captured: CapturedStatement[] = [];
  const record = (query: unknown, parameters: unknown): void => {
    const cypher = typeof query === 'string' ? query : String((query as { text: string }).text);
    const params = (typeof query === 'string' ? parameters : (query as { parameters?: unknown }).parameters) ?? {};
    captured.push({ cypher, params: params as Record<string, unknown> });
  };
  const prototypes = [Session.prototype, Transaction.prototype] as unknown as { run: Run }[];
  const originals = prototypes.map((p) => p.run);
  prototypes.forEach((p, i) => {
    const original = originals[i]!;
    p.run = function (this: unknown, query: unknown, parameters?: unknown, config?: unknown) {
      record(query, parameters);
      return original.call(this, query, parameters, config);
    };
  });
  try {
    await work();
  } finally {
    prototypes.forEach((p, i) => {
      p.run = originals[i]!;
    });
  }
  return captured;
}

/** `cypher` under PROFILE (after any leading `CYPHER …` options line, which must come first). */
function profiled(cypher: string): string {
  const options = /^\s*CYPHER\b[^\n]*\n/.exec(cypher);
  return options ? `${options[0]}PROFILE\n${cypher.slice(options[0].length)}` : `PROFILE\n${cypher}`;
}

/** Runs one statement under PROFILE in a read transaction and returns its total database hits. */
export async function profileDbHits(driver: Driver, statement: CapturedStatement): Promise<number> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(profiled(statement.cypher), statement.params));
    const plan = result.summary.profile;
    if (!plan) throw new Error(`no profile for: ${statement.cypher.slice(0, 200)}`);
    return sumDbHits(plan as unknown as ProfiledPlan);
  } finally {
    await session.close();
  }
}

/**
 * PROFILEs each operation of `ops` for the sample indices `indices`: Kizuna's statements (cache
 * off, in this process), @neo4j/graphql's, and the floor's. Returns mean db hits and statements per
 * request. Throws when a server answers a sample with an error (its db hits would mean nothing).
 */
export async function measureDbHits(
  neo: BenchNeo4j,
  sample: Sample,
  ops: OperationName[],
  indices: number[],
): Promise<Record<OperationName, DbHits>> {
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic(neo.user, neo.password), { logging: { level: 'error', logger: () => {} } });
  const config = loadConfig({
    NEO4J_URI: neo.uri,
    NEO4J_USER: neo.user,
    NEO4J_PASSWORD: neo.password,
    PORT: '0',
    LOG_LEVEL: 'silent',
    SEED_ON_START: 'false',
    READ_CACHE_TTL_MS: '0',
  });
  const kizuna = await startKizuna(config, createLogger(config));
  const neo4jGraphql = await startNeo4jGraphqlServer(neo);
  const floor = loadFloorStatements();
  const urls: Partial<Record<ServerKind, string>> = {
    kizunaNoCache: `http://127.0.0.1:${kizuna.port}`,
    neo4jGraphql: `http://127.0.0.1:${neo4jGraphql.port}`,
  };
  const ask = async (kind: 'kizunaNoCache' | 'neo4jGraphql', op: OperationName, i: number): Promise<void> => {
    const spec = requestFor(kind, op, sample, i);
    const res = await post(`${urls[kind]}${spec.path}`, spec.body, {}, 300_000);
    if (res.status !== 200 || (res.json as { errors?: unknown }).errors)
      throw new Error(`${kind} ${op} failed during PROFILE: ${res.status} ${JSON.stringify(res.json).slice(0, 300)}`);
  };
  const hitsOf = async (statements: CapturedStatement[]): Promise<number> => {
    let total = 0;
    for (const s of statements) total += await profileDbHits(driver, s);
    return total;
  };
  const out = {} as Record<OperationName, DbHits>;
  try {
    for (const op of ops) {
      const sums = { kizuna: 0, neo4jGraphql: 0, floor: 0 };
      const counts = { kizuna: 0, neo4jGraphql: 0, floor: 0 };
      // One request first, not recorded: one-time statements (a server's version check) are not the operation's.
      await ask('kizunaNoCache', op, indices[0]!);
      await ask('neo4jGraphql', op, indices[0]!);
      for (const i of indices) {
        const kizunaStatements = await captureStatements(() => ask('kizunaNoCache', op, i));
        const neo4jGraphqlStatements = await captureStatements(() => ask('neo4jGraphql', op, i));
        const floorStatement = {
          cypher: floor[op],
          params: toCypherParams(floorParams(op, variablesFor(op, sample, i))) as Record<string, unknown>,
        };
        sums.kizuna += await hitsOf(kizunaStatements);
        sums.neo4jGraphql += await hitsOf(neo4jGraphqlStatements);
        sums.floor += await hitsOf([floorStatement]);
        counts.kizuna += kizunaStatements.length;
        counts.neo4jGraphql += neo4jGraphqlStatements.length;
        counts.floor += 1;
      }
      const mean = (n: number): number => Math.round(n / indices.length);
      out[op] = {
        kizuna: mean(sums.kizuna),
        neo4jGraphql: mean(sums.neo4jGraphql),
        floor: mean(sums.floor),
        statements: {
          kizuna: round(counts.kizuna / indices.length, 1),
          neo4jGraphql: round(counts.neo4jGraphql / indices.length, 1),
          floor: round(counts.floor / indices.length, 1),
        },
      };
    }
  } finally {
    await Promise.allSettled([kizuna.stop(), neo4jGraphql.stop()]);
    await driver.close();
  }
  return out;
}
