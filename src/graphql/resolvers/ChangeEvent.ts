import type { ChangeEventResolvers } from '../../generated/graphql.js';
import { evidenceOf } from '../../db/records.js';
import { loadNodes, neighbourIds, optionalString, partialDate } from '../nodeAccess.js';

export const ChangeEvent: ChangeEventResolvers = {
  kind: (r) => String(r.props.kind),
  date: (r) => partialDate(r.props, 'date'),
  summary: (r) => optionalString(r.props.summary),
  originals: async (r, _, ctx) => loadNodes(ctx, await neighbourIds(ctx, r.id, ['ORIGINAL_ORGANIZATION'], 'OUTGOING'), 'Institution'),
  results: async (r, _, ctx) => loadNodes(ctx, await neighbourIds(ctx, r.id, ['RESULTING_ORGANIZATION'], 'OUTGOING'), 'Institution'),
  evidence: (r) => evidenceOf(r.props),
};
