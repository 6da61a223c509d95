import type { CountryResolvers } from '../../generated/graphql.js';
import { evidenceOf } from '../../model/records.js';
import { neighbours } from '../nodeAccess.js';
import { curationOf, optionalString } from '../../model/values.js';

export const Country: CountryResolvers = {
  name: (r) => String(r.props.name),
  iso: (r) => optionalString(r.props.iso),
  institutions: async (r, _, ctx) => neighbours(ctx, r.id, ['IN_COUNTRY'], 'INCOMING', 'Institution'),
  curation: (r) => curationOf(r.props),
  evidence: (r) => evidenceOf(r.props),
};
