import type { GraphQLResolveInfo } from 'graphql';
import type { QueryResolvers } from '../../generated/graphql.js';
import type { NodeLabel } from '../../model/vocabulary.js';
import type { Context } from '../context.js';
import { requireApiNode, requireNode } from '../nodeAccess.js';
import { primeRoot } from '../plan/plannedReads.js';

/** A by-id root field: the node and what the operation selects below it, in one statement. */
const byId =
  <L extends NodeLabel>(label: L, kind: string) =>
  async (_: unknown, { id }: { id: string }, ctx: Context, info: GraphQLResolveInfo) => {
    await primeRoot(ctx, info, id);
    return requireNode(ctx, id, label, kind);
  };

export const Query: QueryResolvers = {
  node: async (_, { id }, ctx, info) => {
    await primeRoot(ctx, info, id);
    return requireApiNode(ctx, id);
  },
  instrument: byId('Instrument', 'instrument'),
  institution: byId('Institution', 'institution'),
  technologyArea: byId('TechnologyArea', 'technology area'),
  mechanism: byId('Mechanism', 'mechanism'),
  event: byId('Event', 'event'),
  country: byId('Country', 'country'),
  source: byId('Source', 'source'),
  provision: byId('Provision', 'provision'),
  policyTopic: byId('PolicyTopic', 'policy topic'),
  post: byId('Post', 'post'),
};
