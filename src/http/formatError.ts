/**
 * Errors clients see: known codes (src/errors.ts, including Apollo's own request errors) pass
 * through with their message; anything else is logged and masked, so no internals or stack traces
 * leak outside development. Driver errors arrive already translated by src/db. Never throws.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, isErrorCode, isGraphQLError } from '../errors.js';
import type { Logger } from '../logger.js';

export function formatError(formatted: GraphQLFormattedError, error: unknown, log: Logger, development: boolean): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = isGraphQLError(original) ? original.extensions.code : formatted.extensions?.code;
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
