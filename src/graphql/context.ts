/**
 * The per-request context every resolver receives: a Reader bound to the request's round-trip
 * counters, the loaders built on it, the caller, a log, and a curation context factory for writes.
 * Resolvers never see the database itself.
 */
import type { Role } from '../config.js';
import type { CurationContext } from '../curation/curationContext.js';
import type { Db, QueryStats, Reader } from '../db/createDb.js';
import type { Logger } from '../logger.js';
import type { SourceTextReader } from '../seed/validateSeeds.js';
import { createLoaders, type Loaders } from './createLoaders.js';

export interface Caller {
  name: string;
  role: Role | 'anonymous';
}

export interface Context {
  reader: Reader;
  loaders: Loaders;
  stats: QueryStats;
  caller: Caller;
  log: Logger;
  /** Whether root fields read through the statement planner (Config.statementPlanner). */
  statementPlanner: boolean;
  /** What a curator write needs; call only after requireRole (it names the caller as the curator). */
  curation(): CurationContext;
}

/** One request's context; `readSourceText` reads the configured seeds' source texts (curator excerpts are checked against them). */
export function createContext(
  db: Db,
  caller: Caller,
  log: Logger,
  readSourceText: SourceTextReader,
  options: { statementPlanner: boolean } = { statementPlanner: true },
): Context {
  const stats: QueryStats = { roundTrips: 0, cacheHits: 0 };
  const reader = db.reader(stats);
  return {
    reader,
    loaders: createLoaders(reader),
    stats,
    caller,
    log,
    statementPlanner: options.statementPlanner,
    curation: () => ({ db, curator: caller.name, readSourceText, log }),
  };
}
