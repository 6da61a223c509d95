/**
 * The transaction every curator write runs in: a write transaction (src/db/createDb.ts: retried on a
 * deadlock or a lost uniqueness race, and bumping the graph version at commit) whose first statement
 * takes the graph's write lock (cypher/write-lock.cypher). Curator writes are rare and small, so
 * running them one after another costs nothing a curator notices, and it makes what each reads
 * before writing (the record's snapshot for its revision, the graph its invariants are checked on)
 * the committed state: without it, two concurrent upserts of one new id both recorded a CREATE
 * (found by the abuse corpus's racing writers, test/load/abuseWrites.ts).
 */
import type { Tx } from '../db/createDb.js';
import type { CurationContext } from './curationContext.js';

/** Runs `work` in one write transaction after taking the graph's write lock; resolves to what `work` returns. */
export function curatorTransaction<T>(ctx: Pick<CurationContext, 'db'>, work: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.writeTransaction(async (tx) => {
    await tx.run('write-lock', {});
    return work(tx);
  });
}
