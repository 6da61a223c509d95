/**
 * Every error a client can see carries one of these stable codes in `extensions.code`, and a
 * message a person can act on; GraphQL responses and every other HTTP response (exports, body
 * errors, the explorer's bundles) share one envelope: `{ errors: [{ message, extensions: { code } }] }`.
 * Anything without a code is masked as INTERNAL_SERVER_ERROR.
 */
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** A request body that is not JSON, or an HTTP request the API cannot read. */
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The explorer or GraphiQL page was asked for before `npm run build:explorer`. */
  BUNDLE_NOT_BUILT: 'BUNDLE_NOT_BUILT',
  // Apollo Server's own request errors and GraphQL Armor's rejections, passed through as they are.
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  // Apollo raises these two without a code; src/http/formatError.ts names them.
  /** An automatic persisted query whose sha256Hash is not the hash of its query. */
  PERSISTED_QUERY_HASH_MISMATCH: 'PERSISTED_QUERY_HASH_MISMATCH',
  /** An automatic persisted query with a protocol version other than 1. */
  PERSISTED_QUERY_VERSION_NOT_SUPPORTED: 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const codes = new Set<string>(Object.values(ErrorCode));

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && codes.has(value);
}

/**
 * The HTTP status of a response that carries only this error (routes outside GraphQL, where the
 * status is the client's first clue). Exhaustive: a new code does not compile until it has one.
 */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.BAD_USER_INPUT:
    case ErrorCode.BAD_REQUEST:
    case ErrorCode.GRAPHQL_PARSE_FAILED:
    case ErrorCode.GRAPHQL_VALIDATION_FAILED:
    case ErrorCode.PERSISTED_QUERY_NOT_FOUND:
    case ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED:
    case ErrorCode.OPERATION_RESOLUTION_FAILURE:
    case ErrorCode.PERSISTED_QUERY_HASH_MISMATCH:
    case ErrorCode.PERSISTED_QUERY_VERSION_NOT_SUPPORTED:
      return 400;
    case ErrorCode.UNAUTHENTICATED:
      return 401;
    case ErrorCode.FORBIDDEN:
      return 403;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.CONFLICT:
      return 409;
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return 413;
    case ErrorCode.INTERNAL_SERVER_ERROR:
      return 500;
    case ErrorCode.SERVICE_UNAVAILABLE:
    case ErrorCode.BUNDLE_NOT_BUILT:
      return 503;
    case ErrorCode.QUERY_TIMEOUT:
      return 504;
    default:
      return assertNever(code);
  }
}

function assertNever(value: never): never {
  throw new TypeError(`Unhandled error code ${String(value)}`);
}

/** A client-facing error with `code` and any extra extensions (e.g. the offending argument). */
export function createError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  // The code last: an extra named `code` must never replace it.
  return new GraphQLError(message, { extensions: { ...extra, code } });
}

/** NOT_FOUND for an id that names no node of the kind asked for. */
export function notFound(kind: string, id: string): GraphQLError {
  return createError(ErrorCode.NOT_FOUND, `No ${kind} has the id "${id}". IDs are lowercase slugs; use search(text:) to find one.`, { id });
}

/** BAD_USER_INPUT naming the argument (dotted path for input fields) and what is wrong with it. */
export function badUserInput(argument: string, message: string): GraphQLError {
  return createError(ErrorCode.BAD_USER_INPUT, `${argument}: ${message}`, { argument });
}

/** SERVICE_UNAVAILABLE: Neo4j cannot be reached or is not ready; the client may retry. */
export function serviceUnavailable(detail = 'the graph database is not reachable'): GraphQLError {
  return createError(ErrorCode.SERVICE_UNAVAILABLE, `Kizuna cannot answer right now: ${detail}. Try again shortly.`);
}

/** QUERY_TIMEOUT: a statement ran past its time limit and Neo4j stopped it. */
export function queryTimeout(): GraphQLError {
  return createError(
    ErrorCode.QUERY_TIMEOUT,
    'The query took too long and was stopped. Ask for less: a smaller depth, fewer ids or a smaller page.',
  );
}

/** CONFLICT: the write contradicts what is stored (a unique id, a seeded record, a concurrent change). */
export function conflict(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return createError(ErrorCode.CONFLICT, message, extra);
}

export function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError;
}

/** The code of an error that carries one of ours, or null. */
export function codeOf(error: unknown): ErrorCode | null {
  const code = isGraphQLError(error) ? error.extensions.code : null;
  return isErrorCode(code) ? code : null;
}
