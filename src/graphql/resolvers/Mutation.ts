import type { MutationResolvers } from '../../generated/graphql.js';
import { addRelationship } from '../../curation/addRelationship.js';
import { removeRelationship } from '../../curation/removeRelationship.js';
import { toSeedRecord } from '../../curation/toSeedRecord.js';
import { upsertRecord } from '../../curation/upsertRecord.js';
import { requireRole } from '../requireRole.js';

export const Mutation: MutationResolvers = {
  upsertInstrument: (_, { input }, ctx) => {
    requireRole(ctx.caller, 'curator');
    return upsertRecord(ctx, 'instruments', toSeedRecord.instrument(input));
  },
  upsertInstitution: (_, { input }, ctx) => {
    requireRole(ctx.caller, 'curator');
    return upsertRecord(ctx, 'institutions', toSeedRecord.institution(input));
  },
  upsertTechnologyArea: (_, { input }, ctx) => {
    requireRole(ctx.caller, 'curator');
    return upsertRecord(ctx, 'technologyAreas', toSeedRecord.technologyArea(input));
  },
  addRelationship: (_, { input }, ctx) => {
    requireRole(ctx.caller, 'curator');
    return addRelationship(ctx, toSeedRecord.relationship(input));
  },
  removeRelationship: (_, { input }, ctx) => {
    requireRole(ctx.caller, 'curator');
    return removeRelationship(ctx, input);
  },
};
