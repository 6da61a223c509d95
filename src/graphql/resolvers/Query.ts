import type { QueryResolvers } from '../../generated/graphql.js';
import { notFound } from '../../errors.js';
import { isApiNode, requireNode } from '../nodeAccess.js';

export const Query: QueryResolvers = {
  async node(_, { id }, ctx) {
    const record = await ctx.loaders.node.load(id);
    if (!isApiNode(record)) throw notFound('node', id);
    return record;
  },
  instrument: (_, { id }, ctx) => requireNode(ctx, id, 'Instrument', 'instrument'),
  institution: (_, { id }, ctx) => requireNode(ctx, id, 'Institution', 'institution'),
  technologyArea: (_, { id }, ctx) => requireNode(ctx, id, 'TechnologyArea', 'technology area'),
  mechanism: (_, { id }, ctx) => requireNode(ctx, id, 'Mechanism', 'mechanism'),
  event: (_, { id }, ctx) => requireNode(ctx, id, 'Event', 'event'),
  country: (_, { id }, ctx) => requireNode(ctx, id, 'Country', 'country'),
  source: (_, { id }, ctx) => requireNode(ctx, id, 'Source', 'source'),
};
