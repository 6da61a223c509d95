/**
 * A process-wide cache of read results, keyed by statement and parameters. The graph changes
 * rarely (curation, seed loads) and is read constantly, so most reads can be answered from memory.
 *
 * Correctness rules:
 *  - every write through the same Db invalidates everything, when it starts and when it ends
 *    (success or failure: a failed commit may still have committed), so a curator sees their
 *    write at once;
 *  - every write through any Db (another API instance, `npm run seed`) changes the graph's version
 *    token in its own transaction, and the Db polls that token (createDb.ts, every
 *    READ_CACHE_VERSION_POLL_MS, 250 ms by default) and invalidates everything when it changed, or
 *    when the poll failed. The window that remains: a write committed elsewhere is seen here after
 *    at most one poll interval plus two poll round trips (about 260 ms by default), and a request
 *    that started before that invalidation may still answer from before the write;
 *  - a read that was in flight while the cache was invalidated is not stored (it may have seen the
 *    graph before the write);
 *  - entries expire after `ttlMs`: the last bound on staleness, should the version poll be turned
 *    off or a writer bypass Db.writeTransaction (cypher-shell);
 *  - concurrent misses for the same key share one database round trip (single flight);
 *  - errors are never cached;
 *  - rows are deep-frozen: they are shared between requests, so a resolver that mutated
 *    one would corrupt other answers, and freezing turns that bug into an immediate TypeError.
 * Memory is bounded by a byte budget, `maxBytes` (lru-cache keeps the books and evicts the least
 * recently used entries first). What an entry costs is an estimate, not a measurement: the UTF-8
 * length of its key and of its rows as JSON, plus a fixed allowance for the entry itself, so an
 * unbounded stream of misses (unknown ids, empty results) cannot grow it. The JavaScript heap holds
 * more than the JSON (objects and strings carry headers): 3.0 times the estimate, measured with the
 * benchmark's operations (src/config.ts). A single result over a quarter of the budget is not cached.
 */
import { LRUCache } from 'lru-cache';

/** A cached result: the rows of one statement, as the driver returned them (frozen once stored). */
export type Row = Record<string, unknown>;

export interface ReadCacheOptions {
  /** How long an entry may be reused, in ms (above 0). */
  ttlMs: number;
  /** The budget in (estimated) bytes; a single result over a quarter of it is not cached. */
  maxBytes: number;
  /** A monotonic clock in ms, for tests; performance.now by default. */
  now?: () => number;
}

/** Why the cache was emptied: a write through this Db, another writer's version token, or a failed version poll. */
export type InvalidationCause = 'write' | 'version' | 'poll_failed';

/** A snapshot of the cache's size (estimated bytes, see the header) and its counters since it was created. */
export interface ReadCacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
  /** Lookups answered without a round trip (stored, or joined one in flight). */
  hits: number;
  /** Lookups that loaded from the database. */
  misses: number;
  invalidations: Record<InvalidationCause, number>;
}

export interface ReadCacheLookup<R> {
  rows: R[];
  /** True when no database round trip was made for this call (stored, or joined one in flight). */
  hit: boolean;
}

export interface ReadCache {
  /**
   * The rows stored under `key`, or `load()`'s (then stored). A key must determine the row type
   * (the db module keys by statement name and parameters), since entries are stored untyped.
   */
  read<R extends object>(key: string, load: () => Promise<R[]>): Promise<ReadCacheLookup<R>>;
  /** Forgets every entry and every read in flight; `cause` is only counted (default 'write'). */
  invalidate(cause?: InvalidationCause): void;
  readonly stats: ReadCacheStats;
}

/**
 * What an entry is charged beyond its key and rows: lru-cache's slots for it, the rows array and the
 * key's string header. A rough allowance, so that empty results are not free.
 */
const ENTRY_OVERHEAD_BYTES = 128;

/**
 * The estimated cost of an entry in bytes: UTF-8 length of the key and of the rows as JSON, plus
 * ENTRY_OVERHEAD_BYTES. Rows JSON cannot represent (a BigInt) cost infinitely much, so are not kept.
 */
export function estimateBytes(key: string, rows: readonly object[]): number {
  try {
    return ENTRY_OVERHEAD_BYTES + Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(rows));
  } catch {
    return Number.MAX_SAFE_INTEGER;
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * A cache as the header describes, holding at most `options.maxBytes` (estimated) for at most
 * `options.ttlMs` ms per entry. Throws a TypeError (from lru-cache) for a budget below 4 bytes or a
 * negative or fractional TTL or budget.
 */
export function createReadCache(options: ReadCacheOptions): ReadCache {
  const entries = new LRUCache<string, object[]>({
    maxSize: options.maxBytes,
    // Anything bigger would push out most of the other entries for one answer.
    maxEntrySize: Math.floor(options.maxBytes / 4),
    sizeCalculation: (rows, key) => estimateBytes(key, rows),
    ttl: options.ttlMs,
    // Read the clock at each lookup: the default (reuse a reading for 1 ms) arms a timer per reading.
    ttlResolution: 0,
    ...(options.now ? { perf: { now: options.now } } : {}),
  });
  const inFlight = new Map<string, Promise<object[]>>();
  let generation = 0;
  let hits = 0;
  let misses = 0;
  const invalidations: Record<InvalidationCause, number> = { write: 0, version: 0, poll_failed: 0 };

  return {
    async read<R extends object>(key: string, load: () => Promise<R[]>): Promise<ReadCacheLookup<R>> {
      // The key names the statement, so whatever is stored under it has that statement's row type.
      // get() drops an expired entry and marks a live one most recently used.
      const stored = entries.get(key);
      if (stored) {
        hits += 1;
        return { rows: stored as R[], hit: true };
      }
      const pending = inFlight.get(key);
      if (pending) {
        hits += 1;
        return { rows: (await pending) as R[], hit: true };
      }

      misses += 1;
      const startedAt = generation;
      const promise = load();
      inFlight.set(key, promise);
      try {
        // Frozen even when not stored: requests that joined this read share the same rows.
        const value = deepFreeze(await promise);
        if (generation === startedAt) entries.set(key, value);
        return { rows: value, hit: false };
      } finally {
        if (inFlight.get(key) === promise) inFlight.delete(key);
      }
    },
    invalidate(cause: InvalidationCause = 'write') {
      generation += 1;
      invalidations[cause] += 1;
      entries.clear();
      // Later readers must not join a read that started before the write.
      inFlight.clear();
    },
    get stats() {
      return {
        entries: entries.size,
        bytes: entries.calculatedSize,
        maxBytes: options.maxBytes,
        hits,
        misses,
        invalidations: { ...invalidations },
      };
    },
  };
}
