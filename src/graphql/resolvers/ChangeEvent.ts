import type { ChangeEventResolvers } from '../../generated/graphql.js';
import { evidenceOf } from '../../model/records.js';
import { neighbours } from '../nodeAccess.js';
import { curationOf, optionalString, partialDate } from '../../model/values.js';

export const ChangeEvent: ChangeEventResolvers = {
  kind: (r) => String(r.props.kind),
  date: (r) => partialDate(r.props, 'date'),
  summary: (r) => optionalString(r.props.summary),
  originals: async (r, _, ctx) => neighbours(ctx, r.id, ['ORIGINAL_ORGANIZATION'], 'OUTGOING', 'Institution'),
  results: async (r, _, ctx) => neighbours(ctx, r.id, ['RESULTING_ORGANIZATION'], 'OUTGOING', 'Institution'),
  dateClaims: async (r, _, ctx) => neighbours(ctx, r.id, ['HAS_DATE_CLAIM'], 'OUTGOING', 'DateClaim'),
  curation: (r) => curationOf(r.props),
  evidence: (r) => evidenceOf(r.props),
};
