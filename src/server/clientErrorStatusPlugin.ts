/**
 * A request rejected before execution for a client's fault must not answer 500. GraphQL Armor's
 * token limit throws from the parser hook, which Apollo reports as HTTP 500 with the (correct)
 * code GRAPHQL_VALIDATION_FAILED; this turns such responses into 400, the status Apollo gives its
 * own parse and validation errors.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../graphql/context.js';

const clientCodes = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'BAD_USER_INPUT']);

export function clientErrorStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const allClient = errors !== undefined && errors.length > 0 && errors.every((e) => clientCodes.has(String(e.extensions?.code)));
          if (allClient && (data === undefined || data === null) && (response.http.status ?? 500) >= 500) response.http.status = 400;
        },
      };
    },
  };
}
