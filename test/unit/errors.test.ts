import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  badUserInput,
  codeOf,
  conflict,
  createError,
  ErrorCode,
  httpStatusOf,
  isErrorCode,
  isGraphQLError,
  notFound,
  queryTimeout,
  serviceUnavailable,
} from '../../src/errors.js';

/** Every code with the status a response carrying only that error gets. */
const statuses: [string, number][] = [
  ['NOT_FOUND', 404],
  ['BAD_USER_INPUT', 400],
  ['UNAUTHENTICATED', 401],
  ['FORBIDDEN', 403],
  ['CONFLICT', 409],
  ['SERVICE_UNAVAILABLE', 503],
  ['QUERY_TIMEOUT', 504],
  ['INTERNAL_SERVER_ERROR', 500],
  ['BAD_REQUEST', 400],
  ['PAYLOAD_TOO_LARGE', 413],
  ['BUNDLE_NOT_BUILT', 503],
  ['GRAPHQL_PARSE_FAILED', 400],
  ['GRAPHQL_VALIDATION_FAILED', 400],
  ['PERSISTED_QUERY_NOT_FOUND', 400],
  ['PERSISTED_QUERY_NOT_SUPPORTED', 400],
  ['OPERATION_RESOLUTION_FAILURE', 400],
  ['PERSISTED_QUERY_HASH_MISMATCH', 400],
  ['PERSISTED_QUERY_VERSION_NOT_SUPPORTED', 400],
];

describe('error codes', () => {
  it('are exactly the codes clients are told about, each spelled as its name', () => {
    expect(Object.entries(ErrorCode)).toEqual(statuses.map(([code]) => [code, code]));
  });

  it.each(statuses)('answers %s with HTTP %i', (code, status) => {
    expect(httpStatusOf(code as ErrorCode)).toBe(status);
  });

  it('refuses to give a status for a code it does not know', () => {
    expect(() => httpStatusOf('TEAPOT' as ErrorCode)).toThrow(new TypeError('Unhandled error code TEAPOT'));
  });

  it('recognises every code, and nothing else, as an error code', () => {
    for (const [code] of statuses) expect(isErrorCode(code)).toBe(true);
    for (const value of ['TEAPOT', 'not_found', '', undefined, null, 404, { code: 'NOT_FOUND' }, ['NOT_FOUND']]) {
      expect(isErrorCode(value)).toBe(false);
    }
  });
});

describe('error factories', () => {
  it('builds a GraphQL error with the code and any extra extensions', () => {
    const error = createError(ErrorCode.FORBIDDEN, 'Curators only.', { role: 'reader' });
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.message).toBe('Curators only.');
    expect(error.extensions).toEqual({ code: 'FORBIDDEN', role: 'reader' });
    expect(createError(ErrorCode.UNAUTHENTICATED, 'Who are you?').extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('says which id was not found and how to find one', () => {
    const error = notFound('Instrument', 'mou-2099');
    expect(error.message).toBe('No Instrument has the id "mou-2099". IDs are lowercase slugs; use search(text:) to find one.');
    expect(error.extensions).toEqual({ code: 'NOT_FOUND', id: 'mou-2099' });
  });

  it('names the argument at fault in BAD_USER_INPUT', () => {
    const error = badUserInput('filter.yearFrom', 'must be a year between 1850 and 2100');
    expect(error.message).toBe('filter.yearFrom: must be a year between 1850 and 2100');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'filter.yearFrom' });
  });

  it('tells the client to retry when the database is unavailable', () => {
    const error = serviceUnavailable();
    expect(error.message).toBe('Kizuna cannot answer right now: the graph database is not reachable. Try again shortly.');
    expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(serviceUnavailable('the schema is still being applied').message).toBe(
      'Kizuna cannot answer right now: the schema is still being applied. Try again shortly.',
    );
  });

  it('asks for less when a query timed out', () => {
    const error = queryTimeout();
    expect(error.message).toBe('The query took too long and was stopped. Ask for less: a smaller depth, fewer ids or a smaller page.');
    expect(error.extensions).toEqual({ code: 'QUERY_TIMEOUT' });
  });

  it('builds CONFLICT with its message and extra extensions', () => {
    expect(conflict('That id is taken.').extensions).toEqual({ code: 'CONFLICT' });
    const error = conflict('Seeded records are read-only.', { id: 'nrc' });
    expect(error.message).toBe('Seeded records are read-only.');
    expect(error.extensions).toEqual({ code: 'CONFLICT', id: 'nrc' });
  });
});

describe('codeOf', () => {
  it('reads our code off a GraphQL error', () => {
    expect(codeOf(notFound('Country', 'atlantis'))).toBe('NOT_FOUND');
    expect(codeOf(new GraphQLError('Bad query', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers null for a code that is not ours, a GraphQL error without one, and anything else', () => {
    expect(codeOf(new GraphQLError('x', { extensions: { code: 'TEAPOT' } }))).toBeNull();
    expect(codeOf(new GraphQLError('x'))).toBeNull();
    expect(codeOf(Object.assign(new Error('x'), { extensions: { code: 'NOT_FOUND' } }))).toBeNull();
    expect(codeOf({ extensions: { code: 'NOT_FOUND' } })).toBeNull();
    expect(codeOf('NOT_FOUND')).toBeNull();
    expect(codeOf(undefined)).toBeNull();
  });

  it('tells GraphQL errors from other errors', () => {
    expect(isGraphQLError(conflict('x'))).toBe(true);
    expect(isGraphQLError(new Error('x'))).toBe(false);
    expect(isGraphQLError({ message: 'x', extensions: {} })).toBe(false);
  });
});

describe('createError', () => {
  it('never lets an extra extension replace the error code', () => {
    const error = createError(ErrorCode.NOT_FOUND, 'No such thing.', { code: 'SOMETHING_ELSE', id: 'x' });
    expect(error.extensions).toEqual({ code: 'NOT_FOUND', id: 'x' });
  });
});
