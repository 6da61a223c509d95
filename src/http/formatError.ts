/**
 * Errors clients see: known codes (src/errors.ts, including Apollo's own request errors) pass
 * through with their message; anything else is logged and masked, so no internals or stack traces
 * leak outside development. Driver errors arrive already translated by src/db. Never throws.
 *
 * Apollo raises a few client mistakes without a code but with a 4xx HTTP status in
 * `extensions.http` (an automatic persisted query with a wrong hash or version): those are named
 * (clientMistakeCode) rather than masked, so only unexpected failures read INTERNAL_SERVER_ERROR.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, isErrorCode, isGraphQLError } from '../errors.js';
import type { Logger } from '../logger.js';

/** Apollo's code-less request errors, by their (stable, tested) message. */
const apolloMessages: Record<string, ErrorCode> = {
  'provided sha does not match query': ErrorCode.PERSISTED_QUERY_HASH_MISMATCH,
  'Unsupported persisted query version': ErrorCode.PERSISTED_QUERY_VERSION_NOT_SUPPORTED,
};

/**
 * The code of a code-less GraphQLError that Apollo marked as the client's mistake (a 4xx status in
 * extensions.http): a specific code for the messages above, BAD_REQUEST for any other; null otherwise.
 */
export function clientMistakeCode(error: unknown): ErrorCode | null {
  // Duck-typed: under Vitest Apollo's errors come from another copy of graphql-js than ours, so instanceof fails.
  if (!(error instanceof Error) || !('extensions' in error)) return null;
  const extensions = error.extensions as { code?: unknown; http?: { status?: unknown } } | null | undefined;
  if (!extensions || extensions.code !== undefined) return null;
  const status = extensions.http?.status;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  return apolloMessages[error.message] ?? ErrorCode.BAD_REQUEST;
}

/** The error as the client sees it: see the module comment. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: Logger, development: boolean): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = clientMistakeCode(original) ?? (isGraphQLError(original) ? original.extensions.code : formatted.extensions?.code);
  if (isErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const message = isGraphQLError(original) ? original.message : formatted.message;
    const extensions: Record<string, unknown> = { ...formatted.extensions, ...(isGraphQLError(original) ? original.extensions : {}), code };
    if (!development) delete extensions.stacktrace;
    delete extensions.http;
    return { ...formatted, message, extensions };
  }
  log.error({ err: original }, 'unexpected error while resolving a request');
  return {
    message: 'Internal server error. The request id in the x-request-id header identifies it in the logs.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      ...(development && formatted.extensions?.stacktrace ? { stacktrace: formatted.extensions.stacktrace } : {}),
    },
  };
}
