/**
 * What a curator write needs and nothing more: the database to write to, who is writing (already
 * authorised by the caller), the source texts excerpts are checked against, and a log. Curation
 * functions return what they wrote and which ids they touched, so the caller can refresh whatever
 * it cached (the GraphQL layer's per-request loaders).
 */
import type { Db } from '../db/createDb.js';
import type { Logger } from '../logger.js';
import type { NodeRecord } from '../model/records.js';
import type { SourceTextReader } from '../seed/validateSeeds.js';

export interface CurationContext {
  db: Db;
  /** The curator's name, stored as createdBy / updatedBy. */
  curator: string;
  readSourceText: SourceTextReader;
  log: Logger;
  /** The time stamped on everything one write stores; defaults to now. */
  now?: () => Date;
  /** Why the curator made this write, recorded in its revision (src/curation/recordRevision.ts); optional. */
  reason?: string | null | undefined;
}

/** The outcome of a curator write: its result, every node id whose relationships or properties changed, and the nodes as written. */
export interface CurationResult<T> {
  result: T;
  touched: string[];
  written: NodeRecord[];
}
