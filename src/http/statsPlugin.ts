/**
 * When a request carries `x-kizuna-stats: 1`, its response reports how many database round trips
 * it cost (extensions.stats.roundTrips): how tests and benchmarks prove a query is N+1-free. Reads
 * the read cache answered are counted apart (extensions.stats.cacheHits).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../graphql/context.js';

export function statsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      if (request.http?.headers.get('x-kizuna-stats') !== '1') return;
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              stats: { roundTrips: contextValue.stats.roundTrips, cacheHits: contextValue.stats.cacheHits },
            };
          }
        },
      };
    },
  };
}
