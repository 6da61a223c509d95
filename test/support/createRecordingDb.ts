/**
 * A recording fake of the Db (src/db/createDb.ts) for unit tests of curation and seed loading:
 * statements answer from functions of their parameters, every statement run is recorded in order
 * (with whether it ran inside a write transaction), and a transaction whose work throws is marked
 * rolled back. Reads outside transactions go through the same answers. A statement without an
 * answer fails loudly.
 */
import type { Db, QueryStats, Reader, Tx } from '../../src/db/createDb.js';
import type { ParamsOf, ReadStatementName, RowOf, StatementName } from '../../src/db/statements.js';

export type DbAnswers = { [N in StatementName]?: (params: ParamsOf<N>) => RowOf<N>[] };

export interface RecordedStatement {
  name: StatementName;
  params: unknown;
  /** Index of the write transaction it ran in (0, 1, …), or null for a read outside one. */
  transaction: number | null;
}

export interface RecordingDb extends Db {
  readonly calls: RecordedStatement[];
  /** Per transaction started: 'committed' or 'rolled back'. */
  readonly transactions: ('committed' | 'rolled back')[];
  /** Options each writeTransaction was given. */
  readonly transactionOptions: ({ timeoutMs?: number } | undefined)[];
}

export function createRecordingDb(answers: DbAnswers): RecordingDb {
  const calls: RecordedStatement[] = [];
  const transactions: ('committed' | 'rolled back')[] = [];
  const transactionOptions: ({ timeoutMs?: number } | undefined)[] = [];

  function answer<N extends StatementName>(name: N, params: ParamsOf<N>, transaction: number | null): RowOf<N>[] {
    calls.push({ name, params: structuredClone(params), transaction });
    const respond = answers[name] as ((p: ParamsOf<N>) => RowOf<N>[]) | undefined;
    if (!respond) throw new Error(`The fake db has no answer for ${name}`);
    return respond(params);
  }

  const read = async <N extends ReadStatementName>(name: N, params: ParamsOf<N>, stats?: QueryStats): Promise<RowOf<N>[]> => {
    if (stats) stats.roundTrips += 1;
    return answer(name, params, null);
  };

  return {
    calls,
    transactions,
    transactionOptions,
    database: 'fake',
    read,
    readExtended: () => Promise.reject(new Error('The fake db runs no planned statements (they need Neo4j)')),
    reader: (stats: QueryStats): Reader => ({
      read: (name, params) => read(name, params, stats),
      readExtended: () => Promise.reject(new Error('The fake db runs no planned statements (they need Neo4j)')),
    }),
    async writeTransaction<T>(work: (tx: Tx) => Promise<T>, options?: { timeoutMs?: number }): Promise<T> {
      const index = transactions.length;
      transactions.push('rolled back');
      transactionOptions.push(options);
      const tx: Tx = { run: async (name, params) => answer(name, params, index) };
      const result = await work(tx);
      transactions[index] = 'committed';
      return result;
    },
    applySchema: async () => undefined,
    ping: async () => true,
    close: async () => undefined,
  };
}
