/** The per-request context every resolver receives: loaders, the caller, round-trip counters and the source texts. */
import type { Db, QueryStats } from '../db/createDb.js';
import type { Role } from '../config.js';
import type { Logger } from '../logger.js';
import type { SourceTextReader } from '../seed/validateSeeds.js';
import { createLoaders, type Loaders } from './createLoaders.js';

export interface Caller {
  name: string;
  role: Role | 'anonymous';
}

export interface Context {
  db: Db;
  loaders: Loaders;
  stats: QueryStats;
  caller: Caller;
  log: Logger;
  /** Source texts of the configured seeds directory, against which curator excerpts are checked. */
  readSourceText: SourceTextReader;
}

export function createContext(db: Db, caller: Caller, log: Logger, readSourceText: SourceTextReader): Context {
  const stats: QueryStats = { roundTrips: 0, cacheHits: 0 };
  return { db, loaders: createLoaders(db, stats), stats, caller, log, readSourceText };
}
