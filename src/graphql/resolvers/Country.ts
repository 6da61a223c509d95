import type { CountryResolvers } from '../../generated/graphql.js';
import { evidenceOf } from '../../db/records.js';
import { loadNodes, neighbourIds, optionalString } from '../nodeAccess.js';

export const Country: CountryResolvers = {
  name: (r) => String(r.props.name),
  iso: (r) => optionalString(r.props.iso),
  institutions: async (r, _, ctx) => loadNodes(ctx, await neighbourIds(ctx, r.id, ['IN_COUNTRY'], 'INCOMING'), 'Institution'),
  evidence: (r) => evidenceOf(r.props),
};
