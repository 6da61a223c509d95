import type { NodeResolvers, ParticipableResolvers } from '../../generated/graphql.js';

// Stored labels are the GraphQL type names, so a record names its own type.
export const Node: NodeResolvers = {
  __resolveType: (record) => record.label as 'Instrument',
};

export const Participable: ParticipableResolvers = {
  __resolveType: (record) => record.label as 'Instrument' | 'Mechanism' | 'Event',
};
