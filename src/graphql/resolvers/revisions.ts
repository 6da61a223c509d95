/**
 * The revision history (Query.history, public like every read) and the lifecycle mutations
 * (retireRecord, restoreRecord, deleteRecord, revert; curator role), thin over src/curation.
 */
import { toRevisionRecord } from '../../curation/recordRevision.js';
import { deleteRecord, restoreRecord, retireRecord, revertRevision } from '../../curation/recordLifecycle.js';
import type { MutationResolvers, QueryResolvers } from '../../generated/graphql.js';
import { assertIntInRange } from '../assertArgs.js';
import { asCurator } from './Mutation.js';

export const revisionQueries: Pick<QueryResolvers, 'history'> = {
  history: async (_, { id, first }, ctx) => {
    const limit = first ?? 100;
    assertIntInRange('first', limit, 1, 500);
    const rows = await ctx.reader.read('revision-history', { id, limit });
    return rows.map((r) => toRevisionRecord(r.props));
  },
};

export const revisionMutations: Pick<MutationResolvers, 'retireRecord' | 'restoreRecord' | 'deleteRecord' | 'revert'> = {
  retireRecord: (_, { id, reason }, ctx) => asCurator(ctx, (c) => retireRecord({ ...c, reason }, id)),
  restoreRecord: (_, { id, reason }, ctx) => asCurator(ctx, (c) => restoreRecord({ ...c, reason }, id)),
  deleteRecord: (_, { id, reason }, ctx) => asCurator(ctx, (c) => deleteRecord({ ...c, reason }, id)),
  revert: (_, { revisionId, reason }, ctx) => asCurator(ctx, (c) => revertRevision({ ...c, reason }, revisionId)),
};
