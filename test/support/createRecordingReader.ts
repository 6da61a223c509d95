/**
 * A recording fake of the request-bound Reader (src/db/createDb.ts), for unit tests of the graph
 * walks: each statement answers from a function of its parameters, and every read is recorded so a
 * test can assert which statements ran with which parameters (like dataloader's `loadCalls`).
 * A statement without an answer fails the test loudly instead of returning nothing.
 */
import type { Reader } from '../../src/db/createDb.js';
import type { ParamsOf, ReadStatementName, RowOf } from '../../src/db/statements.js';

export type Answers = { [N in ReadStatementName]?: (params: ParamsOf<N>) => RowOf<N>[] };

export interface RecordedRead {
  name: ReadStatementName;
  params: unknown;
}

export interface RecordingReader extends Reader {
  readonly calls: RecordedRead[];
}

export function createRecordingReader(answers: Answers): RecordingReader {
  const calls: RecordedRead[] = [];
  return {
    calls,
    async read<N extends ReadStatementName>(name: N, params: ParamsOf<N>): Promise<RowOf<N>[]> {
      // Deep-copied so a later mutation by the code under test cannot rewrite what was recorded.
      calls.push({ name, params: structuredClone(params) });
      const answer = answers[name] as ((p: ParamsOf<N>) => RowOf<N>[]) | undefined;
      if (!answer) throw new Error(`The fake reader has no answer for ${name}`);
      return answer(params);
    },
    readExtended: () => Promise.reject(new Error('The fake reader runs no planned statements (they need Neo4j)')),
  };
}
