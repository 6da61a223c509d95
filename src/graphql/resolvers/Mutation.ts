/** Curator writes: each checks the caller's role, runs the curation function, then refreshes the request's loaders. */
import type { CurationResult } from '../../curation/curationContext.js';
import { addRelationship } from '../../curation/addRelationship.js';
import { removeRelationship } from '../../curation/removeRelationship.js';
import { upsertRecord } from '../../curation/upsertRecord.js';
import type { MutationResolvers } from '../../generated/graphql.js';
import { fromEnum } from '../../model/values.js';
import type { Context } from '../context.js';
import { forgetCached } from '../forgetCached.js';
import { requireRole } from '../requireRole.js';
import { toSeedRecord } from '../toSeedRecord.js';

/** Runs a curator write as the caller (curator role required) and drops what the loaders held of what it touched. */
export async function asCurator<T>(
  ctx: Context,
  write: (curation: ReturnType<Context['curation']>) => Promise<CurationResult<T>>,
): Promise<T> {
  requireRole(ctx.caller, 'curator');
  const outcome = await write(ctx.curation());
  forgetCached(ctx.loaders, outcome);
  return outcome.result;
}

export const Mutation: MutationResolvers = {
  upsertInstrument: (_, { input, reason }, ctx) =>
    asCurator(ctx, (c) => upsertRecord({ ...c, reason }, 'instruments', toSeedRecord.instrument(input))),
  upsertInstitution: (_, { input, reason }, ctx) =>
    asCurator(ctx, (c) => upsertRecord({ ...c, reason }, 'institutions', toSeedRecord.institution(input))),
  upsertTechnologyArea: (_, { input, reason }, ctx) =>
    asCurator(ctx, (c) => upsertRecord({ ...c, reason }, 'technologyAreas', toSeedRecord.technologyArea(input))),
  upsertMechanism: (_, { input, reason }, ctx) =>
    asCurator(ctx, (c) => upsertRecord({ ...c, reason }, 'mechanisms', toSeedRecord.mechanism(input))),
  upsertEvent: (_, { input, reason }, ctx) => asCurator(ctx, (c) => upsertRecord({ ...c, reason }, 'events', toSeedRecord.event(input))),
  upsertCountry: (_, { input, reason }, ctx) =>
    asCurator(ctx, (c) => upsertRecord({ ...c, reason }, 'countries', toSeedRecord.country(input))),
  upsertChangeEvent: (_, { input, reason }, ctx) =>
    asCurator(ctx, (c) => upsertRecord({ ...c, reason }, 'changeEvents', toSeedRecord.changeEvent(input))),
  upsertPolicyTopic: (_, { input, reason }, ctx) =>
    asCurator(ctx, (c) => upsertRecord({ ...c, reason }, 'policyTopics', toSeedRecord.policyTopic(input))),
  upsertPost: (_, { input, reason }, ctx) => asCurator(ctx, (c) => upsertRecord({ ...c, reason }, 'posts', toSeedRecord.post(input))),
  upsertPerson: (_, { input, reason }, ctx) => asCurator(ctx, (c) => upsertRecord({ ...c, reason }, 'people', toSeedRecord.person(input))),
  upsertProvision: (_, { input, reason }, ctx) =>
    asCurator(ctx, (c) => upsertRecord({ ...c, reason }, 'provisions', toSeedRecord.provision(input))),
  upsertFigure: (_, { input, reason }, ctx) => asCurator(ctx, (c) => upsertRecord({ ...c, reason }, 'figures', toSeedRecord.figure(input))),
  addRelationship: (_, { input, reason }, ctx) =>
    asCurator(ctx, (c) => addRelationship({ ...c, reason }, toSeedRecord.relationship(input))),
  removeRelationship: (_, { input, reason }, ctx) =>
    asCurator(ctx, (c) =>
      removeRelationship(
        { ...c, reason },
        {
          relation: input.relation,
          from: input.from,
          to: input.to,
          qualifier: input.role ? fromEnum(input.role) : input.how ? fromEnum(input.how) : undefined,
        },
      ),
    ),
};
