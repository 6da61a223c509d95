/**
 * Errors clients see: known codes pass through with their message; anything else is logged and
 * masked, so no internals or stack traces leak outside development.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { translateDriverError } from '../db/createDb.js';
import { ErrorCode, isGraphQLError } from '../errors.js';
import type { Logger } from '../logger.js';

const passThrough = new Set<string>([
  ...Object.values(ErrorCode),
  // Apollo's own request and validation errors, and GraphQL Armor's rejections (GRAPHQL_VALIDATION_FAILED)
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown, log: Logger, development: boolean): GraphQLFormattedError {
  const original = translateDriverError(unwrapResolverError(error));
  const code = isGraphQLError(original) ? original.extensions.code : formatted.extensions?.code;
  if (typeof code === 'string' && passThrough.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
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
