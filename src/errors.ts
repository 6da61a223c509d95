/**
 * Every error a client can see carries one of these stable codes in `extensions.code`, and a
 * message a person can act on. Anything else is masked as INTERNAL_SERVER_ERROR.
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
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function createError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export function notFound(kind: string, id: string): GraphQLError {
  return createError(ErrorCode.NOT_FOUND, `No ${kind} has the id "${id}". IDs are lowercase slugs; use search(text:) to find one.`, { id });
}

export function badUserInput(argument: string, message: string): GraphQLError {
  return createError(ErrorCode.BAD_USER_INPUT, `${argument}: ${message}`, { argument });
}

export function serviceUnavailable(detail = 'the graph database is not reachable'): GraphQLError {
  return createError(ErrorCode.SERVICE_UNAVAILABLE, `Kizuna cannot answer right now: ${detail}. Try again shortly.`);
}

export function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError;
}
