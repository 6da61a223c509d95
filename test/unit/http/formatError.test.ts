/**
 * formatError is the last line of defence before an error reaches a client. Tested two ways: called
 * directly with the (formatted, original) pairs Apollo hands it, and inside a real ApolloServer so
 * the inputs are exactly what Apollo produces for resolver errors and its own request errors.
 */
import { ApolloServer } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { badUserInput, createError, ErrorCode, notFound } from '../../../src/errors.js';
import { formatError } from '../../../src/http/formatError.js';
import type { Logger } from '../../../src/logger.js';

const MASKED = 'Internal server error. The request id in the x-request-id header identifies it in the logs.';

/** A real pino logger writing JSON lines into an array. */
function capturingLogger(): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { log, lines };
}

/** The error as a resolver at `path` threw it, wrapped the way graphql-js wraps resolver errors. */
function thrownAt(original: unknown, path: (string | number)[]): GraphQLError {
  const error = original instanceof Error ? original : new Error(String(original));
  return new GraphQLError(error.message, { path, originalError: error });
}

const STACK = ['Error: secret internals', '    at readNode (src/graph/readNode.ts:42:7)'];

describe('formatError outside development', () => {
  it('masks an unexpected error: no message, no stack trace, only INTERNAL_SERVER_ERROR', () => {
    const { log } = capturingLogger();
    const original = new Error('secret internals: bolt://neo4j:s3cret@db');
    const formatted: GraphQLFormattedError = {
      message: original.message,
      locations: [{ line: 1, column: 3 }],
      path: ['instrument'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: STACK },
    };
    const result = formatError(formatted, thrownAt(original, ['instrument']), log, false);
    expect(result).toStrictEqual({
      message: MASKED,
      locations: [{ line: 1, column: 3 }],
      path: ['instrument'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toContain('secret');
  });

  it('logs the unexpected error it masks, with its message and stack', () => {
    const { log, lines } = capturingLogger();
    formatError({ message: 'boom' }, thrownAt(new Error('boom in the resolver'), ['node']), log, false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: 'unexpected error while resolving a request',
      err: { message: 'boom in the resolver' },
    });
    expect((lines[0]?.err as { stack: string }).stack).toContain('boom in the resolver');
  });

  it('masks an error whose code is INTERNAL_SERVER_ERROR or not one of ours', () => {
    const { log, lines } = capturingLogger();
    for (const code of ['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']) {
      const original = new GraphQLError('internal detail', { extensions: { code } });
      const result = formatError({ message: 'internal detail', extensions: { code } }, original, log, false);
      expect(result).toStrictEqual({
        message: MASKED,
        locations: undefined,
        path: undefined,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
    expect(lines).toHaveLength(2);
  });

  it('masks a thrown value that is not an error at all', () => {
    const { log } = capturingLogger();
    const result = formatError({ message: 'Unexpected error value: "oops"' }, 'oops', log, false);
    expect(result.message).toBe(MASKED);
    expect(result.extensions).toStrictEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it.each([
    notFound('Instrument', 'mou-2099'),
    badUserInput('first', 'must be between 1 and 100'),
    createError(ErrorCode.SERVICE_UNAVAILABLE, 'Kizuna cannot answer right now.'),
  ])('passes $extensions.code through with its message and extensions, but no stack trace or http', (original) => {
    const { log, lines } = capturingLogger();
    const formatted: GraphQLFormattedError = {
      message: original.message,
      path: ['instrument'],
      extensions: { ...original.extensions, stacktrace: STACK, http: { status: 418 } },
    };
    const result = formatError(formatted, thrownAt(original, ['instrument']), log, false);
    expect(result).toStrictEqual({ message: original.message, path: ['instrument'], extensions: { ...original.extensions } });
    expect(lines).toHaveLength(0);
  });

  it("takes the code, message and extensions from the original error over Apollo's formatted copy", () => {
    const { log } = capturingLogger();
    const original = badUserInput('filter.yearFrom', 'must be a year');
    const result = formatError({ message: 'something Apollo rewrote' }, thrownAt(original, ['instruments']), log, false);
    expect(result).toStrictEqual({
      message: 'filter.yearFrom: must be a year',
      extensions: { code: 'BAD_USER_INPUT', argument: 'filter.yearFrom' },
    });
  });

  it('passes through a known code Apollo reports when the error itself is not a GraphQL error', () => {
    const { log } = capturingLogger();
    const formatted: GraphQLFormattedError = {
      message: 'Syntax Error: Unexpected "}".',
      extensions: { code: 'GRAPHQL_PARSE_FAILED', detail: 1 },
    };
    const result = formatError(formatted, new SyntaxError('not what the client should read'), log, false);
    expect(result).toStrictEqual({ message: 'Syntax Error: Unexpected "}".', extensions: { code: 'GRAPHQL_PARSE_FAILED', detail: 1 } });
  });
});

describe('formatError in development', () => {
  it('keeps the stack trace of an unexpected error, still masking its message', () => {
    const { log } = capturingLogger();
    const result = formatError(
      { message: 'secret', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: STACK } },
      thrownAt(new Error('secret'), ['node']),
      log,
      true,
    );
    expect(result.message).toBe(MASKED);
    expect(result.extensions).toStrictEqual({ code: 'INTERNAL_SERVER_ERROR', stacktrace: STACK });
  });

  it('adds no stack trace field when Apollo gave none', () => {
    const { log } = capturingLogger();
    const result = formatError({ message: 'secret' }, new Error('secret'), log, true);
    expect(result.extensions).toStrictEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it("keeps a known error's stack trace, still dropping http", () => {
    const { log } = capturingLogger();
    const original = notFound('Country', 'atlantis');
    const result = formatError(
      { message: original.message, extensions: { code: 'NOT_FOUND', id: 'atlantis', stacktrace: STACK, http: { status: 404 } } },
      original,
      log,
      true,
    );
    expect(result.extensions).toStrictEqual({ code: 'NOT_FOUND', id: 'atlantis', stacktrace: STACK });
  });
});

describe('formatError inside Apollo Server', () => {
  const typeDefs = 'type Query { instrument(id: ID!): String, broken: String }';
  const resolvers = {
    Query: {
      instrument: (_: unknown, { id }: { id: string }) => {
        throw notFound('Instrument', id);
      },
      broken: () => {
        throw new Error('ECONNRESET at bolt://neo4j:s3cret@10.0.0.7');
      },
    },
  };

  async function run(query: string, development: boolean) {
    const { log, lines } = capturingLogger();
    const server = new ApolloServer({
      typeDefs,
      resolvers,
      includeStacktraceInErrorResponses: development,
      formatError: (formatted, error) => formatError(formatted, error, log, development),
    });
    await server.start();
    try {
      const response = await server.executeOperation({ query });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return { errors: response.body.singleResult.errors ?? [], lines };
    } finally {
      await server.stop();
    }
  }

  it('passes NOT_FOUND from a resolver through with its message, id and path', async () => {
    const { errors } = await run('{ instrument(id: "mou-2099") }', false);
    expect(errors).toStrictEqual([
      {
        message: 'No Instrument has the id "mou-2099". IDs are lowercase slugs; use search(text:) to find one.',
        locations: [{ line: 1, column: 3 }],
        path: ['instrument'],
        extensions: { code: 'NOT_FOUND', id: 'mou-2099' },
      },
    ]);
  });

  it("passes Apollo's own GRAPHQL_VALIDATION_FAILED and GRAPHQL_PARSE_FAILED through with their messages", async () => {
    const invalid = await run('{ nope }', false);
    expect(invalid.errors).toHaveLength(1);
    expect(invalid.errors[0]?.message).toBe('Cannot query field "nope" on type "Query".');
    expect(invalid.errors[0]?.extensions).toStrictEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    const unparsable = await run('{ instrument(id: ) }', false);
    expect(unparsable.errors[0]?.message).toMatch(/^Syntax Error/);
    expect(unparsable.errors[0]?.extensions).toStrictEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect([...invalid.lines, ...unparsable.lines]).toHaveLength(0);
  });

  it('masks an unexpected resolver error and logs it', async () => {
    const { errors, lines } = await run('{ broken }', false);
    expect(errors).toStrictEqual([
      { message: MASKED, locations: [{ line: 1, column: 3 }], path: ['broken'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.err).toMatchObject({ message: 'ECONNRESET at bolt://neo4j:s3cret@10.0.0.7' });
  });

  it('shows stack traces in development only', async () => {
    const developing = await run('{ broken }', true);
    expect(developing.errors[0]?.message).toBe(MASKED);
    expect(developing.errors[0]?.extensions?.stacktrace).toEqual(expect.arrayContaining([expect.stringContaining('ECONNRESET')]));
    const known = await run('{ instrument(id: "x") }', true);
    expect(known.errors[0]?.extensions?.stacktrace).toBeInstanceOf(Array);
  });
});

describe('Apollo’s code-less client mistakes', () => {
  const { log } = capturingLogger();
  const apollo = (message: string, status: number): GraphQLError => new GraphQLError(message, { extensions: { http: { status } } });

  it.each([
    ['provided sha does not match query', 400, 'PERSISTED_QUERY_HASH_MISMATCH'],
    ['Unsupported persisted query version', 400, 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED'],
    ['Some future request error', 400, 'BAD_REQUEST'],
  ])('%s (HTTP %i) → %s, not masked', (message, status, code) => {
    const error = apollo(message, status);
    const out = formatError({ message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error, log, false);
    expect(out).toEqual({ message, extensions: { code } });
  });

  it('still masks a code-less error without a 4xx status', () => {
    const out = formatError({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, apollo('boom', 500), log, false);
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(out.message).toBe(MASKED);
  });
});
