/**
 * The only module that touches the Neo4j driver. Reads run in read transactions and writes in
 * write transactions (so a cluster routes them); driver errors are translated here into the
 * stable error codes of src/errors.ts. Reads may be answered from the read cache
 * (createReadCache.ts), which every write through this module invalidates. Every write transaction
 * also changes the graph's version token before it commits, and a Db with a read cache polls that
 * token, so a write through another process (a second API instance, `npm run seed`) empties this
 * cache too: within one poll interval plus two poll round trips (createReadCache.ts says the rest).
 */
import neo4j, { type Driver, Neo4jError, type Session, type SessionMode } from 'neo4j-driver';
import { conflict, isGraphQLError, queryTimeout, serviceUnavailable } from '../errors.js';
import { createReadCache, type ReadCacheOptions, type ReadCacheStats, type Row } from './createReadCache.js';
import {
  loadSchemaStatements,
  loadStatements,
  type ParamsOf,
  type ReadStatementName,
  type RowOf,
  type StatementName,
  type Statements,
} from './statements.js';

/** Counts database round trips; one per request so tests and benchmarks can prove N+1 freedom. */
export interface QueryStats {
  roundTrips: number;
  /** Reads answered by the read cache (or by a round trip another request had in flight). */
  cacheHits: number;
}

/** Statements run inside one write transaction (see Db.writeTransaction); only registered statements. */
export interface Tx {
  run<N extends StatementName>(name: N, params: ParamsOf<N>): Promise<RowOf<N>[]>;
}

/**
 * Read access bound to one request: every read counts against that request's QueryStats. Domain
 * code (src/graph, src/export) takes a Reader and returns records; it never sees the driver.
 */
export interface Reader {
  read<N extends ReadStatementName>(name: N, params: ParamsOf<N>): Promise<RowOf<N>[]>;
  /**
   * A named read statement extended by the statement planner (src/graphql/plan): the same
   * parameters and rows, each row with one more column, `planned`. One round trip, cached like
   * `read` under the extension's signature.
   */
  readExtended<N extends ReadStatementName>(
    name: N,
    params: ParamsOf<N>,
    extension: StatementExtension,
  ): Promise<(RowOf<N> & { planned: unknown })[]>;
}

/**
 * A rewrite of a named statement's text that keeps its parameters and adds columns. `signature`
 * identifies the rewrite (it keys the read cache); `apply` must be pure.
 */
export interface StatementExtension {
  signature: string;
  apply(statement: string): string;
}

export interface Db {
  readonly database: string;
  /** One read statement; may be answered by the read cache. Errors: SERVICE_UNAVAILABLE, QUERY_TIMEOUT. */
  read<N extends ReadStatementName>(name: N, params: ParamsOf<N>, stats?: QueryStats): Promise<RowOf<N>[]>;
  /** Reader.readExtended, counted in `stats`. */
  readExtended<N extends ReadStatementName>(
    name: N,
    params: ParamsOf<N>,
    extension: StatementExtension,
    stats?: QueryStats,
  ): Promise<(RowOf<N> & { planned: unknown })[]>;
  /**
   * Several statements in one write transaction: all or nothing. `timeoutMs` overrides the
   * server's transaction timeout (a bulk load of a large graph runs longer than a request may).
   * Invalidates the read cache before and after, whatever the outcome.
   */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, options?: { timeoutMs?: number }): Promise<T>;
  /** A Reader whose reads count against `stats` (one per request). */
  reader(stats: QueryStats): Reader;
  /** Runs cypher/schema.cypher (constraints and indexes), then waits for the indexes; idempotent. */
  applySchema(): Promise<void>;
  /** True when Neo4j answers a trivial read. */
  ping(): Promise<boolean>;
  /** Counters since the Db opened, for /metrics and /ready. Optional: test fakes of the Db leave it out. */
  stats?(): DbStats;
  /** Stops the version poll, then closes the driver. */
  close(): Promise<void>;
}

/** What a Db has done since it opened (counts), and its read cache (undefined when off). */
export interface DbStats {
  /** Reads that reached Neo4j through read/reader (not those the cache answered; no pings, no version polls). */
  reads: number;
  /** Write transactions begun, committed or not. */
  writeTransactions: number;
  /** Version polls made, and how many of them failed (Neo4j unreachable or the statement failing). */
  versionPolls: number;
  versionPollFailures: number;
  readCache: ReadCacheStats | undefined;
}

export interface DbOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  maxPoolSize?: number;
  /** Fail fast when the database is gone: a request should not hang for the driver's 30 s default. */
  connectionTimeoutMs?: number;
  /** Longest a single statement may run before Neo4j aborts it (no runaway query holds a connection). */
  statementTimeoutMs?: number;
  /** Loaded by the caller when it wants a missing file to fail before anything starts. */
  statements?: Statements;
  /**
   * Cache read results (src/db/createReadCache.ts); absent or ttlMs 0: every read goes to Neo4j.
   * `versionPollMs`: how often to poll the graph's version token, in ms (default 250; 0: never,
   * then only ttlMs bounds how long another process's writes go unseen).
   */
  readCache?: ReadCacheOptions & { versionPollMs?: number };
}

/** How often a Db with a read cache polls the graph's version token unless told otherwise, in ms. */
export const DEFAULT_VERSION_POLL_MS = 250;

/** How many times a write transaction is tried when it loses a lock conflict (see retryingLockConflicts). */
const WRITE_ATTEMPTS = 4;

/**
 * A conflict with a concurrent write that running the work again after it settles resolves: a
 * deadlock or lock-acquisition conflict, or a uniqueness constraint two transactions raced to
 * satisfy (both MERGE-creating the revision counter, or the same new record id). Run again, the
 * work finds the other write's node and proceeds as it would have one after the other; a real
 * duplicate still fails the same way on the last attempt and becomes CONFLICT.
 */
function isLockConflict(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (error.code === 'Neo.TransientError.Transaction.DeadlockDetected' ||
      error.code.startsWith('Neo.TransientError.Transaction.Lock') ||
      error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
  );
}

/** Codes meaning Neo4j cannot serve us now; every Neo.TransientError (DatabaseUnavailable included) is matched by prefix. */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized']);

/**
 * The driver's pool gives up waiting for a connection (DbOptions.connectionTimeoutMs) with an error
 * that has no code, only this message: Neo4j accepted the connection but never answered (a frozen
 * server), or every pooled connection stayed busy. Either way the database cannot answer now.
 */
const ACQUISITION_TIMEOUT = 'Connection acquisition timed out';

/**
 * Maps a driver error onto a client-facing error: unavailable or transient (or no connection to be
 * had in time) → SERVICE_UNAVAILABLE, transaction timeout → QUERY_TIMEOUT, constraint violation →
 * CONFLICT. Errors that already carry a code pass through, and anything else is returned unchanged
 * so the HTTP layer masks it. The only place driver errors are translated: every statement this
 * module runs goes through it.
 */
export function translateDriverError(error: unknown): unknown {
  if (isGraphQLError(error)) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError') || error.message.startsWith(ACQUISITION_TIMEOUT)) {
      return serviceUnavailable();
    }
    if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) return queryTimeout();
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return conflict('That write conflicts with an existing record (an id must be unique across the graph).');
    }
  }
  return error;
}

/**
 * JavaScript has one number type; Cypher distinguishes integers from floats (LIMIT, SKIP and
 * ranges need integers, and years should be stored as integers). Whole numbers become Integers.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

/** The driver's records as plain rows; the registry says what their columns are (the one trusted cast). */
export function toRows<N extends StatementName>(records: { toObject(): Row }[]): RowOf<N>[] {
  return records.map((r) => r.toObject() as RowOf<N>);
}

/** One read round trip to Neo4j, counted in `stats` when given. */
type Execute = <N extends ReadStatementName>(
  name: N,
  params: ParamsOf<N>,
  stats?: QueryStats,
  extension?: StatementExtension,
) => Promise<RowOf<N>[]>;

export interface CachedReads {
  /** Db.read: from the read cache when it holds the answer, otherwise through `execute`. */
  read: Execute;
  /** Runs a write, invalidating the read cache before and after it, whatever the outcome. */
  invalidating<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Takes the graph version token a poll just read, or undefined when the poll failed, and empties
   * the cache unless the token equals the previous poll's. The first token ever seen empties it
   * too, as does the first after a failure: entries stored meanwhile were never checked.
   */
  observeVersion(token: string | undefined): void;
  /**
   * Takes the version token this Db's own write just committed: that write empties the cache
   * itself, so a later poll reading the same token must not empty it again (it would, 250 ms after
   * every local write, throw away what was read since). Ignored while no poll has succeeded.
   */
  adoptOwnVersion(token: string): void;
  /** The read cache's size and counters; undefined without a cache. */
  stats(): ReadCacheStats | undefined;
}

/**
 * Puts the read cache in front of `execute` when `options` asks for one (ttlMs above 0): reads are
 * keyed by statement and parameters, and one answered without a round trip counts as a cache hit
 * in the request's stats. Without a cache every read is a round trip and `invalidating` just runs
 * the write. No driver here: createDb passes its round trip in.
 */
export function cacheReads(options: ReadCacheOptions | undefined, execute: Execute): CachedReads {
  const cache = options && options.ttlMs > 0 ? createReadCache(options) : undefined;
  // The token of the last successful poll; undefined before the first and after a failed one.
  let lastToken: string | undefined;
  return {
    async read<N extends ReadStatementName>(
      name: N,
      params: ParamsOf<N>,
      stats?: QueryStats,
      extension?: StatementExtension,
    ): Promise<RowOf<N>[]> {
      if (!cache) return execute(name, params, stats, extension);
      const statement = extension ? `${name}\u0000${extension.signature}` : name;
      const { rows, hit } = await cache.read(`${statement}\u0000${JSON.stringify(params)}`, () => execute(name, params, stats, extension));
      if (hit && stats) stats.cacheHits += 1;
      return rows;
    },
    async invalidating<T>(work: () => Promise<T>): Promise<T> {
      cache?.invalidate();
      try {
        return await work();
      } finally {
        cache?.invalidate();
      }
    },
    observeVersion(token) {
      // A failed poll cannot tell whether another process wrote: nothing cached may outlive it, so
      // the cache stays empty (and useless) for as long as polls fail. Reads fail then anyway unless
      // only the poll's connection is lost.
      if (token === undefined) cache?.invalidate('poll_failed');
      else if (token !== lastToken) cache?.invalidate('version');
      lastToken = token;
    },
    adoptOwnVersion(token) {
      if (lastToken !== undefined) lastToken = token;
    },
    stats: () => cache?.stats,
  };
}

/**
 * Runs `poll` at once, then again `intervalMs` ms after each run has ended (never two at once, so a
 * slow Neo4j is not polled harder), on an unref()ed timer that never keeps the process alive.
 * `poll` should not throw; a rejection is swallowed. Returns `stop`: no run starts after it is
 * called, and it resolves when a run in progress has ended.
 */
export function startPolling(intervalMs: number, poll: () => Promise<void>): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const run = (): void => {
    running = Promise.resolve()
      .then(poll)
      .catch(() => undefined)
      .then(() => {
        running = undefined;
        if (!stopped) timer = setTimeout(run, intervalMs).unref();
      });
  };
  run();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/**
 * Opens a driver (lazily connected) and returns the Db. `options.statements` defaults to reading
 * cypher/ now. Throws only for a malformed URI; connection problems surface per statement.
 */

export function createDb(options: DbOptions): Db {
  const statements = options.statements ?? loadStatements();
  const driver: Driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    maxConnectionPoolSize: options.maxPoolSize ?? 50,
    // Stryker disable next-line LogicalOperator: the TCP connect timeout; on loopback a connection is refused or accepted at once, so only an unroutable network could show it, and the acquisition timeout below (same value) bounds a request anyway.
    connectionTimeout: options.connectionTimeoutMs ?? 1_500,
    connectionAcquisitionTimeout: options.connectionTimeoutMs ?? 1_500,
    // Stryker disable next-line BooleanLiteral: only changes how integers in query results arrive, and only a Neo4j that answers returns results (test/integration compares counts and years as plain numbers).
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => {} },
  });
  const database = options.database;
  // One bookmark manager for every session: in a cluster, a read after a write waits until the
  // member serving it has applied that write. Without it a replica could answer from before the
  // write, and the read cache would keep that stale answer for its whole TTL.
  const bookmarkManager = neo4j.bookmarkManager();

  const counts = { reads: 0, writeTransactions: 0, versionPolls: 0, versionPollFailures: 0 };
  const {
    read,
    invalidating,
    observeVersion,
    adoptOwnVersion,
    stats: cacheStats,
  } = cacheReads(options.readCache, (name, params, stats, extension) => {
    counts.reads += 1;
    return execute(name, params, stats, extension);
  });
  const pollMs = options.readCache?.versionPollMs ?? DEFAULT_VERSION_POLL_MS;
  // Only a cache can be stale, so only a Db with one polls (one tiny read per interval, not per request).
  const poller = cacheStats() && pollMs > 0 ? startPolling(pollMs, async () => observeVersion(await readVersion())) : undefined;

  /** The graph's version token, or undefined when it cannot be read now (never throws). */
  async function readVersion(): Promise<string | undefined> {
    counts.versionPolls += 1;
    try {
      const [row] = await execute('graph-version', {});
      // Stryker disable next-line OptionalChaining,LogicalOperator,StringLiteral: graph-version always returns one row, and only a Neo4j that answers returns it (test/integration/cache-invalidation.test.ts).
      return row?.token ?? '';
    } catch {
      counts.versionPollFailures += 1;
      return undefined;
    }
  }

  /** Runs `work` in a new session, translating its errors (translateDriverError), and always closes the session. */
  async function inSession<T>(accessMode: SessionMode, work: (session: Session) => Promise<T>): Promise<T> {
    // Stryker disable next-line ObjectLiteral: database, bookmarks and access mode choose which Neo4j member and database answer; with no Neo4j answering, every choice fails the same way (test/integration runs against one).
    const session = driver.session({ database, bookmarkManager, defaultAccessMode: accessMode });
    try {
      return await work(session);
    } catch (error) {
      // Stryker disable BlockStatement: for the finally block below, which closes the session to return its connection to the pool; without a Neo4j that answers no session ever holds one.
      throw translateDriverError(error);
    } finally {
      // Stryker restore BlockStatement
      await session.close();
    }
  }

  async function execute<N extends ReadStatementName>(
    name: N,
    params: ParamsOf<N>,
    stats?: QueryStats,
    extension?: StatementExtension,
  ): Promise<RowOf<N>[]> {
    if (stats) stats.roundTrips += 1;
    // A read is one statement: an implicit (auto-commit) transaction in a READ session is still a
    // read transaction a cluster routes to a reader, and it costs one network round trip instead of
    // two (no separate COMMIT): about 40% less latency per read here (3.6 ms vs 5.9 ms p50).
    return inSession(neo4j.session.READ, async (session) => {
      // Stryker disable next-line ObjectLiteral,LogicalOperator: the statement timeout travels with the statement, so only a Neo4j that answers can enforce it.
      const config = { timeout: options.statementTimeoutMs ?? 15_000 };
      const text = extension ? extension.apply(statements[name]) : statements[name];
      return toRows<N>((await session.run(text, toCypherParams(params) as Row, config)).records);
    });
  }

  function runTransaction<T>(work: (tx: Tx) => Promise<T>, txOptions: { timeoutMs?: number }): Promise<T> {
    counts.writeTransactions += 1;
    return inSession(neo4j.session.WRITE, async (session) => {
      // An explicit transaction (not executeWrite): the work is not retried behind the caller's
      // back for just any failure, and any failure rolls back every statement in it. The one
      // exception: when Neo4j picked this transaction as the victim of a lock conflict (two
      // curator writes deadlocking, e.g. each adding half of a would-be cycle), the whole work
      // runs again in a new transaction, up to WRITE_ATTEMPTS times, after a short random pause;
      // it then sees what the other write committed, and the invariant checks judge the result.
      for (let attempt = 1; ; attempt++) {
        // Stryker disable next-line ObjectLiteral,LogicalOperator: the transaction timeout travels with BEGIN, so only a Neo4j that answers can enforce it.
        const tx = session.beginTransaction({ timeout: txOptions.timeoutMs ?? options.statementTimeoutMs ?? 15_000 });
        try {
          const result = await work({
            run: async (name, params) => toRows((await tx.run(statements[name], toCypherParams(params) as Row)).records),
          });
          // Last, so the version node's lock is held only from here to the commit: every other
          // process polling the token sees it change exactly when this write becomes visible.
          const bumped = await tx.run(statements['graph-version-bump']);
          await tx.commit();
          const token: unknown = bumped.records[0]?.get('token');
          if (typeof token === 'string') adoptOwnVersion(token);
          return result;
        } catch (error) {
          // Stryker disable next-line ConditionalExpression: whether a rollback reaches Neo4j is visible only in a Neo4j that answers (test/integration: the seed loader rolls back the whole load when a write fails part-way).
          if (tx.isOpen()) await tx.rollback().catch(() => undefined);
          if (attempt >= WRITE_ATTEMPTS || !isLockConflict(error)) throw error;
          await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 60 * attempt));
        }
      }
    });
  }

  return {
    database,
    read,
    writeTransaction: (work, txOptions = {}) => invalidating(() => runTransaction(work, txOptions)),
    readExtended: (name, params, extension, stats) =>
      read(name, params, stats, extension) as Promise<(RowOf<typeof name> & { planned: unknown })[]>,
    reader: (stats) => ({
      read: (name, params) => read(name, params, stats),
      readExtended: (name, params, extension) =>
        read(name, params, stats, extension) as Promise<(RowOf<typeof name> & { planned: unknown })[]>,
    }),
    applySchema: () => {
      // Stryker disable next-line StringLiteral: await-indexes runs after every schema statement, and without a Neo4j answering the first of those already fails.
      const statementsToRun = [...loadSchemaStatements(), statements['await-indexes']];
      return inSession(neo4j.session.WRITE, async (session) => {
        for (const statement of statementsToRun) await session.run(statement);
      });
    },
    async ping() {
      try {
        await execute('ping', {});
        // Stryker disable next-line BooleanLiteral: a ping succeeds only against a Neo4j that answers (test/integration: /ready once Neo4j answers).
        return true;
      } catch {
        return false;
      }
    },
    stats: () => ({ ...counts, readCache: cacheStats() }),
    async close() {
      // First the poll: a poll running into a closed driver would count as a failure.
      await poller?.stop();
      await driver.close();
    },
  };
}
