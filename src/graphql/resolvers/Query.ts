import type { QueryResolvers } from '../../generated/graphql.js';
import { requireApiNode, requireNode } from '../nodeAccess.js';

export const Query: QueryResolvers = {
  node: (_, { id }, ctx) => requireApiNode(ctx, id),
  instrument: (_, { id }, ctx) => requireNode(ctx, id, 'Instrument', 'instrument'),
  institution: (_, { id }, ctx) => requireNode(ctx, id, 'Institution', 'institution'),
  technologyArea: (_, { id }, ctx) => requireNode(ctx, id, 'TechnologyArea', 'technology area'),
  mechanism: (_, { id }, ctx) => requireNode(ctx, id, 'Mechanism', 'mechanism'),
  event: (_, { id }, ctx) => requireNode(ctx, id, 'Event', 'event'),
  country: (_, { id }, ctx) => requireNode(ctx, id, 'Country', 'country'),
  source: (_, { id }, ctx) => requireNode(ctx, id, 'Source', 'source'),
  provision: (_, { id }, ctx) => requireNode(ctx, id, 'Provision', 'provision'),
  policyTopic: (_, { id }, ctx) => requireNode(ctx, id, 'PolicyTopic', 'policy topic'),
  post: (_, { id }, ctx) => requireNode(ctx, id, 'Post', 'post'),
};
