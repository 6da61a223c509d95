/**
 * A process-wide cache of read results, keyed by statement and parameters. The graph changes
 * rarely (curation, seed loads) and is read constantly, so most reads can be answered from memory.
 *
 * Correctness rules:
 *  - every write through the same Db invalidates everything, when it starts and when it ends
 *    (success or failure: a failed commit may still have committed), so a curator sees their
 *    write at once;
 *  - a read that was in flight while a write started or ended is not stored (it may have seen the
 *    graph before the write);
 *  - entries expire after `ttlMs`, which bounds staleness from writers this process cannot see
 *    (`npm run seed` while the API runs, a second API instance);
 *  - concurrent misses for the same key share one database round trip (single flight);
 *  - errors are never cached;
 *  - rows are deep-frozen: they are shared between requests, so a resolver that mutated
 *    one would corrupt other answers, and freezing turns that bug into an immediate TypeError.
 * Memory is bounded by the total number of cached rows (least recently used entries go first), each
 * entry counting at least one however empty its result, plus its key's length: an unbounded stream
 * of misses (unknown ids) cannot grow it. A single result over a quarter of the budget is not cached.
 */
/** A cached result: the rows of one statement, as the driver returned them (frozen once stored). */
export type Row = Record<string, unknown>;

export interface ReadCacheOptions {
  ttlMs: number;
  maxRows: number;
  now?: () => number;
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
  invalidate(): void;
  readonly stats: { entries: number; rows: number };
}

interface Entry {
  rows: object[];
  expiresAt: number;
  /** What the entry costs against the budget: its rows, plus one for the entry and its key. */
  weight: number;
}

/** Keys are statement parameters and can be long (a lineage frontier): charge a row per 256 characters. */
const weightOf = (key: string, rows: object[]): number => 1 + rows.length + Math.floor(key.length / 256);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function createReadCache(options: ReadCacheOptions): ReadCache {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<object[]>>();
  let rows = 0;
  let generation = 0;

  const remove = (key: string): void => {
    const entry = entries.get(key);
    if (entry) {
      rows -= entry.weight;
      entries.delete(key);
    }
  };

  const store = (key: string, value: object[]): void => {
    const weight = weightOf(key, value);
    if (weight > options.maxRows / 4) return;
    remove(key);
    entries.set(key, { rows: value, expiresAt: now() + options.ttlMs, weight });
    rows += weight;
    // Map iteration is insertion order, and a hit re-inserts its key: the first key is the least
    // recently used.
    for (const oldest of entries.keys()) {
      if (rows <= options.maxRows) break;
      remove(oldest);
    }
  };

  return {
    async read<R extends object>(key: string, load: () => Promise<R[]>): Promise<ReadCacheLookup<R>> {
      // The key names the statement, so whatever is stored under it has that statement's row type.
      const entry = entries.get(key);
      if (entry && entry.expiresAt > now()) {
        entries.delete(key);
        entries.set(key, entry);
        return { rows: entry.rows as R[], hit: true };
      }
      if (entry) remove(key);
      const pending = inFlight.get(key);
      if (pending) return { rows: (await pending) as R[], hit: true };

      const startedAt = generation;
      const promise = load();
      inFlight.set(key, promise);
      try {
        // Frozen even when not stored: requests that joined this read share the same rows.
        const value = deepFreeze(await promise);
        if (generation === startedAt) store(key, value);
        return { rows: value, hit: false };
      } finally {
        if (inFlight.get(key) === promise) inFlight.delete(key);
      }
    },
    invalidate() {
      generation += 1;
      entries.clear();
      // Later readers must not join a read that started before the write.
      inFlight.clear();
      rows = 0;
    },
    get stats() {
      return { entries: entries.size, rows };
    },
  };
}
